import { classifyField } from '../../src/classify/classifier.js';
import type { ModelFact } from '../../src/types.js';
import { fieldOf, model, type FieldSpec } from './helpers.js';

/**
 * docs/classification.md section 7, "What the record is": records that say what their otherwise
 * generic fields hold. Each block has the positives and the look-alikes that must stay quiet.
 */
type Expected = Array<[string, string | null]>;

function expectFields(modelFact: ModelFact, expected: Expected): void {
  const actual = expected.map(([name]) => [name, classifyField(fieldOf(modelFact, name), modelFact)?.category ?? null]);
  expect(actual).toEqual(expected);
}

function fields(...specs: Array<string | FieldSpec>): Array<string | FieldSpec> {
  return specs;
}

describe('tracking records: one visitor\'s session, visit or page view', () => {
  test('a page view with a visitor id: device, coarse location, language, pages and click ids are the visitor\'s', () => {
    const pageView = model(
      'PageView',
      fields('id', 'visitorId', 'browserName', 'osVersion', 'deviceType', 'screenResolution', 'country', 'subdivision', 'city',
        'locale', 'pagePath', 'pageTitle', 'landingPage', 'referrerUrl', 'utmCampaign', 'hostname', 'eventName', 'gclid', 'msclkid',
        'dclid', 'durationMs:number', 'page:number'),
    );
    expectFields(pageView, [
      ['visitorId', 'user.device.cookie_id'],
      ['browserName', 'user.device'],
      ['osVersion', 'user.device'],
      ['deviceType', 'user.device'],
      ['screenResolution', 'user.device'],
      ['country', 'user.location.imprecise'],
      ['city', 'user.location.imprecise'],
      ['locale', 'user.demographic.language'],
      ['pagePath', 'user.behavior.browsing_history'],
      ['pageTitle', 'user.behavior.browsing_history'],
      ['landingPage', 'user.behavior.browsing_history'],
      ['referrerUrl', 'user.behavior.browsing_history'],
      ['gclid', 'user.unique_id.pseudonymous'],
      ['msclkid', 'user.unique_id.pseudonymous'],
      ['dclid', 'user.unique_id.pseudonymous'],
      // Campaign tags, the site's host name and event names are about the site, not the visitor.
      ['utmCampaign', null],
      ['hostname', null],
      ['eventName', null],
      ['subdivision', null],
      ['durationMs', null],
      // A page number is not a page someone saw.
      ['page', null],
    ]);
  });

  test('two parts of a parsed user agent are evidence enough; `region` counts beside other location fields', () => {
    expectFields(model('AnalyticsSession', fields('browser', 'os', 'region', 'country', 'referringDomain', 'name')), [
      ['browser', 'user.device'],
      ['os', 'user.device'],
      ['region', 'user.location.imprecise'],
      ['country', 'user.location.imprecise'],
      ['referringDomain', 'user.behavior.browsing_history'],
      ['name', null],
    ]);
  });

  test('a sign-in session with an IP and a user agent is a tracking record too', () => {
    expectFields(model('LoginSession', fields('token', 'ipAddress', 'userAgent', 'city', 'expiresAt:date')), [
      ['token', 'user.authorization.credentials'],
      ['ipAddress', 'user.device.ip_address'],
      ['userAgent', 'user.device'],
      ['city', 'user.location.imprecise'],
      ['expiresAt', null],
    ]);
  });

  test('a calendar event with a city and a url but no visit evidence is not a tracking record', () => {
    expectFields(model('ConcertEvent', fields('title', 'city', 'country', 'url', 'device', 'pageTitle')), [
      ['city', null],
      ['country', null],
      ['url', null],
      ['device', null],
      ['pageTitle', null],
    ]);
  });

  test('one user-agent part alone is not evidence (a kiosk\'s device, a product\'s screen)', () => {
    expectFields(model('KioskVisit', fields('device', 'city', 'url')), [
      ['device', null],
      ['city', null],
      ['url', null],
    ]);
  });

  test('a query or filter schema over visits holds criteria, not a visit', () => {
    expectFields(model('visitsFilterQuerySchema', fields('country', 'city', 'browser', 'os', 'referrer', 'gclid', 'visitorId'), 'collection-point'), [
      ['country', null],
      ['city', null],
      ['browser', null],
      ['os', null],
      ['referrer', null],
      ['gclid', null],
      // A visitor id is a cookie id wherever it is.
      ['visitorId', 'user.device.cookie_id'],
    ]);
  });

  test('click ids and referrers elsewhere are not a visitor\'s: a type describing a referrer, a referral programme', () => {
    expectFields(model('CampaignSourceInfo', fields('gclid', 'fbclid', 'path', 'utmSource'), 'type'), [
      ['gclid', null],
      ['fbclid', null],
      ['path', null],
      ['utmSource', null],
    ]);
    expectFields(model('ReferralReward', fields('referrerName', 'referrerEmail', 'referrerPath')), [
      ['referrerName', 'user.name'],
      ['referrerEmail', 'user.contact.email'],
      ['referrerPath', null],
    ]);
  });
});

