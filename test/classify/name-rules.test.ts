import { classifyField, classifyName, isPersonModel } from '../../src/classify/classifier.js';
import type { ModelFact } from '../../src/types.js';
import { fieldOf, model, type FieldSpec } from './helpers.js';

/**
 * The name-level rules of docs/classification.md sections 2 to 5 and 11 that decide look-alikes:
 * keys named for a value, nested paths, message addresses, secrets and their parts, words that
 * count only bare, and what a model's name says about its owner.
 */
type Expected = Array<[string, string | null]>;

function expectFields(modelFact: ModelFact, expected: Expected): void {
  const actual = expected.map(([name]) => [name, classifyField(fieldOf(modelFact, name), modelFact)?.category ?? null]);
  expect(actual).toEqual(expected);
}

function categoryOf(modelName: string, field: string | FieldSpec, siblings: Array<string | FieldSpec> = []): string | null {
  const spec: FieldSpec = typeof field === 'string' ? { name: field } : field;
  const modelFact = model(modelName, [spec, ...siblings]);
  return classifyField(fieldOf(modelFact, spec.name), modelFact)?.category ?? null;
}

describe('primary keys named for a value', () => {
  test.each([
    ['DeviceSession', { name: 'sessionToken', isPrimaryKey: true }, 'user.authorization.credentials'],
    ['NewsletterSignup', { name: 'email', isPrimaryKey: true }, 'user.contact.email'],
    ['Kunde', { name: 'emailAdresse', isPrimaryKey: true }, 'user.contact.email'],
    // Surrogate keys stay keys, whatever the model.
    ['Patient', { name: 'id', isPrimaryKey: true }, null],
    ['Setting', { name: 'key', isPrimaryKey: true }, null],
    ['Currency', { name: 'code', isPrimaryKey: true }, null],
    // A person-scope word as a key is a key: `name` is the lookup value of a lookup table.
    ['Customer', { name: 'name', isPrimaryKey: true }, null],
  ])('%s.%o -> %s', (modelName, spec, expected) => {
    expect(categoryOf(modelName, spec as FieldSpec)).toBe(expected);
  });
});

describe('nested paths', () => {
  test('a container after another segment is not the owner', () => {
    expectFields(model('ListEmployeesQuery', ['employees.nodes.firstName', 'employees.nodes.lastName', 'employees.edges.node.email', 'employees.totalCount:number'], 'type'), [
      ['employees.nodes.firstName', 'user.name.first'],
      ['employees.nodes.lastName', 'user.name.last'],
      ['employees.edges.node.email', 'user.contact.email'],
      ['employees.totalCount', null],
    ]);
  });

  test('a container as the first segment is a real collection', () => {
    expectFields(model('Tutor', ['items.name', 'lessons.title']), [
      ['items.name', null],
      ['lessons.title', null],
    ]);
  });

  test('a segment that is one person noun owns the field: `user.name` is a name, not a username', () => {
    expectFields(model('BookReview', ['user.name', 'user.username', 'user.avatarUrl', 'book.name']), [
      ['user.name', 'user.name'],
      ['user.username', 'user.account.username'],
      ['user.avatarUrl', 'user.content.self_image'],
      ['book.name', null],
    ]);
  });

  test('a value-only field reads with its owner segment', () => {
    expectFields(model('Club', ['invitations.key', 'invitations.code', 'tags.key', 'settings.value']), [
      ['invitations.key', 'user.authorization.credentials'],
      ['invitations.code', 'user.authorization.credentials'],
      ['tags.key', null],
      ['settings.value', null],
    ]);
  });
});

describe('addresses of a message', () => {
  test('as text they are email addresses; structured or after a shipping role, postal addresses', () => {
    expectFields(
      model('OutboundMessage', [
        'fromAddress',
        'toAddresses',
        'replyTo',
        'bcc',
        'ccAddress',
        'inReplyTo',
        'subject',
        { name: 'senderAddress', type: 'json' },
        'shipToAddress',
      ]),
      [
        ['fromAddress', 'user.contact.email'],
        ['toAddresses', 'user.contact.email'],
        ['replyTo', 'user.contact.email'],
        ['bcc', 'user.contact.email'],
        ['ccAddress', 'user.contact.email'],
        // A message id.
        ['inReplyTo', null],
        ['subject', null],
        ['senderAddress', 'user.contact.address'],
        ['shipToAddress', 'user.contact.address'],
      ],
    );
  });

  test('a bare `replyTo` is an address only on a message; on a chat message it is the message replied to', () => {
    expectFields(model('ChatMessage', ['content', 'replyTo']), [['replyTo', null]]);
    expectFields(model('MailerSettings', ['fromAddress', 'replyTo']), [['replyTo', 'user.contact.email']]);
    expectFields(model('AutoResponder', ['subject', 'replyTo', 'replyToAddress']), [
      ['replyTo', 'user.contact.email'],
      ['replyToAddress', 'user.contact.email'],
    ]);
  });

  test('a network or contract address is still not a person\'s', () => {
    expectFields(model('Node', ['listenAddress', 'broadcastAddress']), [
      ['listenAddress', null],
      ['broadcastAddress', null],
    ]);
  });
});

