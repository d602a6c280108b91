/**
 * The recipients datamin knows: companies and services that personal data can be sent to, with
 * the npm packages that talk to them and the API hosts that `fetch`/axios calls reach. A
 * manifest's `recipients:` keys are these keys (or the team's own); `datamin init` lists the ones
 * a project's dependencies reveal; the flow engine names a sink's recipient with them.
 *
 * Entries marked `isLocal` are not third parties: loggers writing to the process's output,
 * browser storage, the file system. They exist so that every sink names its owner, and they are
 * never offered as manifest recipients.
 */

export type RecipientCategory =
  | 'analytics'
  | 'messaging'
  | 'crm'
  | 'support'
  | 'payments'
  | 'apm'
  | 'error-reporting'
  | 'logging'
  | 'search'
  | 'ai'
  | 'storage'
  | 'advertising'
  | 'auth'
  | 'database'
  | 'other';

export interface RecipientEntry {
  /** Stable manifest key, lower-case kebab: `segment`, `google-analytics`, `aws-ses`. */
  key: string;
  /** Display name: `Segment`. */
  name: string;
  category: RecipientCategory;
  /** npm packages that talk to it (package names, not subpaths). */
  packages: string[];
  /** Its API hosts; `*.example.com` matches any subdomain, an inner `*` matches one label. */
  hosts: string[];
  /** The SDK's or API's documentation. */
  docs: string;
  /** Not a third party (a logger, browser storage, the file system): never a manifest recipient. */
  isLocal?: boolean;
}

/** Sentry ships one SDK package per platform; every one of them reports to Sentry. */
export const SENTRY_PACKAGES: string[] = [
  '@sentry/node',
  '@sentry/browser',
  '@sentry/nextjs',
  '@sentry/react',
  '@sentry/vue',
  '@sentry/angular',
  '@sentry/svelte',
  '@sentry/sveltekit',
  '@sentry/remix',
  '@sentry/astro',
  '@sentry/nuxt',
  '@sentry/solid',
  '@sentry/bun',
  '@sentry/nestjs',
  '@sentry/react-native',
  '@sentry/electron',
  '@sentry/aws-serverless',
  '@sentry/google-cloud-serverless',
  '@sentry/cloudflare',
  '@sentry/vercel-edge',
  '@sentry/core',
];

