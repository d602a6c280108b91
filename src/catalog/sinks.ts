/**
 * Sinks as data: the API calls through which personal data leaves the application's control —
 * third-party SDKs, HTTP clients, loggers and error reporters, browser storage, files and LLM
 * prompts. The flow engine matches calls in the scanned code against `calls` (grammar in
 * `call-shape.ts`); adding an SDK is adding an entry here, never touching the engine.
 *
 * Each entry's `docs` links the API it models. Shapes follow the form the SDK's own docs use;
 * the engine treats `default.Name`, `*.Name` and the named import `Name` as the same binding.
 */

import { SENTRY_PACKAGES } from './recipients.js';

export type SinkKind = 'third-party' | 'http' | 'log' | 'client-storage' | 'file' | 'ai';

export interface SinkDefinition {
  /** Unique, `<recipient>.<api>`: `segment.node`, `console.methods`. */
  id: string;
  /**
   * A `RECIPIENTS` key (loggers, storage and files have local entries there), or:
   * - `$host`: the host of the URL found at `urlArgument` (HTTP clients, SMTP transports); a host
   *   a recipient lists resolves to that recipient, any other host is its own recipient;
   * - `$provider`: the recipient whose `packages` include the module that made the call's
   *   `model` option (`openai('gpt-4o')` from `@ai-sdk/openai` -> `openai`); a plain model id
   *   string goes through `vercel-ai-gateway`.
   */
  recipient: string;
  kind: SinkKind;
  /**
   * Module specifiers the chain starts from, any of them (`stripe`, `firebase/analytics`,
   * `node:fs`); absent when every shape starts at a global.
   */
  modules?: string[];
  /** Call shapes (see `call-shape.ts`); any of them matches. */
  calls: string[];
  /** Zero-based arguments of the LAST call that carry data; default: all of them. */
  dataArguments?: number[];
  /**
   * Zero-based argument of the FIRST call in the shape that holds the URL, or a config object
   * whose `url`, `baseURL`, `prefixUrl` or `host` names it: `axios.post(url)`, the config of
   * `axios.create({ baseURL })`, `superagent.post(url).send(data)`, the options of
   * `nodemailer.createTransport({ host })`. Where that first call only configures an instance
   * and sets no base, the last call's argument 0 holds the URL. On an SDK sink (OpenAI) a config
   * `baseURL` naming another host makes that host's recipient the recipient.
   */
  urlArgument?: number;
  /**
   * With `recipient: '$host'`: the recipient when the host cannot be read from the code (an SMTP
   * server configured at run time is still the team's SMTP server), instead of `unknown-host`.
   */
  unknownHostRecipient?: string;
  /**
   * Methods that return the same kind of instance (`logger.child()`, `scope.clone()`): any number
   * of them may stand between any two steps of a shape.
   */
  passthrough?: string[];
  /** The documentation of the API this entry models. */
  docs: string;
}

/** `root.method()` for every root and method: one SDK object usually carries many data calls. */
function calls(roots: readonly string[], methods: readonly string[]): string[] {
  return roots.flatMap((root) => methods.map((method) => `${root}.${method}()`));
}

const SEGMENT_METHODS = ['identify', 'track', 'page', 'screen', 'group', 'alias'];
const LOG_LEVELS_SYSLOG = ['trace', 'debug', 'info', 'warn', 'error', 'fatal'];
const AXIOS_METHODS = ['request', 'get', 'delete', 'head', 'options', 'post', 'put', 'patch', 'postForm', 'putForm', 'patchForm'];
const GOT_METHODS = ['get', 'post', 'put', 'patch', 'delete', 'head', 'stream'];
const KY_METHODS = ['get', 'post', 'put', 'patch', 'delete', 'head'];
/** LangChain runnables that wrap the same model: the data still goes to its provider. */
const LANGCHAIN_PASSTHROUGH = ['bindTools', 'withStructuredOutput', 'withConfig', 'withRetry', 'bind'];
const LANGCHAIN_CHAT_METHODS = ['invoke', 'stream', 'batch', 'streamEvents'];
const LANGCHAIN_EMBEDDING_METHODS = ['embedQuery', 'embedDocuments'];
/** What Sentry's top-level API and every scope accept that ends up in an event. */
const SENTRY_DATA_METHODS = [
  'setUser',
  'setContext',
  'setExtra',
  'setExtras',
  'setTag',
  'setTags',
  'addBreadcrumb',
  'captureException',
  'captureMessage',
  'captureEvent',
];
/** Setters of the Meta Conversions API `UserData`; each returns the same `UserData`. */
const META_USER_DATA_SETTERS = [
  'setEmail',
  'setEmails',
  'setPhone',
  'setPhones',
  'setFirstName',
  'setFirstNames',
  'setLastName',
  'setLastNames',
  'setDateOfBirth',
  'setDatesOfBirth',
  'setGender',
  'setGenders',
  'setCity',
  'setCities',
  'setState',
  'setStates',
  'setZip',
  'setZips',
  'setCountry',
  'setCountries',
  'setExternalId',
  'setExternalIds',
  'setClientIpAddress',
  'setClientUserAgent',
  'setFbc',
  'setFbp',
];
const OPENAI_METHODS = [
  'chat.completions.create',
  'chat.completions.parse',
  'chat.completions.stream',
  'responses.create',
  'responses.parse',
  'responses.stream',
  'completions.create',
  'embeddings.create',
  'moderations.create',
  'images.generate',
  'images.edit',
  'audio.transcriptions.create',
  'audio.translations.create',
  'audio.speech.create',
  'files.create',
  'beta.threads.create',
  'beta.threads.messages.create',
  'beta.threads.runs.create',
  'beta.chat.completions.parse',
];

/** A LangChain provider package: its chat model and embeddings classes send to the provider. */
function langchainSink(recipient: string, module: string, chatClass: string, embeddingsClass: string | undefined, docs: string): SinkDefinition {
  return {
    id: `${recipient}.langchain`,
    recipient,
    kind: 'ai',
    modules: [module],
    calls: [
      ...calls([`new ${chatClass}()`], LANGCHAIN_CHAT_METHODS),
      ...(embeddingsClass ? calls([`new ${embeddingsClass}()`], LANGCHAIN_EMBEDDING_METHODS) : []),
    ],
    passthrough: LANGCHAIN_PASSTHROUGH,
    docs,
  };
}