describe('secrets: codes, secret URLs, and what is not a secret', () => {
  test.each([
    ['AuthorizationGrant', 'authorizationCode', 'user.authorization.credentials'],
    ['AuthorizationCode', 'code', 'user.authorization.credentials'],
    ['PhoneVerification', 'verificationCode', 'user.authorization.credentials'],
    ['TwoFactorChallenge', 'otpCode', 'user.authorization.credentials'],
    ['StudyGroup', 'inviteCode', 'user.authorization.credentials'],
    ['Classroom', 'joinCode', 'user.authorization.credentials'],
    ['Tournament', 'accessCode', 'user.authorization.credentials'],
    ['Invitation', 'code', 'user.authorization.credentials'],
    ['ParentalControl', 'pin', 'user.authorization.credentials'],
    ['Alumno', 'securityQuestion', 'user.authorization.credentials'],
    ['KbaSecurityQuestion', 'answer', 'user.authorization.credentials'],
    ['ChatNotifier', 'webhookUrl', 'user.authorization.credentials'],
    ['TeamChatChannel', 'incomingWebhookUrl', 'user.authorization.credentials'],
    ['BuildAlert', 'discordHookUrl', 'user.authorization.credentials'],
    // A webhook subscription's own URL is where it delivers; its secret is the credential.
    ['OutgoingWebhook', 'webhookUrl', null],
    ['OutgoingWebhook', 'url', null],
    ['WebhookEndpoint', 'webhookUrl', null],
    // Codes that grant nothing.
    ['CouponCode', 'code', null],
    ['Voucher', 'promoCode', null],
    ['ReferralCode', 'code', null],
    ['UnitOfMeasure', 'code', null],
    ['Faq', 'answer', null],
    ['PostalArea', 'pinCode', null],
    ['Post', 'isPinned:boolean', null],
    // A salt alone grants nothing; a part of a secret cannot sign anyone in.
    ['Member', 'salt', null],
    ['AccessKey', 'salt', null],
    ['ClientApp', 'partialSecret', null],
    ['DeployToken', 'redactedToken', null],
    ['DeployToken', 'tokenPrefix', null],
    ['PersonalAccessToken', 'last4', null],
    // A PKCE challenge is derived from a verifier and sent in the open.
    ['AuthorizationCode', 'codeChallenge', null],
  ])('%s.%s -> %s', (modelName, field, expected) => {
    const [name, type] = field.split(':');
    expect(categoryOf(modelName, type ? { name: name!, type: type as FieldSpec['type'] } : name!)).toBe(expected);
  });

  test('on a model named for a credential, any hash is that credential hashed', () => {
    expectFields(model('AccessKey', ['lookupHash', 'keyHash', 'name', 'scopes']), [
      ['lookupHash', 'user.authorization.credentials'],
      ['keyHash', 'user.authorization.credentials'],
      ['name', null],
      ['scopes', null],
    ]);
    expectFields(model('Upload', ['contentHash', 'fileName']), [
      ['contentHash', null],
      ['fileName', null],
    ]);
  });

  test('a comment about "this key" speaks of the record, not of the field', () => {
    expectFields(model('AccessKey', [{ name: 'scope', doc: 'The permissions that this API key grants' }, { name: 'note', doc: 'the API key of the bot' }]), [
      ['scope', null],
      ['note', null],
    ]);
    expectFields(model('ChatBot', [{ name: 'botCredentials', doc: 'Encrypted client secret of the bot' }, { name: 'extra', doc: 'Client secret for the partner API' }]), [
      ['botCredentials', 'user.authorization.credentials'],
      ['extra', 'user.authorization.credentials'],
    ]);
  });
});

describe('a hash or fingerprint of a value is the value', () => {
  test.each([
    ['NewsletterSubscriber', 'emailFingerprint', 'user.contact.email'],
    ['Abonnent', 'telefonHash', 'user.contact.phone_number'],
    ['SshKey', 'keyFingerprint', null],
    ['PaymentInstrument', 'cardFingerprint', 'user.financial.credit_card'],
  ])('%s.%s -> %s', (modelName, field, expected) => {
    expect(categoryOf(modelName, field)).toBe(expected);
  });
});