describe('payment-card records', () => {
  test('a model with a card number: expiry and holder name are cardholder data', () => {
    expectFields(model('SavedCard', fields('cardNo', 'expiryMonth:number', 'expiryYear:number', 'holderName', 'fullName', 'brand', 'nickname', 'isDefault:boolean')), [
      ['cardNo', 'user.financial.credit_card'],
      ['expiryMonth', 'user.financial.credit_card'],
      ['expiryYear', 'user.financial.credit_card'],
      ['holderName', 'user.name'],
      ['fullName', 'user.name'],
      ['brand', null],
      ['nickname', null],
      ['isDefault', null],
    ]);
  });

  test('a payment method with last4 is a card: its expiry date and name are the holder\'s', () => {
    expectFields(model('StripePaymentMethod', fields('last4', 'expirationDate:date', 'name', 'createdAt:date')), [
      ['last4', 'user.financial.credit_card'],
      ['expirationDate', 'user.financial.credit_card'],
      ['name', 'user.name'],
      ['createdAt', null],
    ]);
  });

  test('a model named for a payment card, without a card number field', () => {
    expectFields(model('CreditCard', fields('expMonth:number', 'expYear:number', 'holder')), [
      ['expMonth', 'user.financial.credit_card'],
      ['expYear', 'user.financial.credit_card'],
      ['holder', null],
    ]);
  });

  test('look-alikes: a kanban card, a token with an expiry, a gift card', () => {
    expectFields(model('KanbanCard', fields('name', 'expiry:date', 'dueDate:date')), [
      ['name', null],
      ['expiry', null],
      ['dueDate', null],
    ]);
    expectFields(model('RefreshGrant', fields('token', 'expiryDate:date')), [
      ['token', 'user.authorization.credentials'],
      ['expiryDate', null],
    ]);
  });
});

describe('sign-in records: the identifier is a login', () => {
  test.each([
    ['MagicLinkToken', 'identifier', 'user.contact.email'],
    ['LoginChallenge', 'identifier', 'user.contact.email'],
    ['PasswordlessAuthenticator', 'pendingIdentifier', 'user.contact.email'],
    ['OtpVerification', 'identifier', 'user.contact.email'],
    ['Mitglied', 'identifier', 'user.contact.email'],
    ['Ticket', 'requester.identifier', 'user.contact.email'],
    // Another system's id for the person, or a thing's identifier.
    ['SocialLogin', 'externalIdentifier', null],
    ['SamlAuthentication', 'providerIdentifier', null],
    ['ApiClientRegistration', 'clientIdentifier', null],
    ['Warehouse', 'identifier', null],
    ['CourseModule', 'identifier', null],
  ])('%s.%s -> %s', (modelName, fieldName, expected) => {
    const modelFact = model(modelName, [fieldName]);
    expect(classifyField(fieldOf(modelFact, fieldName), modelFact)?.category ?? null).toBe(expected);
  });

  test('a composite primary key of a sign-in record keeps its values', () => {
    const tokens = model('MagicLinkToken', [
      { name: 'identifier', isPrimaryKey: true },
      { name: 'token', isPrimaryKey: true },
      'expires:date',
    ]);
    expectFields(tokens, [
      ['identifier', 'user.contact.email'],
      ['token', 'user.authorization.credentials'],
      ['expires', null],
    ]);
  });

  test('the evidence says it is a login', () => {
    const challenge = model('LoginChallenge', ['identifier']);
    expect(classifyField(fieldOf(challenge, 'identifier'), challenge)).toEqual({
      category: 'user.contact.email',
      confidence: 0.7,
      evidence: 'name: identifier (a login) on sign-in record LoginChallenge',
    });
  });
});