export const RECIPIENTS: readonly RecipientEntry[] = [
  // ---- analytics -------------------------------------------------------------------------------
  {
    key: 'segment',
    name: 'Segment',
    category: 'analytics',
    packages: ['@segment/analytics-node', '@segment/analytics-next', 'analytics-node'],
    hosts: ['api.segment.io', 'cdn.segment.com', 'events.eu1.segmentapis.com'],
    docs: 'https://segment.com/docs/connections/sources/catalog/libraries/server/node/',
  },
  {
    key: 'mixpanel',
    name: 'Mixpanel',
    category: 'analytics',
    packages: ['mixpanel', 'mixpanel-browser'],
    hosts: ['api.mixpanel.com', 'api-eu.mixpanel.com', 'api-js.mixpanel.com'],
    docs: 'https://docs.mixpanel.com/docs/tracking-methods/sdks/nodejs',
  },
  {
    key: 'amplitude',
    name: 'Amplitude',
    category: 'analytics',
    packages: ['@amplitude/analytics-node', '@amplitude/analytics-browser', 'amplitude-js', '@amplitude/node'],
    hosts: ['api2.amplitude.com', 'api.amplitude.com', 'api.eu.amplitude.com'],
    docs: 'https://amplitude.com/docs/sdks/analytics/node/node-js-sdk',
  },
  {
    key: 'posthog',
    name: 'PostHog',
    category: 'analytics',
    packages: ['posthog-node', 'posthog-js'],
    hosts: ['*.i.posthog.com', 'app.posthog.com', 'eu.posthog.com'],
    docs: 'https://posthog.com/docs/libraries/node',
  },
  {
    key: 'google-analytics',
    name: 'Google Analytics',
    category: 'analytics',
    packages: ['react-ga4', '@next/third-parties'],
    hosts: ['*.google-analytics.com', '*.analytics.google.com'],
    docs: 'https://developers.google.com/analytics/devguides/collection/ga4/reference/config',
  },
  {
    key: 'google-tag-manager',
    name: 'Google Tag Manager',
    category: 'analytics',
    packages: ['@next/third-parties'],
    hosts: ['www.googletagmanager.com'],
    docs: 'https://developers.google.com/tag-platform/tag-manager/datalayer',
  },
  {
    key: 'heap',
    name: 'Heap',
    category: 'analytics',
    packages: ['@heap/react-native-heap'],
    hosts: ['heapanalytics.com', '*.heapanalytics.com', '*.heap-api.com'],
    docs: 'https://developers.heap.io/reference/identify',
  },
  {
    key: 'rudderstack',
    name: 'RudderStack',
    category: 'analytics',
    packages: ['@rudderstack/rudder-sdk-node', '@rudderstack/analytics-js'],
    hosts: ['*.dataplane.rudderstack.com', 'hosted.rudderlabs.com'],
    docs: 'https://www.rudderstack.com/docs/sources/event-streams/sdks/rudderstack-node-sdk/',
  },
  {
    key: 'hotjar',
    name: 'Hotjar',
    category: 'analytics',
    packages: ['@hotjar/browser'],
    hosts: ['*.hotjar.com', '*.hotjar.io'],
    docs: 'https://github.com/hotjar/hotjar-js',
  },
  {
    key: 'fullstory',
    name: 'FullStory',
    category: 'analytics',
    packages: ['@fullstory/browser'],
    hosts: ['*.fullstory.com'],
    docs: 'https://developer.fullstory.com/browser/identification/identify-users/',
  },
  {
    key: 'logrocket',
    name: 'LogRocket',
    category: 'analytics',
    packages: ['logrocket'],
    hosts: ['*.logrocket.io', '*.logrocket.com', '*.lr-ingest.io', '*.lr-in.com'],
    docs: 'https://docs.logrocket.com/reference/identify',
  },
  {
    key: 'vercel-analytics',
    name: 'Vercel Web Analytics',
    category: 'analytics',
    packages: ['@vercel/analytics'],
    hosts: [],
    docs: 'https://vercel.com/docs/analytics/custom-events',
  },
  {
    key: 'microsoft-clarity',
    name: 'Microsoft Clarity',
    category: 'analytics',
    packages: ['@microsoft/clarity'],
    hosts: ['*.clarity.ms'],
    docs: 'https://learn.microsoft.com/en-us/clarity/setup-and-installation/clarity-api',
  },
  {
    key: 'launchdarkly',
    name: 'LaunchDarkly',
    category: 'analytics',
    packages: ['@launchdarkly/node-server-sdk', 'launchdarkly-node-server-sdk', 'launchdarkly-js-client-sdk'],
    hosts: ['*.launchdarkly.com'],
    docs: 'https://docs.launchdarkly.com/sdk/server-side/node-js',
  },
  // ---- advertising -----------------------------------------------------------------------------
  {
    key: 'meta',
    name: 'Meta (Pixel and Conversions API)',
    category: 'advertising',
    packages: ['facebook-nodejs-business-sdk'],
    hosts: ['graph.facebook.com', 'connect.facebook.net', 'www.facebook.com'],
    docs: 'https://developers.facebook.com/docs/marketing-api/conversions-api/',
  },
  // ---- messaging -------------------------------------------------------------------------------
  {
    key: 'sendgrid',
    name: 'SendGrid',
    category: 'messaging',
    packages: ['@sendgrid/mail', '@sendgrid/client'],
    hosts: ['api.sendgrid.com', 'smtp.sendgrid.net'],
    docs: 'https://github.com/sendgrid/sendgrid-nodejs/tree/main/packages/mail',
  },
  {
    key: 'mailchimp',
    name: 'Mailchimp',
    category: 'messaging',
    packages: ['@mailchimp/mailchimp_marketing', '@mailchimp/mailchimp_transactional'],
    hosts: ['*.api.mailchimp.com', 'mandrillapp.com', 'smtp.mandrillapp.com'],
    docs: 'https://mailchimp.com/developer/marketing/api/list-members/',
  },
  {
    key: 'mailgun',
    name: 'Mailgun',
    category: 'messaging',
    packages: ['mailgun.js', 'mailgun-js'],
    hosts: ['api.mailgun.net', 'api.eu.mailgun.net', 'smtp.mailgun.org', 'smtp.eu.mailgun.org'],
    docs: 'https://github.com/mailgun/mailgun.js',
  },
  {
    key: 'postmark',
    name: 'Postmark',
    category: 'messaging',
    packages: ['postmark'],
    hosts: ['api.postmarkapp.com', 'smtp.postmarkapp.com'],
    docs: 'https://github.com/ActiveCampaign/postmark.js',
  },
  {
    key: 'resend',
    name: 'Resend',
    category: 'messaging',
    packages: ['resend'],
    hosts: ['api.resend.com', 'smtp.resend.com'],
    docs: 'https://resend.com/docs/api-reference/emails/send-email',
  },
  {
    // Nodemailer is a client, not a service: the recipient of its mail is the SMTP host the
    // transport names (its sinks say `$host`, and `smtp.sendgrid.net` resolves to SendGrid). This
    // entry lets `datamin init` ask the team which SMTP service that is.
    key: 'smtp',
    name: 'SMTP server (via Nodemailer)',
    category: 'messaging',
    packages: ['nodemailer'],
    hosts: [],
    docs: 'https://nodemailer.com/smtp/',
  },
  {
    key: 'twilio',
    name: 'Twilio',
    category: 'messaging',
    packages: ['twilio'],
    hosts: ['api.twilio.com', '*.twilio.com'],
    docs: 'https://www.twilio.com/docs/libraries/reference/twilio-node',
  },
  {
    key: 'vonage',
    name: 'Vonage',
    category: 'messaging',
    packages: ['@vonage/server-sdk', '@vonage/sms', '@vonage/messages', '@vonage/verify2'],
    hosts: ['rest.nexmo.com', 'api.nexmo.com', '*.vonage.com'],
    docs: 'https://github.com/Vonage/vonage-node-sdk',
  },
  {
    key: 'aws-ses',
    name: 'Amazon SES',
    category: 'messaging',
    packages: ['@aws-sdk/client-ses', '@aws-sdk/client-sesv2'],
    hosts: ['email.*.amazonaws.com', 'email-smtp.*.amazonaws.com'],
    docs: 'https://docs.aws.amazon.com/AWSJavaScriptSDK/v3/latest/client/sesv2/',
  },
  {
    key: 'aws-sns',
    name: 'Amazon SNS',
    category: 'messaging',
    packages: ['@aws-sdk/client-sns'],
    hosts: ['sns.*.amazonaws.com'],
    docs: 'https://docs.aws.amazon.com/AWSJavaScriptSDK/v3/latest/client/sns/',
  },
  {
    key: 'brevo',
    name: 'Brevo (Sendinblue)',
    category: 'messaging',
    packages: ['@getbrevo/brevo', 'sib-api-v3-sdk'],
    hosts: ['api.brevo.com', 'api.sendinblue.com', 'smtp-relay.brevo.com', 'smtp-relay.sendinblue.com'],
    docs: 'https://github.com/getbrevo/brevo-node',
  },
  {
    key: 'loops',
    name: 'Loops',
    category: 'messaging',
    packages: ['loops'],
    hosts: ['app.loops.so'],
    docs: 'https://loops.so/docs/sdks/javascript',
  },
  {
    key: 'plunk',
    name: 'Plunk',
    category: 'messaging',
    packages: ['@plunk/node'],
    hosts: ['api.useplunk.com'],
    docs: 'https://docs.useplunk.com/',
  },
  {
    key: 'onesignal',
    name: 'OneSignal',
    category: 'messaging',
    packages: ['@onesignal/node-onesignal', 'react-onesignal'],
    hosts: ['onesignal.com', 'api.onesignal.com'],
    docs: 'https://documentation.onesignal.com/docs/web-sdk-reference',
  },
  {
    key: 'pusher',
    name: 'Pusher',
    category: 'messaging',
    packages: ['pusher'],
    hosts: ['*.pusher.com', '*.pusherapp.com'],
    docs: 'https://github.com/pusher/pusher-http-node',
  },
  {
    key: 'slack',
    name: 'Slack',
    category: 'messaging',
    packages: ['@slack/web-api', '@slack/webhook'],
    hosts: ['slack.com', 'hooks.slack.com'],
    docs: 'https://tools.slack.dev/node-slack-sdk/web-api/',
  },
  {
    key: 'stream',
    name: 'Stream (Chat)',
    category: 'messaging',
    packages: ['stream-chat'],
    hosts: ['*.stream-io-api.com'],
    docs: 'https://getstream.io/chat/docs/node/update_users/',
  },
  // ---- CRM and support -------------------------------------------------------------------------
  {
    key: 'hubspot',
    name: 'HubSpot',
    category: 'crm',
    packages: ['@hubspot/api-client'],
    hosts: ['api.hubapi.com', 'api.hubspot.com', '*.hsforms.com', 'forms.hubspot.com'],
    docs: 'https://github.com/HubSpot/hubspot-api-nodejs',
  },
  {
    key: 'salesforce',
    name: 'Salesforce',
    category: 'crm',
    packages: ['jsforce'],
    hosts: ['*.salesforce.com', '*.force.com'],
    docs: 'https://jsforce.github.io/document/',
  },
  {
    key: 'intercom',
    name: 'Intercom',
    category: 'support',
    packages: ['intercom-client', '@intercom/messenger-js-sdk'],
    hosts: ['api.intercom.io', 'api.eu.intercom.io', 'api.au.intercom.io', '*.intercom.io'],
    docs: 'https://github.com/intercom/intercom-node',
  },
  {
    key: 'zendesk',
    name: 'Zendesk',
    category: 'support',
    packages: ['node-zendesk'],
    hosts: ['*.zendesk.com'],
    docs: 'https://github.com/blakmatrix/node-zendesk',
  },
  {
    key: 'customerio',
    name: 'Customer.io',
    category: 'crm',
    packages: ['customerio-node', '@customerio/cdp-analytics-node'],
    hosts: ['track.customer.io', 'track-eu.customer.io', 'api.customer.io', 'api-eu.customer.io', 'cdp.customer.io', 'cdp-eu.customer.io'],
    docs: 'https://github.com/customerio/customerio-node',
  },
  {
    key: 'braze',
    name: 'Braze',
    category: 'crm',
    packages: ['braze-api', '@braze/web-sdk'],
    hosts: ['*.braze.com', '*.braze.eu'],
    docs: 'https://js.appboycdn.com/web-sdk/latest/doc/modules/braze.html',
  },
  {
    key: 'klaviyo',
    name: 'Klaviyo',
    category: 'crm',
    packages: ['klaviyo-api'],
    hosts: ['a.klaviyo.com'],
    docs: 'https://github.com/klaviyo/klaviyo-api-node',
  },
  // ---- payments --------------------------------------------------------------------------------
  {
    key: 'stripe',
    name: 'Stripe',
    category: 'payments',
    packages: ['stripe', '@stripe/stripe-js', '@stripe/react-stripe-js'],
    hosts: ['api.stripe.com', '*.stripe.com'],
    docs: 'https://docs.stripe.com/api/customers/create?lang=node',
  },
  {
    key: 'paypal',
    name: 'PayPal',
    category: 'payments',
    packages: ['@paypal/paypal-server-sdk', '@paypal/checkout-server-sdk'],
    hosts: ['api-m.paypal.com', 'api-m.sandbox.paypal.com', 'api.paypal.com'],
    docs: 'https://github.com/paypal/PayPal-TypeScript-Server-SDK',
  },
  {
    key: 'braintree',
    name: 'Braintree',
    category: 'payments',
    packages: ['braintree'],
    hosts: ['*.braintreegateway.com'],
    docs: 'https://developer.paypal.com/braintree/docs/reference/request/customer/create/node',
  },
  {
    key: 'adyen',
    name: 'Adyen',
    category: 'payments',
    packages: ['@adyen/api-library'],
    hosts: ['*.adyen.com', '*.adyenpayments.com'],
    docs: 'https://github.com/Adyen/adyen-node-api-library',
  },
  {
    key: 'lemon-squeezy',
    name: 'Lemon Squeezy',
    category: 'payments',
    packages: ['@lemonsqueezy/lemonsqueezy.js'],
    hosts: ['api.lemonsqueezy.com'],
    docs: 'https://github.com/lmsqueezy/lemonsqueezy.js',
  },
  {
    key: 'paddle',
    name: 'Paddle',
    category: 'payments',
    packages: ['@paddle/paddle-node-sdk', '@paddle/paddle-js'],
    hosts: ['api.paddle.com', 'sandbox-api.paddle.com'],
    docs: 'https://github.com/PaddleHQ/paddle-node-sdk',
  },
  {
    key: 'mollie',
    name: 'Mollie',
    category: 'payments',
    packages: ['@mollie/api-client'],
    hosts: ['api.mollie.com'],
    docs: 'https://github.com/mollie/mollie-api-node',
  },
  {
    key: 'razorpay',
    name: 'Razorpay',
    category: 'payments',
    packages: ['razorpay'],
    hosts: ['api.razorpay.com'],
    docs: 'https://github.com/razorpay/razorpay-node',
  },
  {
    key: 'square',
    name: 'Square',
    category: 'payments',
    packages: ['square'],
    hosts: ['connect.squareup.com', 'connect.squareupsandbox.com'],
    docs: 'https://github.com/square/square-nodejs-sdk',
  },
  // ---- APM -------------------------------------------------------------------------------------
  {
    key: 'datadog',
    name: 'Datadog',
    category: 'apm',
    packages: ['dd-trace', '@datadog/browser-rum', '@datadog/browser-logs'],
    hosts: ['*.datadoghq.com', '*.datadoghq.eu', '*.ddog-gov.com', '*.browser-intake-datadoghq.com'],
    docs: 'https://datadoghq.dev/dd-trace-js/',
  },
  {
    key: 'newrelic',
    name: 'New Relic',
    category: 'apm',
    packages: ['newrelic', '@newrelic/browser-agent'],
    hosts: ['*.newrelic.com', '*.nr-data.net'],
    docs: 'https://docs.newrelic.com/docs/apm/agents/nodejs-agent/api-guides/nodejs-agent-api/',
  },
  {
    // The exporter's backend (Honeycomb, Grafana, Datadog, a self-hosted collector) is configured
    // outside the code that sets attributes, so OpenTelemetry itself is the recipient a team declares.
    key: 'opentelemetry',
    name: 'OpenTelemetry exporter backend',
    category: 'apm',
    packages: ['@opentelemetry/api', '@opentelemetry/api-logs'],
    hosts: [],
    docs: 'https://opentelemetry.io/docs/languages/js/instrumentation/',
  },
  {
    key: 'elastic-apm',
    name: 'Elastic APM',
    category: 'apm',
    packages: ['elastic-apm-node'],
    hosts: [],
    docs: 'https://www.elastic.co/guide/en/apm/agent/nodejs/current/agent-api.html',
  },
  {
    key: 'grafana-faro',
    name: 'Grafana Faro (Frontend Observability)',
    category: 'apm',
    packages: ['@grafana/faro-web-sdk'],
    hosts: ['*.grafana.net'],
    docs: 'https://grafana.com/docs/grafana-cloud/monitor-applications/frontend-observability/',
  },
  // ---- error reporting -------------------------------------------------------------------------
  {
    key: 'sentry',
    name: 'Sentry',
    category: 'error-reporting',
    packages: SENTRY_PACKAGES,
    hosts: ['sentry.io', '*.ingest.sentry.io', '*.ingest.us.sentry.io', '*.ingest.de.sentry.io'],
    docs: 'https://docs.sentry.io/platforms/javascript/enriching-events/identify-user/',
  },
  {
    key: 'bugsnag',
    name: 'Bugsnag',
    category: 'error-reporting',
    packages: ['@bugsnag/js', '@bugsnag/browser', '@bugsnag/node', '@bugsnag/react-native', '@bugsnag/expo'],
    hosts: ['notify.bugsnag.com', 'sessions.bugsnag.com'],
    docs: 'https://docs.bugsnag.com/platforms/javascript/customizing-error-reports/',
  },
  {
    key: 'rollbar',
    name: 'Rollbar',
    category: 'error-reporting',
    packages: ['rollbar'],
    hosts: ['api.rollbar.com'],
    docs: 'https://docs.rollbar.com/docs/nodejs',
  },
  {
    key: 'honeybadger',
    name: 'Honeybadger',
    category: 'error-reporting',
    packages: ['@honeybadger-io/js', '@honeybadger-io/react'],
    hosts: ['api.honeybadger.io'],
    docs: 'https://docs.honeybadger.io/lib/javascript/reference/configuration/',
  },
  {
    key: 'airbrake',
    name: 'Airbrake',
    category: 'error-reporting',
    packages: ['@airbrake/node', '@airbrake/browser'],
    hosts: ['api.airbrake.io', '*.airbrake.io'],
    docs: 'https://github.com/airbrake/airbrake-js',
  },
  // ---- hosted logging --------------------------------------------------------------------------
  {
    key: 'better-stack',
    name: 'Better Stack (Logtail)',
    category: 'logging',
    packages: ['@logtail/node', '@logtail/browser', '@logtail/js'],
    hosts: ['in.logs.betterstack.com', '*.betterstackdata.com'],
    docs: 'https://betterstack.com/docs/logs/javascript/',
  },
  {
    key: 'axiom',
    name: 'Axiom',
    category: 'logging',
    packages: ['@axiomhq/js'],
    hosts: ['api.axiom.co'],
    docs: 'https://axiom.co/docs/guides/javascript',
  },
  // ---- search ----------------------------------------------------------------------------------
  {
    key: 'algolia',
    name: 'Algolia',
    category: 'search',
    packages: ['algoliasearch'],
    hosts: ['*.algolia.net', '*.algolianet.com', '*.algolia.io'],
    docs: 'https://www.algolia.com/doc/libraries/javascript/',
  },
  {
    key: 'elasticsearch',
    name: 'Elasticsearch (Elastic Cloud or self-hosted)',
    category: 'search',
    packages: ['@elastic/elasticsearch'],
    hosts: ['*.elastic-cloud.com', '*.cloud.es.io'],
    docs: 'https://www.elastic.co/guide/en/elasticsearch/client/javascript-api/current/api-reference.html',
  },
  {
    key: 'typesense',
    name: 'Typesense',
    category: 'search',
    packages: ['typesense'],
    hosts: ['*.typesense.net'],
    docs: 'https://typesense.org/docs/latest/api/documents.html',
  },
  {
    key: 'meilisearch',
    name: 'Meilisearch',
    category: 'search',
    packages: ['meilisearch'],
    hosts: ['*.meilisearch.io'],
    docs: 'https://github.com/meilisearch/meilisearch-js',
  },
  // ---- AI --------------------------------------------------------------------------------------
  {
    key: 'openai',
    name: 'OpenAI',
    category: 'ai',
    packages: ['openai', '@ai-sdk/openai', '@langchain/openai'],
    hosts: ['api.openai.com'],
    docs: 'https://platform.openai.com/docs/api-reference',
  },
  {
    key: 'azure-openai',
    name: 'Azure OpenAI',
    category: 'ai',
    packages: ['@azure/openai', '@ai-sdk/azure'],
    hosts: ['*.openai.azure.com'],
    docs: 'https://learn.microsoft.com/en-us/azure/ai-services/openai/supported-languages',
  },
  {
    key: 'anthropic',
    name: 'Anthropic',
    category: 'ai',
    packages: ['@anthropic-ai/sdk', '@ai-sdk/anthropic', '@langchain/anthropic'],
    hosts: ['api.anthropic.com'],
    docs: 'https://docs.anthropic.com/en/api/client-sdks',
  },
  {
    key: 'google-gemini',
    name: 'Google Gemini (Gemini API and Vertex AI)',
    category: 'ai',
    packages: ['@google/genai', '@google/generative-ai', '@google-cloud/vertexai', '@ai-sdk/google', '@langchain/google-genai'],
    hosts: ['generativelanguage.googleapis.com', 'aiplatform.googleapis.com'],
    docs: 'https://ai.google.dev/gemini-api/docs/libraries',
  },
  {
    key: 'mistral',
    name: 'Mistral AI',
    category: 'ai',
    packages: ['@mistralai/mistralai', '@ai-sdk/mistral', '@langchain/mistralai'],
    hosts: ['api.mistral.ai'],
    docs: 'https://github.com/mistralai/client-ts',
  },
  {
    key: 'cohere',
    name: 'Cohere',
    category: 'ai',
    packages: ['cohere-ai', '@ai-sdk/cohere', '@langchain/cohere'],
    hosts: ['api.cohere.com', 'api.cohere.ai'],
    docs: 'https://github.com/cohere-ai/cohere-typescript',
  },
  {
    key: 'groq',
    name: 'Groq',
    category: 'ai',
    packages: ['groq-sdk', '@ai-sdk/groq'],
    hosts: ['api.groq.com'],
    docs: 'https://github.com/groq/groq-typescript',
  },
  {
    key: 'aws-bedrock',
    name: 'Amazon Bedrock',
    category: 'ai',
    packages: ['@aws-sdk/client-bedrock-runtime', '@ai-sdk/amazon-bedrock'],
    hosts: ['bedrock-runtime.*.amazonaws.com'],
    docs: 'https://docs.aws.amazon.com/AWSJavaScriptSDK/v3/latest/client/bedrock-runtime/',
  },
  {
    key: 'replicate',
    name: 'Replicate',
    category: 'ai',
    packages: ['replicate'],
    hosts: ['api.replicate.com'],
    docs: 'https://github.com/replicate/replicate-javascript',
  },
  {
    key: 'huggingface',
    name: 'Hugging Face Inference',
    category: 'ai',
    packages: ['@huggingface/inference'],
    hosts: ['router.huggingface.co', 'api-inference.huggingface.co'],
    docs: 'https://huggingface.co/docs/huggingface.js/inference/README',
  },
  {
    // The Vercel AI SDK sends to the provider package that made its `model`; a plain model id
    // string (`'openai/gpt-4o'`) goes through Vercel's AI Gateway instead.
    key: 'vercel-ai-gateway',
    name: 'Vercel AI Gateway',
    category: 'ai',
    packages: ['@ai-sdk/gateway'],
    hosts: ['ai-gateway.vercel.sh'],
    docs: 'https://vercel.com/docs/ai-gateway',
  },
  {
    // LangChain itself runs in-process; its company receives data only through LangSmith tracing.
    // Model calls made through `@langchain/<provider>` belong to that provider's entry.
    key: 'langsmith',
    name: 'LangSmith (LangChain)',
    category: 'ai',
    packages: ['langsmith'],
    hosts: ['api.smith.langchain.com', 'eu.api.smith.langchain.com'],
    docs: 'https://docs.smith.langchain.com/',
  },
  // ---- storage ---------------------------------------------------------------------------------
  {
    key: 'aws-s3',
    name: 'Amazon S3',
    category: 'storage',
    packages: ['@aws-sdk/client-s3', '@aws-sdk/lib-storage'],
    hosts: ['s3.amazonaws.com', '*.s3.amazonaws.com', 's3.*.amazonaws.com', '*.s3.*.amazonaws.com'],
    docs: 'https://docs.aws.amazon.com/AWSJavaScriptSDK/v3/latest/client/s3/',
  },
  {
    key: 'google-cloud-storage',
    name: 'Google Cloud Storage',
    category: 'storage',
    packages: ['@google-cloud/storage'],
    hosts: ['storage.googleapis.com'],
    docs: 'https://cloud.google.com/nodejs/docs/reference/storage/latest',
  },
  {
    key: 'firebase',
    name: 'Firebase',
    category: 'storage',
    packages: ['firebase', 'firebase-admin'],
    hosts: ['firebasestorage.googleapis.com', '*.firebaseio.com', 'identitytoolkit.googleapis.com', 'fcm.googleapis.com'],
    docs: 'https://firebase.google.com/docs/reference/js',
  },
  {
    key: 'cloudinary',
    name: 'Cloudinary',
    category: 'storage',
    packages: ['cloudinary'],
    hosts: ['api.cloudinary.com', 'res.cloudinary.com'],
    docs: 'https://cloudinary.com/documentation/node_image_and_video_upload',
  },
  {
    key: 'vercel-blob',
    name: 'Vercel Blob',
    category: 'storage',
    packages: ['@vercel/blob'],
    hosts: ['*.blob.vercel-storage.com'],
    docs: 'https://vercel.com/docs/vercel-blob/using-blob-sdk',
  },
  {
    key: 'azure-blob-storage',
    name: 'Azure Blob Storage',
    category: 'storage',
    packages: ['@azure/storage-blob'],
    hosts: ['*.blob.core.windows.net'],
    docs: 'https://learn.microsoft.com/en-us/javascript/api/overview/azure/storage-blob-readme',
  },
  // ---- auth and backend services ---------------------------------------------------------------
  {
    key: 'auth0',
    name: 'Auth0',
    category: 'auth',
    packages: ['auth0'],
    hosts: ['*.auth0.com'],
    docs: 'https://github.com/auth0/node-auth0',
  },
  {
    key: 'clerk',
    name: 'Clerk',
    category: 'auth',
    packages: ['@clerk/backend', '@clerk/nextjs', '@clerk/express', '@clerk/clerk-sdk-node'],
    hosts: ['api.clerk.com', '*.clerk.accounts.dev'],
    docs: 'https://clerk.com/docs/references/backend/user/create-user',
  },
  {
    key: 'workos',
    name: 'WorkOS',
    category: 'auth',
    packages: ['@workos-inc/node'],
    hosts: ['api.workos.com'],
    docs: 'https://workos.com/docs/reference/user-management/user/create',
  },
  {
    key: 'supabase',
    name: 'Supabase',
    category: 'database',
    packages: ['@supabase/supabase-js', '@supabase/ssr'],
    hosts: ['*.supabase.co'],
    docs: 'https://supabase.com/docs/reference/javascript/auth-signup',
  },
  // ---- code hosting and secrets ----------------------------------------------------------------
  {
    key: 'github',
    name: 'GitHub',
    category: 'other',
    packages: ['@octokit/rest', '@octokit/core', 'octokit', '@octokit/app', '@octokit/graphql', '@octokit/request'],
    hosts: ['api.github.com', 'uploads.github.com'],
    docs: 'https://docs.github.com/en/rest',
  },
  {
    key: 'gitlab',
    name: 'GitLab',
    category: 'other',
    packages: ['@gitbeaker/rest', '@gitbeaker/node', '@gitbeaker/core'],
    hosts: ['gitlab.com'],
    docs: 'https://docs.gitlab.com/ee/api/rest/',
  },
  {
    key: 'bitbucket',
    name: 'Bitbucket',
    category: 'other',
    packages: ['bitbucket'],
    hosts: ['api.bitbucket.org', 'bitbucket.org'],
    docs: 'https://developer.atlassian.com/cloud/bitbucket/rest/intro/',
  },
  {
    key: 'gitea',
    name: 'Gitea',
    category: 'other',
    packages: ['gitea-js'],
    hosts: ['gitea.com'],
    docs: 'https://docs.gitea.com/development/api-usage',
  },
  {
    key: 'doppler',
    name: 'Doppler',
    category: 'other',
    packages: ['@dopplerhq/node-sdk'],
    hosts: ['api.doppler.com'],
    docs: 'https://docs.doppler.com/reference/api',
  },
  // ---- other -----------------------------------------------------------------------------------
  {
    key: 'google-maps',
    name: 'Google Maps Platform',
    category: 'other',
    packages: ['@googlemaps/google-maps-services-js'],
    hosts: ['maps.googleapis.com'],
    docs: 'https://github.com/googlemaps/google-maps-services-js',
  },

  // ---- local: loggers, browser storage, files (never manifest recipients) ----------------------
  {
    key: 'console',
    name: 'console',
    category: 'logging',
    packages: [],
    hosts: [],
    docs: 'https://developer.mozilla.org/en-US/docs/Web/API/console',
    isLocal: true,
  },
  { key: 'pino', name: 'pino', category: 'logging', packages: ['pino'], hosts: [], docs: 'https://getpino.io/#/docs/api', isLocal: true },
  {
    key: 'winston',
    name: 'winston',
    category: 'logging',
    packages: ['winston'],
    hosts: [],
    docs: 'https://github.com/winstonjs/winston#usage',
    isLocal: true,
  },
  {
    key: 'bunyan',
    name: 'Bunyan',
    category: 'logging',
    packages: ['bunyan'],
    hosts: [],
    docs: 'https://github.com/trentm/node-bunyan#log-method-api',
    isLocal: true,
  },
  {
    key: 'log4js',
    name: 'log4js',
    category: 'logging',
    packages: ['log4js'],
    hosts: [],
    docs: 'https://log4js-node.github.io/log4js-node/api.html',
    isLocal: true,
  },
  {
    key: 'nestjs-logger',
    name: 'NestJS Logger',
    category: 'logging',
    packages: ['@nestjs/common'],
    hosts: [],
    docs: 'https://docs.nestjs.com/techniques/logger',
    isLocal: true,
  },
  {
    key: 'fastify-logger',
    name: 'Fastify logger (pino)',
    category: 'logging',
    packages: ['fastify'],
    hosts: [],
    docs: 'https://fastify.dev/docs/latest/Reference/Logging/',
    isLocal: true,
  },
  { key: 'debug', name: 'debug', category: 'logging', packages: ['debug'], hosts: [], docs: 'https://github.com/debug-js/debug#usage', isLocal: true },
  {
    key: 'consola',
    name: 'consola',
    category: 'logging',
    packages: ['consola'],
    hosts: [],
    docs: 'https://github.com/unjs/consola#usage',
    isLocal: true,
  },
  {
    key: 'loglevel',
    name: 'loglevel',
    category: 'logging',
    packages: ['loglevel'],
    hosts: [],
    docs: 'https://github.com/pimterry/loglevel#documentation',
    isLocal: true,
  },
  { key: 'tslog', name: 'tslog', category: 'logging', packages: ['tslog'], hosts: [], docs: 'https://tslog.js.org/', isLocal: true },
  {
    key: 'local-storage',
    name: 'localStorage',
    category: 'other',
    packages: [],
    hosts: [],
    docs: 'https://developer.mozilla.org/en-US/docs/Web/API/Window/localStorage',
    isLocal: true,
  },
  {
    key: 'session-storage',
    name: 'sessionStorage',
    category: 'other',
    packages: [],
    hosts: [],
    docs: 'https://developer.mozilla.org/en-US/docs/Web/API/Window/sessionStorage',
    isLocal: true,
  },
  {
    // Server frameworks are listed because their response cookies land in the browser's store.
    key: 'cookies',
    name: 'Browser cookies',
    category: 'other',
    packages: ['js-cookie', 'universal-cookie', 'react-cookie', 'nookies', 'cookies-next', 'express', 'next'],
    hosts: [],
    docs: 'https://developer.mozilla.org/en-US/docs/Web/API/Document/cookie',
    isLocal: true,
  },
  {
    key: 'indexeddb',
    name: 'IndexedDB',
    category: 'other',
    packages: ['idb', 'idb-keyval', 'localforage'],
    hosts: [],
    docs: 'https://developer.mozilla.org/en-US/docs/Web/API/IndexedDB_API',
    isLocal: true,
  },
  {
    key: 'file-system',
    name: 'Local files',
    category: 'other',
    packages: [],
    hosts: [],
    docs: 'https://nodejs.org/api/fs.html',
    isLocal: true,
  },
];