describe('words that count only bare or after a person', () => {
  test.each([
    ['Athlete', 'height:number', 'user.health_and_medical'],
    ['Athlete', 'weight:number', 'user.health_and_medical'],
    ['Appointment', 'patientWeight:number', 'user.health_and_medical'],
    ['Athlete', 'lineHeight:number', null],
    ['Athlete', 'fontWeight:number', null],
    ['Athlete', 'avatarHeight:number', null],
    ['MobileInstall', 'installationId', 'user.device.device_id'],
    ['Repo', 'gitlabInstallationId', null],
    ['ChatServer', 'slackInstallationId', null],
  ])('%s.%s -> %s', (modelName, field, expected) => {
    const [name, type] = field.split(':');
    expect(categoryOf(modelName, type ? { name: name!, type: type as FieldSpec['type'] } : name!)).toBe(expected);
  });

  test('a thing noun before a person-scope word makes it the thing\'s: tier, level, licence', () => {
    expectFields(model('Subscriber', ['tierName', 'levelName', 'licenseName', 'displayName']), [
      ['tierName', null],
      ['levelName', null],
      ['licenseName', null],
      ['displayName', 'user.name'],
    ]);
  });
});

describe('what a model name says about its owner', () => {
  test('the head of a name comes before `With`', () => {
    expectFields(model('ReportWithAuthors', ['name', 'title'], 'type'), [['name', null]]);
    expectFields(model('InvitationWithSender', ['name', 'email'], 'type'), [
      ['name', 'user.name'],
      ['email', 'user.contact.email'],
    ]);
  });

  test('a role word makes an address a person\'s, not a profile', () => {
    expectFields(model('DeliveryProfile', ['name', 'type']), [['name', null]]);
    expectFields(model('BillingAddress', ['name', 'city']), [
      ['name', 'user.name'],
      ['city', 'user.contact.address.city'],
    ]);
  });

  test('a place before an address makes it the place\'s', () => {
    expectFields(model('PickupLocationAddress', ['address_1', 'city', 'postal_code', 'company', 'phone']), [
      ['address_1', null],
      ['city', null],
      ['postal_code', null],
      ['company', null],
      // A phone number is personal on any model.
      ['phone', 'user.contact.phone_number'],
    ]);
  });

  test('a profile with a currency is a financial instrument, not a person', () => {
    expectFields(model('AssetProfile', ['name', 'currency', 'url', 'countries:json']), [
      ['name', null],
      ['url', null],
      ['countries', null],
    ]);
    expectFields(model('HealthProfile', ['allergies', 'bloodType']), [
      ['allergies', 'user.health.condition'],
      ['bloodType', 'user.health_and_medical'],
    ]);
  });

  test('a qualifier repeating the model\'s head names the model: an OAuth client\'s `clientName`', () => {
    expectFields(model('ApiClient', ['clientName', 'clientUri']), [
      ['clientName', null],
      ['clientUri', null],
    ]);
    expectFields(model('Quote', ['clientName']), [['clientName', 'user.name']]);
  });

  test('parent and child are relatives on a person model, tree nodes elsewhere', () => {
    expectFields(model('CategoryTree', ['parentName', 'child_name']), [
      ['parentName', null],
      ['child_name', null],
    ]);
    expectFields(model('Student', ['parentName', 'parentEmail']), [
      ['parentName', 'user.name'],
      ['parentEmail', 'user.contact.email'],
    ]);
  });

  test('partners and developers are people', () => {
    expectFields(model('ResellerPartner', ['name', 'image', 'country', 'companyName']), [
      ['name', 'user.name'],
      ['image', 'user.content.self_image'],
      ['country', 'user.contact.address.country'],
      ['companyName', 'user.workplace'],
    ]);
    expectFields(model('PluginListing', ['developerName', 'developerUrl', 'name', 'developer']), [
      ['developerName', 'user.name'],
      ['developerUrl', 'user.contact.url'],
      ['name', null],
      ['developer', null],
    ]);
  });

  test('a logo on a person model is the image the person is shown with; a brand\'s logo is not', () => {
    expectFields(model('Freelancer', ['logoUrl']), [['logoUrl', 'user.content.self_image']]);
    expectFields(model('Brand', ['logoUrl']), [['logoUrl', null]]);
  });

  test('the state of a person is a person record', () => {
    expectFields(model('ZVisitorPersonState', ['data.language', 'data.timezone'], 'collection-point'), [
      ['data.language', 'user.demographic.language'],
      ['data.timezone', 'user.account.settings'],
    ]);
  });
});