describe('financial accounts and purchase history', () => {
  test('a wallet\'s balance is its holder\'s money', () => {
    expectFields(model('PrepaidWallet', fields('balance:number', 'currency', 'label')), [
      ['balance', 'user.financial'],
      ['currency', null],
      ['label', null],
    ]);
  });

  test('an account with a currency is a financial account: its name is the account\'s, its balance the holder\'s', () => {
    expectFields(model('BrokerageAccount', fields('name', 'currency', 'availableBalance:number', 'comment')), [
      ['name', null],
      ['availableBalance', 'user.financial'],
      ['comment', null],
    ]);
  });

  test('an OAuth account without money fields stays a person\'s account', () => {
    expectFields(model('LinkedAccount', fields('name', 'provider', 'accessToken')), [
      ['name', 'user.name'],
      ['provider', null],
      ['accessToken', 'user.authorization.credentials'],
    ]);
  });

  test('a balance record\'s value, and a balance on a person model', () => {
    expectFields(model('WalletBalance', fields('value:number', 'date:date')), [
      ['value', 'user.financial'],
      ['date', null],
    ]);
    expectFields(model('Shopper', fields('walletBalance:number', 'creditBalance:number')), [
      ['walletBalance', 'user.financial'],
      ['creditBalance', 'user.financial'],
    ]);
  });

  test('an organization\'s wallet, an invoice\'s balance and a gift card are not a person\'s money', () => {
    expectFields(model('CompanyWallet', fields('balance:number')), [['balance', null]]);
    expectFields(model('PurchaseInvoice', fields('balance:number', 'balanceDue:number')), [
      ['balance', null],
      ['balanceDue', null],
    ]);
    expectFields(model('GiftVoucher', fields('balance:number')), [['balance', null]]);
  });

  test('what a buyer bought is purchase history; a seller\'s or partner\'s sales are not', () => {
    expectFields(model('Cliente', fields('totalSpent:number', 'lifetimeValue:number', 'orderCount:number', 'sales:number')), [
      ['totalSpent', 'user.behavior.purchase_history'],
      ['lifetimeValue', 'user.behavior.purchase_history'],
      ['orderCount', 'user.behavior.purchase_history'],
      ['sales', 'user.behavior.purchase_history'],
    ]);
    expectFields(model('Booking', fields('guestLifetimeValue:number', 'totalSales:number')), [
      ['guestLifetimeValue', 'user.behavior.purchase_history'],
      ['totalSales', null],
    ]);
    expectFields(model('Vendor', fields('totalSales:number', 'saleAmount:number')), [
      ['totalSales', null],
      ['saleAmount', null],
    ]);
    expectFields(model('Affiliate', fields('sales:number', 'totalSaleAmount:number')), [
      ['sales', null],
      ['totalSaleAmount', null],
    ]);
  });
});

describe('attribute values of a person or a visitor', () => {
  test('the value fields of a person\'s key-value record are data about them', () => {
    expectFields(model('CustomerAttribute', fields('attributeKey', 'value', 'numberValue:number', 'valueDate:date', 'booleanValue:boolean', 'customerId')), [
      ['attributeKey', null],
      ['value', 'user'],
      ['numberValue', 'user'],
      ['valueDate', 'user'],
      // A yes/no attribute says too little to be classified.
      ['booleanValue', null],
      ['customerId', null],
    ]);
    expectFields(model('wp_usermeta', fields('meta_key', 'meta_value')), [
      ['meta_key', null],
      ['meta_value', 'user'],
    ]);
  });

  test('a visitor\'s data on a tracking record', () => {
    expectFields(model('VisitData', fields('visitorId', 'propertyKey', 'textValue', 'numericValue:number')), [
      ['textValue', 'user'],
      ['numericValue', 'user'],
      ['propertyKey', null],
    ]);
  });

  test('look-alikes: a product\'s attributes, a setting, session data with no visitor', () => {
    expectFields(model('ProductAttribute', fields('key', 'value')), [['value', null]]);
    expectFields(model('Setting', fields('key', 'value')), [['value', null]]);
    expectFields(model('HttpSessionData', fields('key', 'value', 'expires:date')), [['value', null]]);
  });
});