export const SINKS: readonly SinkDefinition[] = [
  // ==== analytics =================================================================================
  {
    id: 'segment.node',
    recipient: 'segment',
    kind: 'third-party',
    modules: ['@segment/analytics-node'],
    calls: calls(['new Analytics()'], SEGMENT_METHODS),
    docs: 'https://segment.com/docs/connections/sources/catalog/libraries/server/node/',
  },
  {
    id: 'segment.browser',
    recipient: 'segment',
    kind: 'third-party',
    modules: ['@segment/analytics-next'],
    calls: calls(['AnalyticsBrowser.load()', 'new AnalyticsBrowser()'], ['identify', 'track', 'page', 'group', 'alias']),
    docs: 'https://segment.com/docs/connections/sources/catalog/libraries/website/javascript/',
  },
  {
    // The pre-2023 Node library: `const Analytics = require('analytics-node'); new Analytics(key)`.
    id: 'segment.legacy-node',
    recipient: 'segment',
    kind: 'third-party',
    modules: ['analytics-node'],
    calls: calls(['new default()'], SEGMENT_METHODS),
    docs: 'https://github.com/segmentio/analytics-node',
  },
  {
    id: 'segment.snippet',
    recipient: 'segment',
    kind: 'third-party',
    calls: calls(['global:analytics'], ['identify', 'track', 'page', 'group', 'alias']),
    docs: 'https://segment.com/docs/connections/sources/catalog/libraries/website/javascript/',
  },
  {
    id: 'mixpanel.node',
    recipient: 'mixpanel',
    kind: 'third-party',
    modules: ['mixpanel'],
    calls: calls(
      ['default.init()'],
      [
        'track',
        'track_batch',
        'import',
        'import_batch',
        'alias',
        'people.set',
        'people.set_once',
        'people.increment',
        'people.append',
        'people.union',
        'people.track_charge',
        'groups.set',
      ],
    ),
    docs: 'https://docs.mixpanel.com/docs/tracking-methods/sdks/nodejs',
  },
  {
    id: 'mixpanel.browser',
    recipient: 'mixpanel',
    kind: 'third-party',
    modules: ['mixpanel-browser'],
    calls: calls(
      ['default'],
      ['identify', 'track', 'register', 'register_once', 'alias', 'set_group', 'people.set', 'people.set_once', 'people.append', 'people.union', 'get_group().set'],
    ),
    docs: 'https://docs.mixpanel.com/docs/tracking-methods/sdks/javascript',
  },
  {
    id: 'amplitude.browser',
    recipient: 'amplitude',
    kind: 'third-party',
    modules: ['@amplitude/analytics-browser'],
    calls: calls(['*'], ['track', 'logEvent', 'identify', 'groupIdentify', 'setUserId', 'setGroup', 'revenue']),
    docs: 'https://amplitude.com/docs/sdks/analytics/browser/browser-sdk-2',
  },
  {
    id: 'amplitude.node',
    recipient: 'amplitude',
    kind: 'third-party',
    modules: ['@amplitude/analytics-node'],
    calls: calls(['*'], ['track', 'logEvent', 'identify', 'groupIdentify', 'setGroup', 'revenue']),
    docs: 'https://amplitude.com/docs/sdks/analytics/node/node-js-sdk',
  },
  {
    // User properties go into an `Identify` builder before `identify(builder)` sends it; the
    // builder's value argument is where the data enters.
    id: 'amplitude.identify-builder',
    recipient: 'amplitude',
    kind: 'third-party',
    modules: ['@amplitude/analytics-browser', '@amplitude/analytics-node', 'amplitude-js'],
    calls: calls(['new *.Identify()'], ['set', 'setOnce', 'append', 'prepend', 'postInsert', 'preInsert', 'add']),
    dataArguments: [1],
    passthrough: ['set', 'setOnce', 'append', 'prepend', 'postInsert', 'preInsert', 'add'],
    docs: 'https://amplitude.com/docs/sdks/analytics/browser/browser-sdk-2#user-properties',
  },
  {
    id: 'amplitude.legacy-js',
    recipient: 'amplitude',
    kind: 'third-party',
    modules: ['amplitude-js'],
    calls: calls(['default.getInstance()'], ['logEvent', 'setUserId', 'setUserProperties', 'identify', 'setGroup', 'logRevenueV2']),
    docs: 'https://amplitude.github.io/Amplitude-JavaScript/',
  },
  {
    id: 'amplitude.legacy-node',
    recipient: 'amplitude',
    kind: 'third-party',
    modules: ['@amplitude/node'],
    calls: calls(['default.init()'], ['logEvent', 'identify']),
    docs: 'https://github.com/amplitude/Amplitude-Node',
  },
  {
    id: 'posthog.node',
    recipient: 'posthog',
    kind: 'third-party',
    modules: ['posthog-node'],
    calls: calls(['new PostHog()'], ['capture', 'captureImmediate', 'identify', 'identifyImmediate', 'alias', 'groupIdentify']),
    docs: 'https://posthog.com/docs/libraries/node',
  },
  {
    id: 'posthog.node-errors',
    recipient: 'posthog',
    kind: 'log',
    modules: ['posthog-node'],
    calls: ['new PostHog().captureException()'],
    docs: 'https://posthog.com/docs/error-tracking/installation/node',
  },
  {
    id: 'posthog.browser',
    recipient: 'posthog',
    kind: 'third-party',
    modules: ['posthog-js', 'posthog-js/react'],
    calls: calls(
      ['default', 'usePostHog()'],
      ['capture', 'identify', 'alias', 'register', 'register_once', 'setPersonProperties', 'setPersonPropertiesForFlags', 'group'],
    ),
    docs: 'https://posthog.com/docs/libraries/js',
  },
  {
    id: 'google-analytics.gtag',
    recipient: 'google-analytics',
    kind: 'third-party',
    calls: ['global:gtag()'],
    docs: 'https://developers.google.com/tag-platform/gtagjs/reference',
  },
  {
    id: 'google-analytics.react-ga4',
    recipient: 'google-analytics',
    kind: 'third-party',
    modules: ['react-ga4'],
    calls: calls(['default'], ['initialize', 'event', 'send', 'set', 'gtag']),
    docs: 'https://github.com/codler/react-ga4',
  },
  {
    id: 'google-analytics.next',
    recipient: 'google-analytics',
    kind: 'third-party',
    modules: ['@next/third-parties/google'],
    calls: ['sendGAEvent()'],
    docs: 'https://nextjs.org/docs/app/guides/third-party-libraries#sending-events',
  },
  {
    id: 'google-tag-manager.data-layer',
    recipient: 'google-tag-manager',
    kind: 'third-party',
    calls: ['global:dataLayer.push()'],
    docs: 'https://developers.google.com/tag-platform/tag-manager/datalayer',
  },
  {
    id: 'google-tag-manager.next',
    recipient: 'google-tag-manager',
    kind: 'third-party',
    modules: ['@next/third-parties/google'],
    calls: ['sendGTMEvent()'],
    docs: 'https://nextjs.org/docs/app/guides/third-party-libraries#sending-events-1',
  },
  {
    id: 'heap.snippet',
    recipient: 'heap',
    kind: 'third-party',
    calls: calls(['global:heap'], ['identify', 'addUserProperties', 'track', 'addEventProperties']),
    docs: 'https://developers.heap.io/reference/identify',
  },
  {
    id: 'heap.react-native',
    recipient: 'heap',
    kind: 'third-party',
    modules: ['@heap/react-native-heap'],
    calls: calls(['default'], ['identify', 'addUserProperties', 'track', 'addEventProperties']),
    docs: 'https://developers.heap.io/docs/react-native',
  },
  {
    id: 'rudderstack.node',
    recipient: 'rudderstack',
    kind: 'third-party',
    modules: ['@rudderstack/rudder-sdk-node'],
    calls: calls(['new default()'], SEGMENT_METHODS),
    docs: 'https://www.rudderstack.com/docs/sources/event-streams/sdks/rudderstack-node-sdk/',
  },
  {
    id: 'rudderstack.browser',
    recipient: 'rudderstack',
    kind: 'third-party',
    modules: ['@rudderstack/analytics-js'],
    calls: calls(['new RudderAnalytics()'], ['identify', 'track', 'page', 'group', 'alias']),
    docs: 'https://www.rudderstack.com/docs/sources/event-streams/sdks/rudderstack-javascript-sdk/',
  },
  {
    id: 'hotjar.browser',
    recipient: 'hotjar',
    kind: 'third-party',
    modules: ['@hotjar/browser'],
    calls: calls(['default'], ['identify', 'event']),
    docs: 'https://github.com/hotjar/hotjar-js',
  },
  {
    // v2 is one function taking an operation name (`FullStory('setIdentity', { uid, properties })`);
    // v1's methods are still common.
    id: 'fullstory.browser',
    recipient: 'fullstory',
    kind: 'third-party',
    modules: ['@fullstory/browser'],
    calls: ['FullStory()', ...calls(['*'], ['identify', 'setUserVars', 'event'])],
    docs: 'https://developer.fullstory.com/browser/identification/identify-users/',
  },
  {
    id: 'fullstory.snippet',
    recipient: 'fullstory',
    kind: 'third-party',
    calls: ['global:FS()', ...calls(['global:FS'], ['identify', 'setUserVars', 'event'])],
    docs: 'https://developer.fullstory.com/browser/identification/identify-users/',
  },
  {
    id: 'logrocket.browser',
    recipient: 'logrocket',
    kind: 'third-party',
    modules: ['logrocket'],
    calls: calls(['default'], ['identify', 'track']),
    docs: 'https://docs.logrocket.com/reference/identify',
  },
  {
    id: 'logrocket.logs',
    recipient: 'logrocket',
    kind: 'log',
    modules: ['logrocket'],
    calls: calls(['default'], ['log', 'info', 'warn', 'error', 'debug', 'captureException', 'captureMessage']),
    docs: 'https://docs.logrocket.com/reference/captureexception',
  },
  {
    id: 'vercel-analytics.track',
    recipient: 'vercel-analytics',
    kind: 'third-party',
    modules: ['@vercel/analytics', '@vercel/analytics/server'],
    calls: ['track()'],
    docs: 'https://vercel.com/docs/analytics/custom-events',
  },
  {
    id: 'microsoft-clarity.browser',
    recipient: 'microsoft-clarity',
    kind: 'third-party',
    modules: ['@microsoft/clarity'],
    calls: calls(['default'], ['identify', 'setTag', 'event']),
    docs: 'https://learn.microsoft.com/en-us/clarity/setup-and-installation/clarity-api',
  },
  {
    id: 'microsoft-clarity.snippet',
    recipient: 'microsoft-clarity',
    kind: 'third-party',
    calls: ['global:clarity()'],
    docs: 'https://learn.microsoft.com/en-us/clarity/setup-and-installation/clarity-api',
  },
  {
    // Every flag evaluation sends the evaluation context (often a user's key, email and name).
    id: 'launchdarkly.node',
    recipient: 'launchdarkly',
    kind: 'third-party',
    modules: ['@launchdarkly/node-server-sdk', 'launchdarkly-node-server-sdk'],
    calls: calls(
      ['init()'],
      ['variation', 'variationDetail', 'boolVariation', 'stringVariation', 'numberVariation', 'jsonVariation', 'allFlagsState', 'identify', 'track'],
    ),
    docs: 'https://docs.launchdarkly.com/sdk/server-side/node-js',
  },
  {
    id: 'launchdarkly.browser',
    recipient: 'launchdarkly',
    kind: 'third-party',
    modules: ['launchdarkly-js-client-sdk'],
    calls: ['initialize()', ...calls(['initialize()'], ['identify', 'track'])],
    docs: 'https://docs.launchdarkly.com/sdk/client-side/javascript',
  },
  // ==== advertising ===============================================================================
  {
    id: 'meta.pixel',
    recipient: 'meta',
    kind: 'third-party',
    calls: ['global:fbq()'],
    docs: 'https://developers.facebook.com/docs/meta-pixel/advanced/advanced-matching',
  },
  {
    // `new UserData(email, phone, ...)` or the chained setters; the SDK hashes but still sends.
    id: 'meta.conversions-api',
    recipient: 'meta',
    kind: 'third-party',
    modules: ['facebook-nodejs-business-sdk'],
    calls: ['new default.UserData()', 'new default.UserData().*()'],
    passthrough: META_USER_DATA_SETTERS,
    docs: 'https://developers.facebook.com/docs/marketing-api/conversions-api/using-the-api',
  },
  // ==== messaging =================================================================================
  {
    id: 'sendgrid.mail',
    recipient: 'sendgrid',
    kind: 'third-party',
    modules: ['@sendgrid/mail'],
    calls: calls(['default'], ['send', 'sendMultiple']),
    docs: 'https://github.com/sendgrid/sendgrid-nodejs/tree/main/packages/mail',
  },
  {
    id: 'sendgrid.client',
    recipient: 'sendgrid',
    kind: 'third-party',
    modules: ['@sendgrid/client'],
    calls: ['default.request()'],
    docs: 'https://github.com/sendgrid/sendgrid-nodejs/tree/main/packages/client',
  },
  {
    id: 'mailchimp.marketing',
    recipient: 'mailchimp',
    kind: 'third-party',
    modules: ['@mailchimp/mailchimp_marketing'],
    calls: [
      ...calls(
        ['default.lists'],
        ['addListMember', 'setListMember', 'updateListMember', 'batchListMembers', 'createListMemberEvent', 'updateListMemberTags', 'createListMemberNote'],
      ),
      ...calls(['default.ecommerce'], ['addStoreCustomer', 'setStoreCustomer', 'updateStoreCustomer']),
    ],
    docs: 'https://mailchimp.com/developer/marketing/api/list-members/',
  },
  {
    id: 'mailchimp.transactional',
    recipient: 'mailchimp',
    kind: 'third-party',
    modules: ['@mailchimp/mailchimp_transactional'],
    calls: calls(['default()'], ['messages.send', 'messages.sendTemplate']),
    docs: 'https://mailchimp.com/developer/transactional/api/messages/send-new-message/',
  },
  {
    id: 'mailgun.client',
    recipient: 'mailgun',
    kind: 'third-party',
    modules: ['mailgun.js'],
    calls: calls(['new default().client()'], ['messages.create', 'lists.members.createMember', 'lists.members.createMembers', 'lists.members.updateMember']),
    docs: 'https://github.com/mailgun/mailgun.js',
  },
  {
    id: 'postmark.server-client',
    recipient: 'postmark',
    kind: 'third-party',
    modules: ['postmark'],
    calls: calls(['new ServerClient()'], ['sendEmail', 'sendEmailBatch', 'sendEmailWithTemplate', 'sendEmailBatchWithTemplates']),
    docs: 'https://github.com/ActiveCampaign/postmark.js',
  },
  {
    id: 'resend.client',
    recipient: 'resend',
    kind: 'third-party',
    modules: ['resend'],
    calls: calls(['new Resend()'], ['emails.send', 'emails.create', 'batch.send', 'batch.create', 'contacts.create', 'contacts.update']),
    docs: 'https://resend.com/docs/api-reference/emails/send-email',
  },
  {
    // The recipient is whatever SMTP service the transport names (`host`, a connection URL, or a
    // well-known `service`), read from createTransport's options.
    id: 'smtp.nodemailer',
    recipient: '$host',
    kind: 'third-party',
    modules: ['nodemailer'],
    calls: ['default.createTransport().sendMail()'],
    dataArguments: [0],
    urlArgument: 0,
    unknownHostRecipient: 'smtp',
    docs: 'https://nodemailer.com/usage/',
  },
  {
    id: 'twilio.client',
    recipient: 'twilio',
    kind: 'third-party',
    modules: ['twilio'],
    calls: calls(
      ['default()', 'new Twilio()'],
      ['messages.create', 'calls.create', 'verify.v2.services().verifications.create', 'lookups.v2.phoneNumbers'],
    ),
    docs: 'https://www.twilio.com/docs/messaging/quickstart/node',
  },
  {
    id: 'vonage.server-sdk',
    recipient: 'vonage',
    kind: 'third-party',
    modules: ['@vonage/server-sdk'],
    calls: calls(['new Vonage()'], ['sms.send', 'messages.send', 'verify.start', 'verify2.newRequest', 'voice.createOutboundCall']),
    docs: 'https://github.com/Vonage/vonage-node-sdk',
  },
  {
    // v3 clients take a command: `new SESv2Client().send(new SendEmailCommand(input))`; the data is
    // the command's constructor argument. The aggregated clients take the input directly.
    id: 'aws-ses.client',
    recipient: 'aws-ses',
    kind: 'third-party',
    modules: ['@aws-sdk/client-ses', '@aws-sdk/client-sesv2'],
    calls: [
      'new SESClient().send()',
      'new SESv2Client().send()',
      ...calls(['new SES()'], ['sendEmail', 'sendRawEmail', 'sendTemplatedEmail', 'sendBulkTemplatedEmail']),
      ...calls(['new SESv2()'], ['sendEmail', 'sendBulkEmail', 'createContact']),
    ],
    docs: 'https://docs.aws.amazon.com/AWSJavaScriptSDK/v3/latest/client/sesv2/command/SendEmailCommand/',
  },
  {
    id: 'aws-sns.client',
    recipient: 'aws-sns',
    kind: 'third-party',
    modules: ['@aws-sdk/client-sns'],
    calls: ['new SNSClient().send()', ...calls(['new SNS()'], ['publish', 'publishBatch'])],
    docs: 'https://docs.aws.amazon.com/AWSJavaScriptSDK/v3/latest/client/sns/command/PublishCommand/',
  },
  {
    // `BrevoClient` is the current SDK; the `*Api` classes are the older @getbrevo/brevo and
    // sib-api-v3-sdk surface (`new SibApiV3Sdk.TransactionalEmailsApi()`).
    id: 'brevo.client',
    recipient: 'brevo',
    kind: 'third-party',
    modules: ['@getbrevo/brevo', 'sib-api-v3-sdk'],
    calls: [
      ...calls(['new BrevoClient()'], ['transactionalEmails.sendTransacEmail', 'contacts.createContact', 'contacts.updateContact']),
      'new TransactionalEmailsApi().sendTransacEmail()',
      ...calls(['new ContactsApi()'], ['createContact', 'updateContact']),
    ],
    docs: 'https://github.com/getbrevo/brevo-node',
  },
  {
    id: 'loops.client',
    recipient: 'loops',
    kind: 'third-party',
    modules: ['loops'],
    calls: calls(['new LoopsClient()'], ['createContact', 'updateContact', 'sendEvent', 'sendTransactionalEmail']),
    docs: 'https://loops.so/docs/sdks/javascript',
  },
  {
    id: 'plunk.client',
    recipient: 'plunk',
    kind: 'third-party',
    modules: ['@plunk/node'],
    calls: calls(['new default()'], ['emails.send', 'events.track']),
    docs: 'https://docs.useplunk.com/',
  },
  {
    id: 'onesignal.node',
    recipient: 'onesignal',
    kind: 'third-party',
    modules: ['@onesignal/node-onesignal'],
    calls: calls(['new DefaultApi()'], ['createNotification', 'createUser', 'updateUser']),
    docs: 'https://github.com/OneSignal/node-onesignal',
  },
  {
    id: 'onesignal.web',
    recipient: 'onesignal',
    kind: 'third-party',
    modules: ['react-onesignal'],
    calls: calls(['default'], ['login', 'User.addEmail', 'User.addSms', 'User.addTag', 'User.addTags', 'User.addAlias']),
    docs: 'https://documentation.onesignal.com/docs/web-sdk-reference',
  },
  {
    id: 'pusher.server',
    recipient: 'pusher',
    kind: 'third-party',
    modules: ['pusher'],
    calls: calls(['new default()'], ['trigger', 'triggerBatch', 'sendToUser']),
    docs: 'https://github.com/pusher/pusher-http-node',
  },
  {
    id: 'slack.web-api',
    recipient: 'slack',
    kind: 'third-party',
    modules: ['@slack/web-api'],
    calls: calls(
      ['new WebClient()'],
      ['chat.postMessage', 'chat.postEphemeral', 'chat.scheduleMessage', 'chat.update', 'files.uploadV2', 'users.lookupByEmail'],
    ),
    docs: 'https://tools.slack.dev/node-slack-sdk/web-api/',
  },
  {
    id: 'slack.webhook',
    recipient: 'slack',
    kind: 'third-party',
    modules: ['@slack/webhook'],
    calls: ['new IncomingWebhook().send()'],
    docs: 'https://tools.slack.dev/node-slack-sdk/webhook/',
  },
  {
    id: 'stream.chat',
    recipient: 'stream',
    kind: 'third-party',
    modules: ['stream-chat'],
    calls: calls(['StreamChat.getInstance()', 'new StreamChat()'], ['upsertUser', 'upsertUsers', 'partialUpdateUser', 'connectUser']),
    docs: 'https://getstream.io/chat/docs/node/update_users/',
  },
  // ==== CRM and support ===========================================================================
  {
    id: 'hubspot.client',
    recipient: 'hubspot',
    kind: 'third-party',
    modules: ['@hubspot/api-client'],
    calls: calls(
      ['new Client()'],
      [
        'crm.*.basicApi.create',
        'crm.*.basicApi.update',
        'crm.*.batchApi.create',
        'crm.*.batchApi.update',
        'crm.*.batchApi.upsert',
        'crm.*.searchApi.doSearch',
      ],
    ),
    docs: 'https://github.com/HubSpot/hubspot-api-nodejs',
  },
  {
    id: 'salesforce.jsforce',
    recipient: 'salesforce',
    kind: 'third-party',
    modules: ['jsforce'],
    calls: calls(
      ['new Connection()'],
      ['sobject().create', 'sobject().insert', 'sobject().update', 'sobject().upsert', 'create', 'insert', 'update', 'upsert', 'query'],
    ),
    docs: 'https://jsforce.github.io/document/#crud',
  },
  {
    // v6 and later (`IntercomClient`), and the v5 `Client` still found in older services.
    id: 'intercom.node',
    recipient: 'intercom',
    kind: 'third-party',
    modules: ['intercom-client'],
    calls: [
      ...calls(['new IntercomClient()'], ['contacts.create', 'contacts.update', 'events.create', 'conversations.create', 'messages.create', 'companies.createOrUpdate']),
      ...calls(['new Client()'], ['contacts.createUser', 'contacts.createLead', 'contacts.update', 'events.create', 'messages.create']),
    ],
    docs: 'https://github.com/intercom/intercom-node',
  },
  {
    id: 'intercom.messenger',
    recipient: 'intercom',
    kind: 'third-party',
    modules: ['@intercom/messenger-js-sdk'],
    calls: ['default()', 'boot()', 'update()', 'trackEvent()'],
    docs: 'https://developers.intercom.com/installing-intercom/web/installation',
  },
  {
    id: 'intercom.snippet',
    recipient: 'intercom',
    kind: 'third-party',
    calls: ['global:Intercom()'],
    docs: 'https://developers.intercom.com/installing-intercom/web/methods',
  },
  {
    id: 'zendesk.node',
    recipient: 'zendesk',
    kind: 'third-party',
    modules: ['node-zendesk'],
    calls: calls(['default.createClient()'], ['users.create', 'users.createOrUpdate', 'users.update', 'tickets.create', 'tickets.update', 'requests.create']),
    docs: 'https://github.com/blakmatrix/node-zendesk',
  },
  {
    id: 'zendesk.widget',
    recipient: 'zendesk',
    kind: 'third-party',
    calls: ['global:zE()'],
    docs: 'https://developer.zendesk.com/api-reference/widget-messaging/web/core/',
  },
  {
    id: 'customerio.node',
    recipient: 'customerio',
    kind: 'third-party',
    modules: ['customerio-node'],
    calls: [
      ...calls(['new TrackClient()'], ['identify', 'track', 'trackAnonymous', 'trackPageView', 'mergeCustomers']),
      ...calls(['new APIClient()'], ['sendEmail', 'sendPush', 'triggerBroadcast']),
    ],
    docs: 'https://github.com/customerio/customerio-node',
  },
  {
    id: 'customerio.cdp-node',
    recipient: 'customerio',
    kind: 'third-party',
    modules: ['@customerio/cdp-analytics-node'],
    calls: calls(['new Analytics()'], ['identify', 'track', 'page', 'group', 'alias']),
    docs: 'https://docs.customer.io/cdp/sources/connections/servers/node/',
  },
  {
    id: 'braze.node',
    recipient: 'braze',
    kind: 'third-party',
    modules: ['braze-api'],
    calls: calls(['new Braze()'], ['users.track', 'users.identify', 'users.alias.new', 'messages.send', 'campaigns.trigger.send', 'canvas.trigger.send']),
    docs: 'https://github.com/remarkablemark/braze-api',
  },
  {
    id: 'braze.web',
    recipient: 'braze',
    kind: 'third-party',
    modules: ['@braze/web-sdk'],
    calls: [
      ...calls(['*'], ['changeUser', 'logCustomEvent', 'logPurchase']),
      ...calls(
        ['*.getUser()'],
        ['setEmail', 'setFirstName', 'setLastName', 'setPhoneNumber', 'setDateOfBirth', 'setGender', 'setHomeCity', 'setCountry', 'setCustomUserAttribute', 'addAlias'],
      ),
    ],
    docs: 'https://js.appboycdn.com/web-sdk/latest/doc/classes/braze.user.html',
  },
  {
    id: 'klaviyo.api',
    recipient: 'klaviyo',
    kind: 'third-party',
    modules: ['klaviyo-api'],
    calls: [
      ...calls(['new ProfilesApi()', 'Profiles'], ['createProfile', 'createOrUpdateProfile', 'updateProfile', 'subscribeProfiles', 'bulkSubscribeProfiles']),
      ...calls(['new EventsApi()', 'Events'], ['createEvent', 'bulkCreateEvents']),
    ],
    docs: 'https://github.com/klaviyo/klaviyo-api-node',
  },
  // ==== payments ==================================================================================
  {
    // `new Stripe(key)`, or CommonJS `require('stripe')(key)`. `*.create`/`*.update` cover every
    // top-level resource (customers, paymentIntents, subscriptions, invoices, ...).
    id: 'stripe.node',
    recipient: 'stripe',
    kind: 'third-party',
    modules: ['stripe'],
    calls: calls(
      ['new default()', 'default()'],
      ['*.create', '*.update', 'customers.search', 'checkout.sessions.create', 'billingPortal.sessions.create', 'identity.verificationSessions.create'],
    ),
    docs: 'https://docs.stripe.com/api/customers/create?lang=node',
  },
  {
    id: 'stripe.js',
    recipient: 'stripe',
    kind: 'third-party',
    modules: ['@stripe/stripe-js', '@stripe/react-stripe-js'],
    calls: calls(
      ['loadStripe()', 'useStripe()'],
      ['confirmPayment', 'confirmCardPayment', 'confirmSetup', 'confirmCardSetup', 'createPaymentMethod', 'createToken', 'createConfirmationToken'],
    ),
    docs: 'https://docs.stripe.com/js',
  },
  {
    id: 'paypal.server-sdk',
    recipient: 'paypal',
    kind: 'third-party',
    modules: ['@paypal/paypal-server-sdk'],
    calls: ['new OrdersController().createOrder()'],
    docs: 'https://github.com/paypal/PayPal-TypeScript-Server-SDK',
  },
  {
    id: 'paypal.checkout-server-sdk',
    recipient: 'paypal',
    kind: 'third-party',
    modules: ['@paypal/checkout-server-sdk'],
    calls: ['new default.orders.OrdersCreateRequest().requestBody()', 'new default.orders.OrdersPatchRequest().requestBody()'],
    docs: 'https://github.com/paypal/Checkout-NodeJS-SDK',
  },
  {
    id: 'braintree.gateway',
    recipient: 'braintree',
    kind: 'third-party',
    modules: ['braintree'],
    calls: calls(
      ['new default.BraintreeGateway()'],
      ['customer.create', 'customer.update', 'transaction.sale', 'paymentMethod.create', 'address.create', 'subscription.create'],
    ),
    docs: 'https://developer.paypal.com/braintree/docs/reference/request/customer/create/node',
  },
  {
    id: 'adyen.checkout',
    recipient: 'adyen',
    kind: 'third-party',
    modules: ['@adyen/api-library'],
    calls: calls(['new CheckoutAPI()'], ['PaymentsApi.payments', 'PaymentsApi.sessions', 'PaymentLinksApi.paymentLinks']),
    docs: 'https://github.com/Adyen/adyen-node-api-library',
  },
  {
    id: 'lemon-squeezy.api',
    recipient: 'lemon-squeezy',
    kind: 'third-party',
    modules: ['@lemonsqueezy/lemonsqueezy.js'],
    calls: ['createCheckout()', 'createCustomer()', 'updateCustomer()'],
    docs: 'https://github.com/lmsqueezy/lemonsqueezy.js',
  },
  {
    id: 'paddle.node',
    recipient: 'paddle',
    kind: 'third-party',
    modules: ['@paddle/paddle-node-sdk'],
    calls: calls(['new Paddle()'], ['customers.create', 'customers.update', 'addresses.create', 'businesses.create', 'transactions.create']),
    docs: 'https://github.com/PaddleHQ/paddle-node-sdk',
  },
  {
    id: 'paddle.js',
    recipient: 'paddle',
    kind: 'third-party',
    modules: ['@paddle/paddle-js'],
    calls: ['initializePaddle().Checkout.open()'],
    docs: 'https://developer.paddle.com/paddlejs/methods/paddle-checkout-open',
  },
  {
    id: 'mollie.client',
    recipient: 'mollie',
    kind: 'third-party',
    modules: ['@mollie/api-client'],
    calls: calls(['createMollieClient()'], ['customers.create', 'customers.update', 'payments.create', 'customerPayments.create', 'paymentLinks.create']),
    docs: 'https://github.com/mollie/mollie-api-node',
  },
  {
    id: 'razorpay.client',
    recipient: 'razorpay',
    kind: 'third-party',
    modules: ['razorpay'],
    calls: calls(['new default()'], ['customers.create', 'customers.edit', 'orders.create', 'paymentLink.create', 'invoices.create']),
    docs: 'https://github.com/razorpay/razorpay-node',
  },
  {
    // `SquareClient` from v40 on; `Client` with `*Api` properties before.
    id: 'square.client',
    recipient: 'square',
    kind: 'third-party',
    modules: ['square'],
    calls: [
      ...calls(['new SquareClient()'], ['customers.create', 'customers.update', 'payments.create', 'orders.create', 'invoices.create']),
      ...calls(['new Client()'], ['customersApi.createCustomer', 'customersApi.updateCustomer', 'paymentsApi.createPayment']),
    ],
    docs: 'https://github.com/square/square-nodejs-sdk',
  },
  // ==== APM =======================================================================================
  {
    id: 'datadog.tracer',
    recipient: 'datadog',
    kind: 'third-party',
    modules: ['dd-trace'],
    calls: [
      ...calls(['default', 'default.appsec'], ['setUser']),
      ...calls(['default.appsec'], ['trackUserLoginSuccessEvent', 'trackUserLoginFailureEvent', 'trackCustomEvent']),
      ...calls(['default.scope().active()', 'default.trace(cb:0)', 'default.startSpan()'], ['setTag', 'addTags']),
    ],
    passthrough: ['init'],
    docs: 'https://datadoghq.dev/dd-trace-js/',
  },
  {
    id: 'datadog.rum',
    recipient: 'datadog',
    kind: 'third-party',
    modules: ['@datadog/browser-rum'],
    calls: calls(['datadogRum'], ['setUser', 'setUserProperty', 'addAction', 'addError', 'setGlobalContext', 'setGlobalContextProperty']),
    docs: 'https://docs.datadoghq.com/real_user_monitoring/application_monitoring/browser/advanced_configuration/',
  },
  {
    id: 'datadog.browser-logs',
    recipient: 'datadog',
    kind: 'log',
    modules: ['@datadog/browser-logs'],
    calls: [
      ...calls(['datadogLogs.logger', 'datadogLogs.createLogger()', 'datadogLogs.getLogger()'], ['debug', 'info', 'warn', 'error', 'log']),
      ...calls(['datadogLogs'], ['setUser', 'setGlobalContextProperty']),
    ],
    docs: 'https://docs.datadoghq.com/logs/log_collection/javascript/',
  },
  {
    id: 'newrelic.attributes',
    recipient: 'newrelic',
    kind: 'third-party',
    modules: ['newrelic'],
    calls: calls(['default'], ['addCustomAttribute', 'addCustomAttributes', 'addCustomSpanAttribute', 'addCustomSpanAttributes', 'recordCustomEvent', 'setUserID']),
    docs: 'https://docs.newrelic.com/docs/apm/agents/nodejs-agent/api-guides/nodejs-agent-api/',
  },
  {
    id: 'newrelic.errors',
    recipient: 'newrelic',
    kind: 'log',
    modules: ['newrelic'],
    calls: calls(['default'], ['noticeError', 'recordLogEvent']),
    docs: 'https://docs.newrelic.com/docs/apm/agents/nodejs-agent/api-guides/nodejs-agent-api/',
  },
  {
    id: 'newrelic.browser-agent',
    recipient: 'newrelic',
    kind: 'third-party',
    modules: ['@newrelic/browser-agent/loaders/browser-agent'],
    calls: calls(['new BrowserAgent()'], ['setCustomAttribute', 'setUserId', 'addPageAction', 'recordCustomEvent']),
    docs: 'https://docs.newrelic.com/docs/browser/browser-monitoring/browser-agent-apis/',
  },
  {
    id: 'newrelic.browser-snippet',
    recipient: 'newrelic',
    kind: 'third-party',
    calls: calls(['global:newrelic'], ['setCustomAttribute', 'setUserId', 'addPageAction', 'recordCustomEvent']),
    docs: 'https://docs.newrelic.com/docs/browser/browser-monitoring/browser-agent-apis/',
  },
  {
    id: 'opentelemetry.spans',
    recipient: 'opentelemetry',
    kind: 'third-party',
    modules: ['@opentelemetry/api'],
    calls: calls(
      ['trace.getActiveSpan()', 'trace.getSpan()', 'trace.getTracer().startSpan()', 'trace.getTracer().startActiveSpan(cb:0)'],
      ['setAttribute', 'setAttributes', 'addEvent', 'recordException'],
    ),
    docs: 'https://opentelemetry.io/docs/languages/js/instrumentation/#span-attributes',
  },
  {
    id: 'opentelemetry.logs',
    recipient: 'opentelemetry',
    kind: 'log',
    modules: ['@opentelemetry/api-logs'],
    calls: ['logs.getLogger().emit()'],
    docs: 'https://opentelemetry.io/docs/specs/otel/logs/api/',
  },
  {
    id: 'elastic-apm.context',
    recipient: 'elastic-apm',
    kind: 'third-party',
    modules: ['elastic-apm-node'],
    calls: calls(['default'], ['setUserContext', 'setCustomContext', 'setLabel', 'addLabels']),
    passthrough: ['start'],
    docs: 'https://www.elastic.co/guide/en/apm/agent/nodejs/current/agent-api.html',
  },
  {
    id: 'elastic-apm.errors',
    recipient: 'elastic-apm',
    kind: 'log',
    modules: ['elastic-apm-node'],
    calls: ['default.captureError()'],
    passthrough: ['start'],
    docs: 'https://www.elastic.co/guide/en/apm/agent/nodejs/current/agent-api.html#apm-capture-error',
  },
  {
    id: 'grafana-faro.meta',
    recipient: 'grafana-faro',
    kind: 'third-party',
    modules: ['@grafana/faro-web-sdk'],
    calls: calls(['faro.api', 'initializeFaro().api'], ['setUser', 'pushEvent', 'setSession']),
    docs: 'https://grafana.com/docs/grafana-cloud/monitor-applications/frontend-observability/instrument/',
  },
  {
    id: 'grafana-faro.logs',
    recipient: 'grafana-faro',
    kind: 'log',
    modules: ['@grafana/faro-web-sdk'],
    calls: calls(['faro.api', 'initializeFaro().api'], ['pushLog', 'pushError']),
    docs: 'https://grafana.com/docs/grafana-cloud/monitor-applications/frontend-observability/instrument/',
  },
  // ==== error reporters: log sinks (DESIGN.md section 4, "Logs") ==================================
  {
    id: 'sentry.sdk',
    recipient: 'sentry',
    kind: 'log',
    modules: SENTRY_PACKAGES,
    calls: [
      ...calls(
        [
          '*',
          '*.getCurrentScope()',
          '*.getIsolationScope()',
          '*.getGlobalScope()',
          '*.withScope(cb:0)',
          '*.withIsolationScope(cb:0)',
          // Removed in v8, still in many code bases.
          '*.configureScope(cb:0)',
          'new Scope()',
        ],
        SENTRY_DATA_METHODS,
      ),
      '*.captureFeedback()',
      ...calls(['*.logger'], LOG_LEVELS_SYSLOG),
    ],
    passthrough: ['clone'],
    docs: 'https://docs.sentry.io/platforms/javascript/enriching-events/identify-user/',
  },
  {
    id: 'bugsnag.client',
    recipient: 'bugsnag',
    kind: 'log',
    modules: ['@bugsnag/js', '@bugsnag/browser', '@bugsnag/node', '@bugsnag/react-native', '@bugsnag/expo'],
    calls: [
      ...calls(['default'], ['notify', 'setUser', 'leaveBreadcrumb', 'addMetadata', 'setContext']),
      ...calls(['default.notify(cb:0)', 'default.addOnError(cb:0)'], ['setUser', 'addMetadata', 'leaveBreadcrumb']),
    ],
    passthrough: ['start'],
    docs: 'https://docs.bugsnag.com/platforms/javascript/customizing-error-reports/',
  },
  {
    // `payload.person` given to `configure()` is sent with every item.
    id: 'rollbar.client',
    recipient: 'rollbar',
    kind: 'log',
    modules: ['rollbar'],
    calls: calls(['new default()', 'default.init()', 'default'], ['log', 'debug', 'info', 'warn', 'warning', 'error', 'critical', 'configure']),
    docs: 'https://docs.rollbar.com/docs/nodejs',
  },
  {
    id: 'honeybadger.client',
    recipient: 'honeybadger',
    kind: 'log',
    modules: ['@honeybadger-io/js'],
    calls: calls(['default'], ['notify', 'notifyAsync', 'setContext', 'addBreadcrumb']),
    passthrough: ['configure', 'factory'],
    docs: 'https://docs.honeybadger.io/lib/javascript/reference/configuration/',
  },
  {
    id: 'airbrake.notifier',
    recipient: 'airbrake',
    kind: 'log',
    modules: ['@airbrake/node', '@airbrake/browser'],
    calls: ['new Notifier().notify()', 'new Notifier().addFilter(cb:0).context.user='],
    docs: 'https://github.com/airbrake/airbrake-js',
  },
  {
    id: 'better-stack.logtail',
    recipient: 'better-stack',
    kind: 'log',
    modules: ['@logtail/node', '@logtail/browser', '@logtail/js'],
    calls: calls(['new Logtail()'], ['debug', 'info', 'warn', 'error', 'log']),
    docs: 'https://betterstack.com/docs/logs/javascript/',
  },
  {
    id: 'axiom.ingest',
    recipient: 'axiom',
    kind: 'log',
    modules: ['@axiomhq/js'],
    calls: ['new Axiom().ingest()'],
    docs: 'https://axiom.co/docs/guides/javascript',
  },
  // ==== search ====================================================================================
  {
    // v5 (`algoliasearch(appId, key).saveObjects({ indexName, objects })`) and v4's index objects.
    id: 'algolia.client',
    recipient: 'algolia',
    kind: 'third-party',
    modules: ['algoliasearch'],
    calls: [
      ...calls(
        ['algoliasearch()'],
        ['saveObject', 'saveObjects', 'partialUpdateObject', 'partialUpdateObjects', 'addOrUpdateObject', 'replaceAllObjects', 'batch', 'searchSingleIndex', 'search'],
      ),
      ...calls(['default().initIndex()'], ['saveObject', 'saveObjects', 'partialUpdateObject', 'partialUpdateObjects', 'replaceAllObjects', 'search']),
    ],
    docs: 'https://www.algolia.com/doc/libraries/javascript/v5/methods/search/save-objects/',
  },
  {
    id: 'elasticsearch.client',
    recipient: 'elasticsearch',
    kind: 'third-party',
    modules: ['@elastic/elasticsearch'],
    calls: calls(['new Client()'], ['index', 'create', 'update', 'bulk', 'search', 'helpers.bulk']),
    docs: 'https://www.elastic.co/guide/en/elasticsearch/client/javascript-api/current/api-reference.html',
  },
  {
    id: 'typesense.client',
    recipient: 'typesense',
    kind: 'third-party',
    modules: ['typesense'],
    calls: calls(['new default.Client().collections().documents()'], ['create', 'upsert', 'update', 'import', 'search']),
    docs: 'https://typesense.org/docs/latest/api/documents.html',
  },
  {
    // `Meilisearch` is the current class name; `MeiliSearch` is its older spelling.
    id: 'meilisearch.client',
    recipient: 'meilisearch',
    kind: 'third-party',
    modules: ['meilisearch'],
    calls: calls(['new Meilisearch().index()', 'new MeiliSearch().index()'], ['addDocuments', 'updateDocuments', 'addDocumentsInBatches', 'search']),
    docs: 'https://github.com/meilisearch/meilisearch-js',
  },
  // ==== AI: prompts are data sent to the model provider ===========================================
  {
    id: 'openai.client',
    recipient: 'openai',
    kind: 'ai',
    modules: ['openai'],
    calls: calls(['new default()', 'new OpenAI()'], OPENAI_METHODS),
    urlArgument: 0,
    docs: 'https://platform.openai.com/docs/api-reference',
  },
  {
    id: 'azure-openai.client',
    recipient: 'azure-openai',
    kind: 'ai',
    modules: ['openai'],
    calls: calls(['new AzureOpenAI()'], OPENAI_METHODS),
    urlArgument: 0,
    docs: 'https://learn.microsoft.com/en-us/azure/ai-services/openai/supported-languages',
  },
  {
    id: 'anthropic.client',
    recipient: 'anthropic',
    kind: 'ai',
    modules: ['@anthropic-ai/sdk'],
    calls: calls(
      ['new default()', 'new Anthropic()'],
      ['messages.create', 'messages.stream', 'messages.countTokens', 'messages.batches.create', 'beta.messages.create', 'beta.messages.stream', 'completions.create'],
    ),
    urlArgument: 0,
    docs: 'https://docs.anthropic.com/en/api/client-sdks',
  },
  {
    id: 'google-gemini.genai',
    recipient: 'google-gemini',
    kind: 'ai',
    modules: ['@google/genai'],
    calls: calls(
      ['new GoogleGenAI()'],
      ['models.generateContent', 'models.generateContentStream', 'models.embedContent', 'models.countTokens', 'chats.create().sendMessage', 'chats.create().sendMessageStream'],
    ),
    docs: 'https://googleapis.github.io/js-genai/',
  },
  {
    id: 'google-gemini.generative-ai',
    recipient: 'google-gemini',
    kind: 'ai',
    modules: ['@google/generative-ai'],
    calls: calls(
      ['new GoogleGenerativeAI().getGenerativeModel()'],
      ['generateContent', 'generateContentStream', 'embedContent', 'batchEmbedContents', 'countTokens', 'startChat().sendMessage', 'startChat().sendMessageStream'],
    ),
    docs: 'https://github.com/google-gemini/deprecated-generative-ai-js',
  },
  {
    id: 'google-gemini.vertexai',
    recipient: 'google-gemini',
    kind: 'ai',
    modules: ['@google-cloud/vertexai'],
    calls: calls(
      ['new VertexAI().getGenerativeModel()', 'new VertexAI().preview.getGenerativeModel()'],
      ['generateContent', 'generateContentStream', 'startChat().sendMessage', 'startChat().sendMessageStream'],
    ),
    docs: 'https://cloud.google.com/nodejs/docs/reference/vertexai/latest',
  },
  {
    // v1 and later (`new Mistral()`), and the v0 default-export client (`client.chat({...})`).
    id: 'mistral.client',
    recipient: 'mistral',
    kind: 'ai',
    modules: ['@mistralai/mistralai'],
    calls: [
      ...calls(['new Mistral()'], ['chat.complete', 'chat.stream', 'chat.parse', 'embeddings.create', 'fim.complete', 'agents.complete', 'agents.stream']),
      ...calls(['new default()'], ['chat', 'chatStream', 'embeddings']),
    ],
    docs: 'https://github.com/mistralai/client-ts',
  },
  {
    id: 'cohere.client',
    recipient: 'cohere',
    kind: 'ai',
    modules: ['cohere-ai'],
    calls: calls(['new CohereClient()', 'new CohereClientV2()'], ['chat', 'chatStream', 'generate', 'embed', 'rerank', 'classify']),
    docs: 'https://github.com/cohere-ai/cohere-typescript',
  },
  {
    id: 'groq.client',
    recipient: 'groq',
    kind: 'ai',
    modules: ['groq-sdk'],
    calls: calls(['new default()', 'new Groq()'], ['chat.completions.create', 'audio.transcriptions.create']),
    docs: 'https://github.com/groq/groq-typescript',
  },
  {
    id: 'aws-bedrock.runtime',
    recipient: 'aws-bedrock',
    kind: 'ai',
    modules: ['@aws-sdk/client-bedrock-runtime'],
    calls: [
      'new BedrockRuntimeClient().send()',
      ...calls(['new BedrockRuntime()'], ['invokeModel', 'invokeModelWithResponseStream', 'converse', 'converseStream']),
    ],
    docs: 'https://docs.aws.amazon.com/AWSJavaScriptSDK/v3/latest/client/bedrock-runtime/command/ConverseCommand/',
  },
  {
    id: 'replicate.client',
    recipient: 'replicate',
    kind: 'ai',
    modules: ['replicate'],
    calls: calls(['new default()'], ['run', 'stream', 'predictions.create']),
    docs: 'https://github.com/replicate/replicate-javascript',
  },
  {
    // `InferenceClient` is the current name of `HfInference`.
    id: 'huggingface.inference',
    recipient: 'huggingface',
    kind: 'ai',
    modules: ['@huggingface/inference'],
    calls: calls(
      ['new InferenceClient()', 'new HfInference()'],
      ['chatCompletion', 'chatCompletionStream', 'textGeneration', 'featureExtraction', 'textClassification', 'summarization', 'automaticSpeechRecognition'],
    ),
    docs: 'https://huggingface.co/docs/huggingface.js/inference/README',
  },
  {
    id: 'vercel-ai.core',
    recipient: '$provider',
    kind: 'ai',
    modules: ['ai'],
    calls: ['generateText()', 'streamText()', 'generateObject()', 'streamObject()', 'embed()', 'embedMany()'],
    docs: 'https://ai-sdk.dev/docs/reference/ai-sdk-core',
  },
  langchainSink('openai', '@langchain/openai', 'ChatOpenAI', 'OpenAIEmbeddings', 'https://js.langchain.com/docs/integrations/chat/openai/'),
  langchainSink('anthropic', '@langchain/anthropic', 'ChatAnthropic', undefined, 'https://js.langchain.com/docs/integrations/chat/anthropic/'),
  langchainSink(
    'google-gemini',
    '@langchain/google-genai',
    'ChatGoogleGenerativeAI',
    'GoogleGenerativeAIEmbeddings',
    'https://js.langchain.com/docs/integrations/chat/google_generativeai/',
  ),
  langchainSink('mistral', '@langchain/mistralai', 'ChatMistralAI', 'MistralAIEmbeddings', 'https://js.langchain.com/docs/integrations/chat/mistral/'),
  langchainSink('cohere', '@langchain/cohere', 'ChatCohere', 'CohereEmbeddings', 'https://js.langchain.com/docs/integrations/chat/cohere/'),
  // ==== storage services ==========================================================================
  {
    // `new S3Client().send(new PutObjectCommand({ Bucket, Key, Body }))`: the data is the command's
    // constructor argument.
    id: 'aws-s3.client',
    recipient: 'aws-s3',
    kind: 'third-party',
    modules: ['@aws-sdk/client-s3'],
    calls: ['new S3Client().send()', ...calls(['new S3()'], ['putObject', 'uploadPart'])],
    docs: 'https://docs.aws.amazon.com/AWSJavaScriptSDK/v3/latest/client/s3/command/PutObjectCommand/',
  },
  {
    id: 'aws-s3.upload',
    recipient: 'aws-s3',
    kind: 'third-party',
    modules: ['@aws-sdk/lib-storage'],
    calls: ['new Upload()'],
    docs: 'https://docs.aws.amazon.com/AWSJavaScriptSDK/v3/latest/Package/-aws-sdk-lib-storage/',
  },
  {
    id: 'google-cloud-storage.bucket',
    recipient: 'google-cloud-storage',
    kind: 'third-party',
    modules: ['@google-cloud/storage'],
    calls: calls(['new Storage().bucket()'], ['upload', 'file().save', 'file().createWriteStream().write', 'file().createWriteStream().end']),
    docs: 'https://cloud.google.com/nodejs/docs/reference/storage/latest/storage/file#_google_cloud_storage_File_save_member_1_',
  },
  {
    id: 'firebase.analytics',
    recipient: 'firebase',
    kind: 'third-party',
    modules: ['firebase/analytics'],
    calls: ['logEvent()', 'setUserId()', 'setUserProperties()'],
    docs: 'https://firebase.google.com/docs/reference/js/analytics',
  },
  {
    id: 'firebase.storage',
    recipient: 'firebase',
    kind: 'third-party',
    modules: ['firebase/storage'],
    calls: ['uploadBytes()', 'uploadString()', 'uploadBytesResumable()'],
    docs: 'https://firebase.google.com/docs/reference/js/storage',
  },
  {
    id: 'firebase.auth',
    recipient: 'firebase',
    kind: 'third-party',
    modules: ['firebase/auth'],
    calls: [
      'createUserWithEmailAndPassword()',
      'signInWithEmailAndPassword()',
      'signInWithPhoneNumber()',
      'sendSignInLinkToEmail()',
      'sendPasswordResetEmail()',
      'updateProfile()',
      'updateEmail()',
      'updatePhoneNumber()',
    ],
    docs: 'https://firebase.google.com/docs/reference/js/auth',
  },
  {
    id: 'firebase.admin',
    recipient: 'firebase',
    kind: 'third-party',
    modules: ['firebase-admin', 'firebase-admin/auth', 'firebase-admin/messaging'],
    calls: [
      ...calls(['default.auth()', 'getAuth()'], ['createUser', 'updateUser', 'getUserByEmail', 'getUserByPhoneNumber']),
      ...calls(['default.messaging()', 'getMessaging()'], ['send', 'sendEach', 'sendEachForMulticast']),
    ],
    docs: 'https://firebase.google.com/docs/reference/admin/node/firebase-admin.auth.baseauth',
  },
  {
    id: 'cloudinary.uploader',
    recipient: 'cloudinary',
    kind: 'third-party',
    modules: ['cloudinary'],
    calls: calls(['v2.uploader'], ['upload', 'upload_stream']),
    docs: 'https://cloudinary.com/documentation/node_image_and_video_upload',
  },
  {
    id: 'vercel-blob.put',
    recipient: 'vercel-blob',
    kind: 'third-party',
    modules: ['@vercel/blob', '@vercel/blob/client'],
    calls: ['put()', 'upload()'],
    docs: 'https://vercel.com/docs/vercel-blob/using-blob-sdk',
  },
  {
    id: 'azure-blob-storage.container',
    recipient: 'azure-blob-storage',
    kind: 'third-party',
    modules: ['@azure/storage-blob'],
    calls: calls(
      ['BlobServiceClient.fromConnectionString().getContainerClient()', 'new BlobServiceClient().getContainerClient()'],
      ['uploadBlockBlob', 'getBlockBlobClient().upload', 'getBlockBlobClient().uploadData'],
    ),
    docs: 'https://learn.microsoft.com/en-us/javascript/api/overview/azure/storage-blob-readme',
  },
  // ==== auth and backend services =================================================================
  {
    id: 'auth0.management',
    recipient: 'auth0',
    kind: 'third-party',
    modules: ['auth0'],
    calls: calls(['new ManagementClient()'], ['users.create', 'users.update']),
    docs: 'https://github.com/auth0/node-auth0',
  },
  {
    // `clerkClient` is a value in older SDKs and an async factory (`await clerkClient()`) in
    // @clerk/nextjs v6.
    id: 'clerk.backend',
    recipient: 'clerk',
    kind: 'third-party',
    modules: ['@clerk/backend', '@clerk/nextjs/server', '@clerk/express', '@clerk/clerk-sdk-node'],
    calls: calls(
      ['createClerkClient()', 'clerkClient()', 'clerkClient'],
      ['users.createUser', 'users.updateUser', 'users.updateUserMetadata', 'invitations.createInvitation'],
    ),
    docs: 'https://clerk.com/docs/references/backend/user/create-user',
  },
  {
    id: 'workos.user-management',
    recipient: 'workos',
    kind: 'third-party',
    modules: ['@workos-inc/node'],
    calls: calls(['new WorkOS()'], ['userManagement.createUser', 'userManagement.updateUser', 'userManagement.sendInvitation']),
    docs: 'https://workos.com/docs/reference/user-management/user/create',
  },
  {
    // Auth and file storage; table writes (`.from('x').insert()`) are database writes, not sinks.
    id: 'supabase.client',
    recipient: 'supabase',
    kind: 'third-party',
    modules: ['@supabase/supabase-js', '@supabase/ssr'],
    calls: calls(
      ['createClient()', 'createServerClient()', 'createBrowserClient()'],
      [
        'auth.signUp',
        'auth.signInWithOtp',
        'auth.signInWithPassword',
        'auth.updateUser',
        'auth.admin.createUser',
        'auth.admin.updateUserById',
        'auth.admin.inviteUserByEmail',
        'storage.from().upload',
        'storage.from().update',
      ],
    ),
    docs: 'https://supabase.com/docs/reference/javascript/auth-signup',
  },
  {
    id: 'google-maps.services',
    recipient: 'google-maps',
    kind: 'third-party',
    modules: ['@googlemaps/google-maps-services-js'],
    calls: calls(['new Client()'], ['geocode', 'reverseGeocode', 'placeAutocomplete', 'directions', 'distancematrix']),
    docs: 'https://github.com/googlemaps/google-maps-services-js',
  },
  // ==== loggers (local; thrown errors are the flow engine's business) =============================
  {
    id: 'console.methods',
    recipient: 'console',
    kind: 'log',
    calls: [
      ...calls(['global:console'], ['log', 'info', 'warn', 'error', 'debug', 'trace', 'dir', 'dirxml', 'table', 'assert', 'group', 'groupCollapsed', 'timeLog']),
      'global:process.stdout.write()',
      'global:process.stderr.write()',
    ],
    docs: 'https://developer.mozilla.org/en-US/docs/Web/API/console',
  },
  {
    id: 'pino.logger',
    recipient: 'pino',
    kind: 'log',
    modules: ['pino'],
    calls: calls(['default()'], LOG_LEVELS_SYSLOG),
    passthrough: ['child'],
    docs: 'https://getpino.io/#/docs/api?id=logger',
  },
  {
    // Fastify's logger is pino; request and reply carry a child of it.
    id: 'fastify-logger.log',
    recipient: 'fastify-logger',
    kind: 'log',
    modules: ['fastify'],
    calls: calls(['default().log', 'new FastifyInstance().log', 'new FastifyRequest().log', 'new FastifyReply().log'], LOG_LEVELS_SYSLOG),
    passthrough: ['child'],
    docs: 'https://fastify.dev/docs/latest/Reference/Logging/',
  },
  {
    id: 'winston.logger',
    recipient: 'winston',
    kind: 'log',
    modules: ['winston'],
    calls: calls(['default.createLogger()', 'default'], ['log', 'error', 'warn', 'info', 'http', 'verbose', 'debug', 'silly']),
    passthrough: ['child'],
    docs: 'https://github.com/winstonjs/winston#usage',
  },
  {
    id: 'bunyan.logger',
    recipient: 'bunyan',
    kind: 'log',
    modules: ['bunyan'],
    calls: calls(['default.createLogger()', 'new default()'], LOG_LEVELS_SYSLOG),
    passthrough: ['child'],
    docs: 'https://github.com/trentm/node-bunyan#log-method-api',
  },
  {
    id: 'log4js.logger',
    recipient: 'log4js',
    kind: 'log',
    modules: ['log4js'],
    calls: calls(['default.getLogger()'], [...LOG_LEVELS_SYSLOG, 'mark', 'log']),
    docs: 'https://log4js-node.github.io/log4js-node/api.html',
  },
  {
    // Instances (`new Logger(UsersService.name)`) and the static methods (`Logger.log(...)`).
    id: 'nestjs-logger.logger',
    recipient: 'nestjs-logger',
    kind: 'log',
    modules: ['@nestjs/common'],
    calls: calls(['new Logger()', 'Logger', 'new ConsoleLogger()'], ['log', 'error', 'warn', 'debug', 'verbose', 'fatal']),
    docs: 'https://docs.nestjs.com/techniques/logger',
  },
  {
    id: 'debug.instance',
    recipient: 'debug',
    kind: 'log',
    modules: ['debug'],
    calls: ['default()()'],
    passthrough: ['extend'],
    docs: 'https://github.com/debug-js/debug#usage',
  },
  {
    id: 'consola.logger',
    recipient: 'consola',
    kind: 'log',
    modules: ['consola'],
    calls: calls(
      ['consola', 'createConsola()'],
      ['log', 'info', 'warn', 'error', 'debug', 'trace', 'success', 'fail', 'ready', 'start', 'box', 'fatal', 'verbose'],
    ),
    passthrough: ['withTag', 'withDefaults', 'create'],
    docs: 'https://github.com/unjs/consola#usage',
  },
  {
    id: 'loglevel.logger',
    recipient: 'loglevel',
    kind: 'log',
    modules: ['loglevel'],
    calls: calls(['default'], ['trace', 'debug', 'info', 'warn', 'error', 'log']),
    passthrough: ['getLogger'],
    docs: 'https://github.com/pimterry/loglevel#documentation',
  },
  {
    id: 'tslog.logger',
    recipient: 'tslog',
    kind: 'log',
    modules: ['tslog'],
    calls: calls(['new Logger()'], ['silly', 'trace', 'debug', 'info', 'warn', 'error', 'fatal', 'log']),
    passthrough: ['getSubLogger'],
    docs: 'https://tslog.js.org/',
  },
  // ==== client-side storage =======================================================================
  {
    id: 'local-storage.web-storage',
    recipient: 'local-storage',
    kind: 'client-storage',
    calls: ['global:localStorage.setItem()', 'global:localStorage.*='],
    docs: 'https://developer.mozilla.org/en-US/docs/Web/API/Storage/setItem',
  },
  {
    id: 'session-storage.web-storage',
    recipient: 'session-storage',
    kind: 'client-storage',
    calls: ['global:sessionStorage.setItem()', 'global:sessionStorage.*='],
    docs: 'https://developer.mozilla.org/en-US/docs/Web/API/Storage/setItem',
  },
  {
    id: 'cookies.document',
    recipient: 'cookies',
    kind: 'client-storage',
    calls: ['global:document.cookie='],
    docs: 'https://developer.mozilla.org/en-US/docs/Web/API/Document/cookie',
  },
  {
    id: 'cookies.js-cookie',
    recipient: 'cookies',
    kind: 'client-storage',
    modules: ['js-cookie'],
    calls: ['default.set()'],
    dataArguments: [1],
    passthrough: ['withAttributes', 'withConverter'],
    docs: 'https://github.com/js-cookie/js-cookie#basic-usage',
  },
  {
    id: 'cookies.universal-cookie',
    recipient: 'cookies',
    kind: 'client-storage',
    modules: ['universal-cookie', 'react-cookie'],
    calls: ['new default().set()', 'new Cookies().set()'],
    dataArguments: [1],
    docs: 'https://github.com/bendotcodes/cookies/tree/main/packages/universal-cookie',
  },
  {
    id: 'cookies.nookies',
    recipient: 'cookies',
    kind: 'client-storage',
    modules: ['nookies'],
    calls: ['setCookie()', 'default.set()'],
    dataArguments: [2],
    docs: 'https://github.com/maticzav/nookies',
  },
  {
    id: 'cookies.cookies-next',
    recipient: 'cookies',
    kind: 'client-storage',
    modules: ['cookies-next', 'cookies-next/client', 'cookies-next/server'],
    calls: ['setCookie()'],
    dataArguments: [1],
    docs: 'https://github.com/andreizanik/cookies-next',
  },
  {
    // `set(name, value, options)` or `set({ name, value, ... })`: every argument may carry data.
    id: 'cookies.next',
    recipient: 'cookies',
    kind: 'client-storage',
    modules: ['next/headers', 'next/server'],
    calls: ['cookies().set()', 'NextResponse.*().cookies.set()', 'new NextResponse().cookies.set()'],
    docs: 'https://nextjs.org/docs/app/api-reference/functions/cookies',
  },
  {
    // A value typed `Response` from express counts as `new Response()` (the engine's rule for types).
    id: 'cookies.express',
    recipient: 'cookies',
    kind: 'client-storage',
    modules: ['express'],
    calls: ['new Response().cookie()'],
    dataArguments: [1],
    passthrough: ['status', 'cookie', 'clearCookie', 'set', 'header', 'append'],
    docs: 'https://expressjs.com/en/api.html#res.cookie',
  },
  {
    id: 'indexeddb.idb',
    recipient: 'indexeddb',
    kind: 'client-storage',
    modules: ['idb'],
    calls: calls(
      ['openDB()'],
      ['put', 'add', 'transaction().objectStore().put', 'transaction().objectStore().add', 'transaction().store.put', 'transaction().store.add'],
    ),
    docs: 'https://github.com/jakearchibald/idb#api',
  },
  {
    id: 'indexeddb.idb-keyval',
    recipient: 'indexeddb',
    kind: 'client-storage',
    modules: ['idb-keyval'],
    calls: ['set()', 'setMany()', 'update()'],
    docs: 'https://github.com/jakearchibald/idb-keyval#usage',
  },
  {
    // localForage prefers IndexedDB and falls back to localStorage.
    id: 'indexeddb.localforage',
    recipient: 'indexeddb',
    kind: 'client-storage',
    modules: ['localforage'],
    calls: ['default.setItem()'],
    passthrough: ['createInstance'],
    docs: 'https://localforage.github.io/localForage/#data-api-setitem',
  },
  // ==== files =====================================================================================
  {
    id: 'file-system.write',
    recipient: 'file-system',
    kind: 'file',
    modules: ['fs', 'node:fs'],
    calls: ['writeFile()', 'writeFileSync()', 'appendFile()', 'appendFileSync()', 'promises.writeFile()', 'promises.appendFile()'],
    dataArguments: [1],
    docs: 'https://nodejs.org/api/fs.html#fswritefilefile-data-options-callback',
  },
  {
    id: 'file-system.promises',
    recipient: 'file-system',
    kind: 'file',
    modules: ['fs/promises', 'node:fs/promises'],
    calls: ['writeFile()', 'appendFile()'],
    dataArguments: [1],
    docs: 'https://nodejs.org/api/fs.html#fspromiseswritefilefile-data-options',
  },
  {
    id: 'file-system.handle',
    recipient: 'file-system',
    kind: 'file',
    modules: ['fs/promises', 'node:fs/promises', 'fs', 'node:fs'],
    calls: [...calls(['open()', 'promises.open()'], ['write', 'writeFile', 'appendFile'])],
    dataArguments: [0],
    docs: 'https://nodejs.org/api/fs.html#class-filehandle',
  },
  {
    id: 'file-system.stream',
    recipient: 'file-system',
    kind: 'file',
    modules: ['fs', 'node:fs'],
    calls: calls(['createWriteStream()'], ['write', 'end']),
    dataArguments: [0],
    docs: 'https://nodejs.org/api/fs.html#fscreatewritestreampath-options',
  },
  // ==== HTTP clients: the recipient is the URL's host =============================================
  {
    id: 'http.fetch',
    recipient: '$host',
    kind: 'http',
    calls: ['global:fetch()'],
    urlArgument: 0,
    docs: 'https://developer.mozilla.org/en-US/docs/Web/API/Window/fetch',
  },
  {
    id: 'http.send-beacon',
    recipient: '$host',
    kind: 'http',
    calls: ['global:navigator.sendBeacon()'],
    urlArgument: 0,
    docs: 'https://developer.mozilla.org/en-US/docs/Web/API/Navigator/sendBeacon',
  },
  {
    id: 'http.websocket',
    recipient: '$host',
    kind: 'http',
    calls: ['new global:WebSocket().send()'],
    urlArgument: 0,
    docs: 'https://developer.mozilla.org/en-US/docs/Web/API/WebSocket/send',
  },
  {
    id: 'http.axios',
    recipient: '$host',
    kind: 'http',
    modules: ['axios'],
    calls: ['default()', ...calls(['default'], AXIOS_METHODS)],
    urlArgument: 0,
    docs: 'https://axios-http.com/docs/api_intro',
  },
  {
    // The host is create()'s `baseURL`, or the request's own absolute URL when there is none.
    id: 'http.axios-instance',
    recipient: '$host',
    kind: 'http',
    modules: ['axios'],
    calls: ['default.create()()', ...calls(['default.create()'], AXIOS_METHODS)],
    urlArgument: 0,
    docs: 'https://axios-http.com/docs/instance',
  },
  {
    id: 'http.got',
    recipient: '$host',
    kind: 'http',
    modules: ['got'],
    calls: ['default()', ...calls(['default'], GOT_METHODS)],
    urlArgument: 0,
    docs: 'https://github.com/sindresorhus/got/blob/main/documentation/1-promise.md',
  },
  {
    id: 'http.got-instance',
    recipient: '$host',
    kind: 'http',
    modules: ['got'],
    calls: ['default.extend()()', ...calls(['default.extend()'], GOT_METHODS)],
    urlArgument: 0,
    docs: 'https://github.com/sindresorhus/got/blob/main/documentation/10-instances.md',
  },
  {
    id: 'http.ky',
    recipient: '$host',
    kind: 'http',
    modules: ['ky'],
    calls: ['default()', ...calls(['default'], KY_METHODS)],
    urlArgument: 0,
    docs: 'https://github.com/sindresorhus/ky#api',
  },
  {
    id: 'http.ky-instance',
    recipient: '$host',
    kind: 'http',
    modules: ['ky'],
    calls: ['default.create()()', 'default.extend()()', ...calls(['default.create()', 'default.extend()'], KY_METHODS)],
    urlArgument: 0,
    docs: 'https://github.com/sindresorhus/ky#kycreatedefaultoptions',
  },
  {
    // The request is built in two calls, `request.post(url).send(data)`: the URL is argument 0 of
    // the first call (`urlArgument`), the data the arguments of the last.
    id: 'http.superagent',
    recipient: '$host',
    kind: 'http',
    modules: ['superagent'],
    calls: calls(['default.*()'], ['send', 'query', 'field', 'attach']),
    urlArgument: 0,
    docs: 'https://ladjs.github.io/superagent/',
  },
  {
    // `request('POST', url).send(data)`: here the URL is the second argument.
    id: 'http.superagent-method',
    recipient: '$host',
    kind: 'http',
    modules: ['superagent'],
    calls: calls(['default()'], ['send', 'query', 'field', 'attach']),
    urlArgument: 1,
    docs: 'https://ladjs.github.io/superagent/',
  },
  {
    id: 'http.undici',
    recipient: '$host',
    kind: 'http',
    modules: ['undici'],
    calls: ['request()', 'fetch()', 'new Client().request()', 'new Pool().request()'],
    urlArgument: 0,
    docs: 'https://undici.nodejs.org/#/docs/api/Dispatcher',
  },
  {
    id: 'http.node',
    recipient: '$host',
    kind: 'http',
    modules: ['http', 'https', 'node:http', 'node:https'],
    calls: ['request()', 'get()', ...calls(['request()'], ['write', 'end'])],
    urlArgument: 0,
    docs: 'https://nodejs.org/api/http.html#httprequesturl-options-callback',
  },
  {
    id: 'http.node-fetch',
    recipient: '$host',
    kind: 'http',
    modules: ['node-fetch', 'cross-fetch'],
    calls: ['default()'],
    urlArgument: 0,
    docs: 'https://github.com/node-fetch/node-fetch#api',
  },
  {
    id: 'http.ofetch',
    recipient: '$host',
    kind: 'http',
    modules: ['ofetch'],
    calls: ['ofetch()', '$fetch()', 'ofetch.raw()', 'ofetch.create()()'],
    urlArgument: 0,
    docs: 'https://github.com/unjs/ofetch',
  },
  {
    // Nuxt's auto-imported `$fetch` is ofetch.
    id: 'http.nuxt-fetch',
    recipient: '$host',
    kind: 'http',
    calls: ['global:$fetch()'],
    urlArgument: 0,
    docs: 'https://nuxt.com/docs/api/utils/dollarfetch',
  },
  {
    // An injected `private http: HttpClient` counts as `new HttpClient()`.
    id: 'http.angular',
    recipient: '$host',
    kind: 'http',
    modules: ['@angular/common/http'],
    calls: calls(['new HttpClient()'], ['get', 'post', 'put', 'patch', 'delete', 'jsonp']),
    urlArgument: 0,
    docs: 'https://angular.dev/api/common/http/HttpClient',
  },
  {
    id: 'http.nestjs-axios',
    recipient: '$host',
    kind: 'http',
    modules: ['@nestjs/axios'],
    calls: calls(['new HttpService()', 'new HttpService().axiosRef'], ['request', 'get', 'post', 'put', 'patch', 'delete', 'head']),
    urlArgument: 0,
    docs: 'https://docs.nestjs.com/techniques/http-module',
  },
];