describe('an email and a name make a person record', () => {
  test.each([
    ['JobApplication', ['name', 'email', 'website', 'linkedin', 'country', 'coverLetter']],
    ['ScholarshipSubmission', ['fullName', 'emailAddress']],
    ['Solicitud', ['nombre', 'correo']],
    ['AuditEntry', ['name', 'email', 'action']],
  ])('%s with %j is a person model', (modelName, fieldNames) => {
    expect(isPersonModel(modelName, fieldNames)).toBe(true);
  });

  test.each([
    ['StoreBranch', ['name', 'email']],
    ['TeamMailbox', ['name', 'email']],
    ['WeeklyNewsletter', ['name', 'email']],
    ['Campaign', ['name', 'email']],
    ['MailTemplate', ['name', 'fromAddress']],
    ['LoginChallenge', ['name', 'identifier']],
  ])('%s with %j is not a person model', (modelName, fieldNames) => {
    expect(isPersonModel(modelName, fieldNames)).toBe(false);
  });

  test('the person record\'s fields follow, and what they entered in its form is theirs', () => {
    expectFields(model('JobApplication', ['name', 'email', 'website', 'twitter', 'country', 'formData:json', 'status:enum']), [
      ['name', 'user.name'],
      ['website', 'user.contact.url'],
      ['twitter', 'user.contact.url'],
      ['country', 'user.contact.address.country'],
      ['formData', 'user'],
      ['status', null],
    ]);
    // A form's definition is not anyone's answers.
    expectFields(model('ApplicationForm', ['formData:json', 'title']), [['formData', null]]);
  });

  test('relations do not count: a related list of emails does not make a contest a person', () => {
    expectFields(model('Contest', ['name', { name: 'emails', type: 'relation', isRelation: true }]), [['name', null]]);
  });
});

describe('address lines and labels', () => {
  test('`address_1` is a street line; `addressName` is the label of a saved address', () => {
    expectFields(model('ClientAddress', ['address_1', 'address2', 'addressName', 'addressLabel', 'address']), [
      ['address_1', 'user.contact.address.street'],
      ['address2', 'user.contact.address.street'],
      ['addressName', null],
      ['addressLabel', null],
      ['address', 'user.contact.address'],
    ]);
  });
});

describe('environment constants are configuration, not personal data', () => {
  const configModel = (name: string, fields: string[]) => ({
    name,
    source: 'class-validator' as const,
    kind: 'collection-point' as const,
    file: 'src/env.ts',
    line: 1,
    column: 1,
    fields: fields.map((field, index) => ({ model: name, name: field, type: 'string' as const, validators: [], file: 'src/env.ts', line: index + 2, column: 1 })),
  });
  it.each([
    ['Environment', 'DATABASE_PASSWORD'],
    ['Environment', 'SMTP_USERNAME'],
    ['AppConfig', 'SLACK_CLIENT_SECRET'],
    ['Env', 'EMAIL'],
  ])('%s.%s is not personal', (modelName, field) => {
    const fact = configModel(modelName, [field]);
    expect(classifyField(fact.fields[0], fact)).toBeNull();
  });
  it('keeps a one-word constant-case merge field on a non-config object personal', () => {
    expect(classifyName('EMAIL', { owner: 'mergeFields' })?.category).toBe('user.contact.email');
    expect(classifyName('DATABASE_PASSWORD', { owner: 'env' })).toBeNull();
    expect(classifyName('SMTP_PASSWORD')).toBeNull();
  });
});

describe('token counts and pagination cursors are not credentials', () => {
  it.each(['maxOutputTokens', 'maxTokens', 'inputTokens', 'totalTokens', 'promptTokens', 'nextPageToken', 'pageToken', 'cursorToken', 'designTokens', 'colorTokens'])('%s is not personal', (name) => {
    expect(classifyName(name)).toBeNull();
  });
  it.each(['accessToken', 'refreshToken', 'token', 'sessionToken'])('%s is still a credential', (name) => {
    expect(classifyName(name)?.category).toBe('user.authorization.credentials');
  });
});

describe('a notification service named as the owner is a system', () => {
  it.each([
    ['username', 'mattermost'],
    ['username', 'slack'],
    ['name', 'discord'],
  ])('%s of %s is the bot, not a person', (name, owner) => {
    expect(classifyName(name, { owner })).toBeNull();
  });
  it('a user of the same service is still a person', () => {
    expect(classifyName('username', { owner: 'slackUser' })?.category).toBe('user.account.username');
  });
});

describe('protocol endpoints are not a person\'s web address', () => {
  it.each(['userInfoURL', 'userCallbackUrl', 'userRedirectUrl'])('%s is not personal', (name) => {
    expect(classifyName(name)).toBeNull();
  });
  it('a user\'s own URL still is', () => {
    expect(classifyName('userProfileUrl')?.category).toBe('user.contact.url');
  });
});