describe('embedded people', () => {
  test('a json or object field named for a person, or for who acted, is a copy of that person', () => {
    expectFields(
      model('ArticleRevision', [
        { name: 'author', type: 'object', typeName: 'Pick<Member, "name" | "email">' },
        { name: 'approvedBy', type: 'json' },
        { name: 'comments.reviewer', type: 'json' },
        { name: 'createdBy', type: 'string' },
        { name: 'assignee', type: 'relation' },
        { name: 'parent', type: 'json' },
        { name: 'tags', type: 'json' },
      ]),
      [
        ['author', 'user'],
        ['approvedBy', 'user'],
        ['comments.reviewer', 'user'],
        // A string is a reference (an id or a login), a relation another record.
        ['createdBy', null],
        ['assignee', null],
        // A parent revision, not a parent.
        ['parent', null],
        ['tags', null],
      ],
    );
  });
});

describe('declared types', () => {
  test('a json field typed as a person\'s address holds an address, whatever its name says about it', () => {
    expectFields(
      model('ReturnRequest', [
        { name: 'pickupAddressChange', type: 'json', typeName: 'ClientAddress' },
        { name: 'warehouseAddressChange', type: 'json', typeName: 'WarehouseAddress' },
        { name: 'labelOptions', type: 'json', typeName: 'LabelOptions' },
      ]),
      [
        ['pickupAddressChange', 'user.contact.address'],
        ['warehouseAddressChange', null],
        ['labelOptions', null],
      ],
    );
  });
});

describe('connections to other systems', () => {
  test('a connection\'s configuration holds the credentials it connects with; its settings do not', () => {
    expectFields(model('CrmConnector', fields('name', 'config:json', 'settings:json', 'syncInterval:number')), [
      ['config', 'user.authorization.credentials'],
      ['settings', null],
      ['name', null],
      ['syncInterval', null],
    ]);
    expectFields(model('WarehouseConnection', fields('params', 'extraQueryParams', 'schemaConfig')), [
      ['params', 'user.authorization.credentials'],
      ['extraQueryParams', null],
      ['schemaConfig', null],
    ]);
    expectFields(model('IdentityProvider', fields('oidcConfig', 'samlConfig', 'ldapConfiguration', 'displayConfig')), [
      ['oidcConfig', 'user.authorization.credentials'],
      ['samlConfig', 'user.authorization.credentials'],
      ['ldapConfiguration', 'user.authorization.credentials'],
      ['displayConfig', null],
    ]);
  });

  test('a config elsewhere is not a credential store', () => {
    expectFields(model('ChartWidget', fields('config:json', 'params:json')), [
      ['config', null],
      ['params', null],
    ]);
    expectFields(model('PricingRule', fields('config:json')), [['config', null]]);
    // The credentials have a field of their own; the configuration is the rest.
    expectFields(model('CrmConnector', fields('credentials:json', 'config:json')), [
      ['credentials', 'user.authorization.credentials'],
      ['config', null],
    ]);
  });

  test('a model with a host and a port is a connection to a server: its username is the server\'s', () => {
    expectFields(model('MailRelay', fields('smtpHost', 'smtpPort:number', 'username', 'password', 'senderAddress')), [
      ['username', null],
      ['password', 'user.authorization.credentials'],
      ['senderAddress', 'user.contact.email'],
    ]);
    // Without a host and a port, a username beside a password is a person's login.
    expectFields(model('ExamCandidate', fields('portalUrl', 'username', 'password', 'seatNumber')), [['username', 'user.account.username']]);
  });
});