const recipientsByKey = new Map(RECIPIENTS.map((recipient) => [recipient.key, recipient]));

const recipientsByPackage = new Map<string, RecipientEntry[]>();
for (const recipient of RECIPIENTS) {
  for (const packageName of recipient.packages) {
    const list = recipientsByPackage.get(packageName) ?? [];
    list.push(recipient);
    recipientsByPackage.set(packageName, list);
  }
}

interface HostPattern {
  recipient: RecipientEntry;
  /** Labels right to left: `api.segment.io` -> ['io', 'segment', 'api']. */
  labels: string[];
  /** A leading `*.` matches one or more labels (any subdomain depth). */
  hasLeadingWildcard: boolean;
}

const exactHosts = new Map<string, RecipientEntry>();
const hostPatterns: HostPattern[] = [];
for (const recipient of RECIPIENTS) {
  for (const host of recipient.hosts) {
    if (!host.includes('*')) {
      exactHosts.set(host, recipient);
      continue;
    }
    const hasLeadingWildcard = host.startsWith('*.');
    const labels = (hasLeadingWildcard ? host.slice(2) : host).split('.').reverse();
    hostPatterns.push({ recipient, labels, hasLeadingWildcard });
  }
}
// Most specific first: more fixed labels win, so `*.s3.*.amazonaws.com` beats a broader pattern.
hostPatterns.sort((a, b) => fixedLabelCount(b) - fixedLabelCount(a));

function fixedLabelCount(pattern: HostPattern): number {
  return pattern.labels.filter((label) => label !== '*').length;
}

/** The package a module specifier belongs to: `firebase/analytics` -> `firebase`, `@sentry/node/x` -> `@sentry/node`. */
export function packageNameOf(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

export function recipientByKey(key: string): RecipientEntry | undefined {
  return recipientsByKey.get(key);
}

/** Recipients an npm package talks to; accepts a module specifier with a subpath too. */
export function recipientsForPackage(pkg: string): RecipientEntry[] {
  return [...(recipientsByPackage.get(packageNameOf(pkg)) ?? [])];
}

/** The recipient that owns an API host (`us6.api.mailchimp.com` -> mailchimp); a port or trailing dot is ignored. */
export function recipientForHost(host: string): RecipientEntry | undefined {
  const normalized = host.trim().toLowerCase().replace(/:\d+$/, '').replace(/\.$/, '');
  const exact = exactHosts.get(normalized);
  if (exact) return exact;
  const labels = normalized.split('.').reverse();
  for (const pattern of hostPatterns) {
    if (matchesPattern(labels, pattern)) return pattern.recipient;
  }
  return undefined;
}

function matchesPattern(hostLabels: readonly string[], pattern: HostPattern): boolean {
  const { labels } = pattern;
  if (pattern.hasLeadingWildcard ? hostLabels.length <= labels.length : hostLabels.length !== labels.length) return false;
  return labels.every((label, index) => label === '*' || label === hostLabels[index]);
}

/**
 * Recipients revealed by a package.json's `dependencies` and `optionalDependencies` (the caller
 * merges those two; devDependencies never ship), sorted by key. One row per recipient, naming the
 * alphabetically first dependency that revealed it. Local entries (loggers, storage) are left out.
 * An npm alias (`"analytics": "npm:@segment/analytics-node@^2"`) counts as the aliased package.
 */
export function recipientsInDependencies(
  dependencies: Readonly<Record<string, string>>,
): Array<{ key: string; name: string; package: string }> {
  const found = new Map<string, { key: string; name: string; package: string }>();
  const packageNames = Object.entries(dependencies)
    .map(([name, version]) => aliasedPackage(version) ?? name)
    .sort();
  for (const packageName of packageNames) {
    for (const recipient of recipientsByPackage.get(packageName) ?? []) {
      if (recipient.isLocal || found.has(recipient.key)) continue;
      found.set(recipient.key, { key: recipient.key, name: recipient.name, package: packageName });
    }
  }
  return [...found.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** `npm:@segment/analytics-node@^2.1.0` -> `@segment/analytics-node`. */
function aliasedPackage(version: string): string | undefined {
  if (!version.startsWith('npm:')) return undefined;
  const target = version.slice('npm:'.length);
  const versionAt = target.indexOf('@', target.startsWith('@') ? 1 : 0);
  return versionAt === -1 ? target : target.slice(0, versionAt);
}
