import { classifyField } from '../../src/classify/classifier.js';
import type { FieldType } from '../../src/types.js';
import { fieldOf, model, type FieldSpec } from './helpers.js';

/** Classifies `field` of a model with the given name (and, optionally, sibling fields). */
function classify(modelName: string, field: string | FieldSpec, siblings: string[] = [], kind: 'entity' | 'type' | 'collection-point' = 'entity') {
  const spec: FieldSpec = typeof field === 'string' ? parse(field) : field;
  const modelFact = model(modelName, [spec, ...siblings], kind);
  return classifyField(fieldOf(modelFact, spec.name), modelFact);
}

function parse(text: string): FieldSpec {
  const [name, type] = text.split(':');
  return type ? { name: name!, type: type as FieldType } : { name: name! };
}

describe('classifyField: personal on any model (intrinsic)', () => {
  test.each([
    ['User', 'email', 'user.contact.email'],
    ['Order', 'billingEmail', 'user.contact.email'],
    ['Organization', 'contactEmail', 'user.contact.email'],
    ['Invoice', 'customer_email', 'user.contact.email'],
    ['Subscriber', 'EMAIL_ADDRESS', 'user.contact.email'],
    ['Lead', 'emailAddress', 'user.contact.email'],
    ['Contact', 'e-mail', 'user.contact.email'],
    ['Kunde', 'emailadresse', 'user.contact.email'],
    ['Cliente', 'correo_electronico', 'user.contact.email'],
    ['Utilisateur', 'courriel', 'user.contact.email'],
    ['Booking', 'emails:string', 'user.contact.email'],
    ['User', 'emailLowercase', 'user.contact.email'],
    ['Order', 'phone', 'user.contact.phone_number'],
    ['Store', 'phoneNumber', 'user.contact.phone_number'],
    ['Customer', 'mobile', 'user.contact.phone_number'],
    ['Patient', 'mobile_phone', 'user.contact.phone_number'],
    ['User', 'phone_e164', 'user.contact.phone_number'],
    ['Kunde', 'telefonnummer', 'user.contact.phone_number'],
    ['Kunde', 'handy', 'user.contact.phone_number'],
    ['Cliente', 'telefono', 'user.contact.phone_number'],
    ['Cliente', 'celular', 'user.contact.phone_number'],
    ['Usuario', 'telemovel', 'user.contact.phone_number'],
    ['Klant', 'telefoonnummer', 'user.contact.phone_number'],
    ['Klant', 'mobiel', 'user.contact.phone_number'],
    ['Contact', 'fax', 'user.contact.fax_number'],
    ['Session', 'ipAddress', 'user.device.ip_address'],
    ['AuditLog', 'ip', 'user.device.ip_address'],
    ['User', 'lastLoginIp', 'user.device.ip_address'],
    ['User', 'current_sign_in_ip', 'user.device.ip_address'],
    ['Visit', 'remoteAddr', 'user.device.ip_address'],
    ['Event', 'clientIP', 'user.device.ip_address'],
    ['Event', 'IPv6Address', 'user.device.ip_address'],
    ['Employee', 'ssn', 'user.government_id.national_identification_number'],
    ['Applicant', 'socialSecurityNumber', 'user.government_id.national_identification_number'],
    ['Customer', 'taxId', 'user.government_id.national_identification_number'],
    ['Kunde', 'steuernummer', 'user.government_id.national_identification_number'],
    ['Cliente', 'dni', 'user.government_id.national_identification_number'],
    ['Cliente', 'curp', 'user.government_id.national_identification_number'],
    ['Cliente', 'cpf', 'user.government_id.national_identification_number'],
    ['Klant', 'bsn', 'user.government_id.national_identification_number'],
    ['Traveler', 'passportNumber', 'user.government_id.passport_number'],
    ['Driver', 'driversLicenseNumber', 'user.government_id.drivers_license_number'],
    ['Payout', 'iban', 'user.financial.bank_account'],
    ['Employee', 'bankAccountNumber', 'user.financial.bank_account'],
    ['PaymentMethod', 'cardNumber', 'user.financial.credit_card'],
    ['PaymentMethod', 'last4', 'user.financial.credit_card'],
    ['Card', 'cardLast4', 'user.financial.credit_card'],
    ['Employee', 'ssnLast4', 'user.government_id.national_identification_number'],
    ['User', 'phoneLast4', 'user.contact.phone_number'],
    ['User', 'dateOfBirth', 'user.demographic.date_of_birth'],
    ['User', 'dob:date', 'user.demographic.date_of_birth'],
    ['Member', 'birthday:date', 'user.demographic.date_of_birth'],
    ['Booking', 'birth_date', 'user.demographic.date_of_birth'],
    ['Kunde', 'geburtsdatum:date', 'user.demographic.date_of_birth'],
    ['Paciente', 'fecha_nacimiento', 'user.demographic.date_of_birth'],
    ['Patient', 'dateofbirth', 'user.demographic.date_of_birth'],
    ['User', 'password', 'user.authorization.credentials'],
    ['User', 'passwordHash', 'user.authorization.credentials'],
    ['User', 'hashed_password', 'user.authorization.credentials'],
    ['ApiClient', 'apiKey', 'user.authorization.credentials'],
    ['Webhook', 'secret', 'user.authorization.credentials'],
    ['User', 'totpSecret', 'user.authorization.credentials'],
    ['User', 'twoFactorSecret', 'user.authorization.credentials'],
    ['Account', 'refresh_token', 'user.authorization.credentials'],
    ['Account', 'access_token', 'user.authorization.credentials'],
    ['Account', 'id_token', 'user.authorization.credentials'],
    ['Session', 'sessionToken', 'user.authorization.credentials'],
    ['User', 'resetPasswordToken', 'user.authorization.credentials'],
    ['User', 'verificationToken', 'user.authorization.credentials'],
    ['User', 'backupCodes', 'user.authorization.credentials'],
    ['Benutzer', 'passwort', 'user.authorization.credentials'],
    ['Utilisateur', 'mot_de_passe', 'user.authorization.credentials'],
    ['Usuario', 'contraseña', 'user.authorization.credentials'],
    ['Usuario', 'senha', 'user.authorization.credentials'],
    ['Gebruiker', 'wachtwoord', 'user.authorization.credentials'],
    ['Checkin', 'latitude:number', 'user.location.precise'],
    ['Trip', 'pickupLng:number', 'user.location.precise'],
    ['Photo', 'coordinates:json', 'user.location.precise'],
    ['Device', 'geo:json', 'user.location.precise'],
    ['Device', 'deviceId', 'user.device.device_id'],
    ['User', 'pushToken', 'user.device.device_id'],
    ['Device', 'fcmToken', 'user.device.device_id'],
    ['Event', 'anonymousId', 'user.device.cookie_id'],
    ['Order', 'shipping_address', 'user.contact.address'],
  ])('%s.%s -> %s', (modelName, field, expected) => {
    expect(classify(modelName, field)?.category ?? null).toBe(expected);
  });
});

describe('classifyField: personal only on a person model or with a person qualifier', () => {
  test.each([
    // on person models
    ['User', 'name', 'user.name'],
    ['Customer', 'firstName', 'user.name.first'],
    ['Customer', 'lastName', 'user.name.last'],
    ['Member', 'displayName', 'user.name'],
    ['Profile', 'fullName', 'user.name'],
    ['User', 'username', 'user.account.username'],
    ['User', 'nickname', 'user.account.username'],
    ['User', 'handle', 'user.account.username'],
    ['Customer', 'address', 'user.contact.address'],
    ['Customer', 'address:json', 'user.contact.address'],
    ['Customer', 'street', 'user.contact.address.street'],
    ['Customer', 'addressLine1', 'user.contact.address.street'],
    ['Customer', 'city', 'user.contact.address.city'],
    ['Customer', 'zip', 'user.contact.address.postal_code'],
    ['Customer', 'zipcode', 'user.contact.address.postal_code'],
    ['Customer', 'postalCode', 'user.contact.address.postal_code'],
    ['Customer', 'country', 'user.contact.address.country'],
    ['Customer', 'countryCode', 'user.contact.address.country'],
    ['User', 'avatar', 'user.content.self_image'],
    ['User', 'avatarUrl', 'user.content.self_image'],
    ['User', 'image', 'user.content.self_image'],
    ['User', 'profile_picture', 'user.content.self_image'],
    ['User', 'bio', 'user.content.public'],
    ['User', 'locale', 'user.demographic.language'],
    ['User', 'language', 'user.demographic.language'],
    ['User', 'timeZone', 'user.account.settings'],
    ['Contact', 'company', 'user.workplace'],
    ['Lead', 'companyName', 'user.workplace'],
    ['User', 'organization', 'user.workplace'],
    ['Employee', 'jobTitle', 'user.job_title'],
    ['User', 'gender', 'user.demographic.gender'],
    ['User', 'website', 'user.contact.url'],
    ['Patient', 'diagnosis', 'user.health.medical_diagnosis'],
    ['Patient', 'allergies', 'user.health.condition'],
    ['Patient', 'bloodType', 'user.health_and_medical'],
    ['Patient', 'isPregnant:boolean', 'user.health.reproductive_or_sexual'],
    ['Employee', 'unionMember:boolean', 'user.demographic.union_membership'],
    ['Member', 'religion', 'user.demographic.religious_belief'],
    ['User', 'ethnicity', 'user.demographic.race_ethnicity'],
    ['Employee', 'salary:number', 'user.financial'],
    ['User', 'language_code', 'user.demographic.language'],
    ['Address', 'country_area', 'user.contact.address.state'],
    ['Appointment', 'diagnosis', 'user.health.medical_diagnosis'],
    ['Encounter', 'medications', 'user.health.medications'],
    // multilingual person models and fields
    ['Kunde', 'vorname', 'user.name.first'],
    ['Kunde', 'nachname', 'user.name.last'],
    ['Kunde', 'strasse', 'user.contact.address.street'],
    ['Kunde', 'straße', 'user.contact.address.street'],
    ['Kunde', 'plz', 'user.contact.address.postal_code'],
    ['Kunde', 'postleitzahl', 'user.contact.address.postal_code'],
    ['Mitarbeiter', 'anschrift', 'user.contact.address'],
    ['Mitarbeiter', 'geschlecht', 'user.demographic.gender'],
    ['Utilisateur', 'prenom', 'user.name.first'],
    ['Utilisateur', 'code_postal', 'user.contact.address.postal_code'],
    ['Utilisateur', 'ville', 'user.contact.address.city'],
    ['Usuario', 'nombre', 'user.name'],
    ['Usuario', 'apellidos', 'user.name.last'],
    ['Usuario', 'direccion', 'user.contact.address'],
    ['Usuario', 'codigo_postal', 'user.contact.address.postal_code'],
    ['Paciente', 'sobrenome', 'user.name.last'],
    ['Paciente', 'endereco', 'user.contact.address'],
    ['Paciente', 'morada', 'user.contact.address'],
    ['Paciente', 'cep', 'user.contact.address.postal_code'],
    ['Klant', 'voornaam', 'user.name.first'],
    ['Klant', 'achternaam', 'user.name.last'],
    ['Klant', 'tussenvoegsel', 'user.name.last'],
    ['Klant', 'straat', 'user.contact.address.street'],
    ['Klant', 'huisnummer', 'user.contact.address.street'],
    ['Klant', 'woonplaats', 'user.contact.address.city'],
    ['Gebruiker', 'gebruikersnaam', 'user.account.username'],
    // compound and multilingual model names
    ['UserProfile', 'name', 'user.name'],
    ['TeamMember', 'name', 'user.name'],
    ['CustomerAddress', 'city', 'user.contact.address.city'],
    ['Address', 'street', 'user.contact.address.street'],
    ['CreateUserDto', 'name', 'user.name'],
    ['users', 'name', 'user.name'],
    ['IUser', 'name', 'user.name'],
    ['Invite', 'name', 'user.name'],
    ['Attendee', 'name', 'user.name'],
    // qualifiers make it personal on any model
    ['Order', 'shippingAddress', 'user.contact.address'],
    ['Order', 'customerName', 'user.name'],
    ['Invoice', 'billingCity', 'user.contact.address.city'],
    ['Shipment', 'recipientName', 'user.name'],
    ['Shipment', 'recipient.address.zip', 'user.contact.address.postal_code'],
    ['Order', 'billing.address.city', 'user.contact.address.city'],
    ['Comment', 'authorName', 'user.name'],
    ['Student', 'guardianName', 'user.name'],
    ['Employee', 'emergencyContactName', 'user.name'],
    ['Pedido', 'direccion_envio', 'user.contact.address'],
    ['Pedido', 'nombre_cliente', 'user.name'],
    ['Bestellung', 'lieferadresse', 'user.contact.address'],
    ['Commande', 'adresse_livraison', 'user.contact.address'],
  ])('%s.%s -> %s', (modelName, field, expected) => {
    expect(classify(modelName, field)?.category ?? null).toBe(expected);
  });
});

describe('classifyField: person models recognised by their fields', () => {
  test('first and last name make Order a person model', () => {
    expect(classify('Order', 'address', ['firstName', 'lastName'])?.category).toBe('user.contact.address');
  });
  test('email and password make Credentials a person model', () => {
    expect(classify('Credentials', 'name', ['email', 'passwordHash'])?.category).toBe('user.name');
  });
  test('a date of birth makes Entry a person model', () => {
    expect(classify('Entry', 'city', ['dateOfBirth:date'])?.category).toBe('user.contact.address.city');
  });
  test('a customer email alone does not make Order a person model', () => {
    expect(classify('Order', 'address', ['customerEmail', 'customerFirstName'])).toBeNull();
  });
  test('an ambiguous `state` counts on a person model that has other address fields', () => {
    expect(classify('User', 'state', ['city', 'zip'])?.category).toBe('user.contact.address.state');
    expect(classify('User', 'state')).toBeNull();
    expect(classify('User', 'address.state')?.category).toBe('user.contact.address.state');
    expect(classify('Order', 'billingState')?.category).toBe('user.contact.address.state');
  });
});

describe('classifyField: not personal', () => {
  test.each([
    // keys and references
    ['User', { name: 'id', isPrimaryKey: true }],
    ['User', 'id'],
    ['User', '_id'],
    ['Post', 'userId'],
    ['Post', 'authorId'],
    ['Order', 'customerId'],
    ['User', 'stripeCustomerId'],
    ['Account', 'providerAccountId'],
    ['User', 'externalId'],
    ['User', 'addressId'],
    ['User', 'avatarId'],
    ['User', 'organizationId'],
    ['User', { name: 'email', isForeignKey: true }],
    ['User', { name: 'address', type: 'relation', isRelation: true }],
    ['User', { name: 'phone', isRelation: true, type: 'relation' }],
    // consent flags and consent timestamps
    ['User', 'marketingConsent:boolean'],
    ['User', 'newsletterOptIn:boolean'],
    ['User', 'acceptedTermsAt:date'],
    ['User', 'emailConsent:boolean'],
    ['User', 'smsOptIn:boolean'],
    // booleans and timestamps about a value
    ['User', 'emailVerified:boolean'],
    ['User', 'emailVerified:date'],
    ['User', 'phoneConfirmedAt:date'],
    ['User', 'passwordChangedAt:date'],
    ['User', 'passwordResetExpires:date'],
    ['User', 'resetPasswordExpires:date'],
    ['User', 'emailNotifications:boolean'],
    ['User', 'isEmailPublic:boolean'],
    ['User', 'hasPhone:boolean'],
    ['User', 'twoFactorEnabled:boolean'],
    ['User', 'emailVerificationSentAt:date'],
    ['User', 'otpRequiredForLogin'],
    ['Coupon', 'limitPerEmail:number'],
    // template, type, format, status, count, provider, domain of a value
    ['User', 'emailTemplateId'],
    ['User', 'phoneType'],
    ['User', 'emailStatus'],
    ['User', 'loginCount:number'],
    ['User', 'identityProvider'],
    ['User', 'emailDomain'],
    ['User', 'passwordStrength:number'],
    ['User', 'addressType'],
    ['Account', 'token_type'],
    ['Account', 'expires_at:number'],
    // generic timestamps
    ['User', 'createdAt:date'],
    ['User', 'updatedAt:date'],
    ['User', 'lastLoginAt:date'],
    ['User', 'deletedAt:date'],
    ['User', 'last_login:date'],
    // name, address, image ... on models that are not people
    ['Product', 'name'],
    ['Department', 'name'],
    ['Store', 'address'],
    ['Store', 'city'],
    ['Warehouse', 'country'],
    ['Team', 'image'],
    ['Organization', 'name'],
    ['Workspace', 'name'],
    ['Project', 'name'],
    ['Tenant', 'name'],
    ['StoreAddress', 'street'],
    ['BankAccount', 'name'],
    ['Event', 'location'],
    ['Post', 'language'],
    ['Product', 'description'],
    ['EventType', 'timeZone'],
    // person model, but the field names something else
    ['User', 'title'],
    ['User', 'productName'],
    ['User', 'fileName'],
    ['User', 'teamName'],
    ['User', 'companyAddress'],
    ['User', 'coverImage'],
    ['User', 'theme'],
    ['User', 'role'],
    ['User', 'slug'],
    ['Customer', 'vatNumber'],
    ['Company', 'taxId'],
    ['Server', 'ipAddress'],
    ['User', 'serverIp'],
    ['Store', 'latitude:number'],
    ['Venue', 'lng:number'],
    ['Organization', 'iban'],
    ['SmtpSettings', 'username'],
    ['User', 'smtpUsername'],
    ['SshKey', 'fingerprint'],
    ['User', 'keyFingerprint'],
    ['User', 'publicKey'],
    ['User', 'deviceName'],
    ['Listing', 'homeImage'],
    ['Appointment', 'name'],
    ['Appointment', 'religion'],
    ['Event', 'geohash'],
    ['Order', 'items.name'],
    ['Organization', 'legalName'],
    // generic content: out of scope
    ['Message', 'body'],
    ['Post', 'content'],
    ['Comment', 'text'],
    ['Contact', 'message'],
    // type sanity
    ['User', 'email:boolean'],
    ['User', 'dob:boolean'],
    ['User', 'phone:date'],
    ['User', 'name:number'],
    ['User', 'city:boolean'],
  ])('%s.%j is not personal', (modelName, field) => {
    expect(classify(modelName, field as string | FieldSpec)).toBeNull();
  });
});

describe('classifyField: validators, database types, enum values, doc comments', () => {
  test('@IsEmail() on a field called contact is an email', () => {
    expect(classify('CreateLeadDto', { name: 'contact', validators: ['email'] })).toEqual({
      category: 'user.contact.email',
      confidence: 0.95,
      evidence: 'validator: email',
    });
  });
  test('@IsPhoneNumber() classifies on its own', () => {
    expect(classify('Order', { name: 'reachAt', validators: ['phone'] })?.category).toBe('user.contact.phone_number');
  });
  test('a validator that agrees with the name keeps the name as evidence', () => {
    expect(classify('SignUpDto', { name: 'email', validators: ['email'] })).toEqual({
      category: 'user.contact.email',
      confidence: 0.95,
      evidence: 'name: email',
    });
  });
  test('@db.Inet is an IP address', () => {
    expect(classify('Visit', { name: 'origin', dbType: 'Inet' })).toEqual({
      category: 'user.device.ip_address',
      confidence: 0.9,
      evidence: 'db type: Inet',
    });
    expect(classify('Visit', { name: 'origin', dbType: '@db.Inet' })?.evidence).toBe('db type: Inet');
  });
  test('@db.Inet on a server model is the server\'s address', () => {
    expect(classify('Server', { name: 'origin', dbType: 'Inet' })).toBeNull();
  });
  test('a postal-code validator needs a person owner', () => {
    expect(classify('CreateCustomerDto', { name: 'code', validators: ['postal-code'] })?.category).toBe('user.contact.address.postal_code');
    expect(classify('CreateStoreDto', { name: 'code', validators: ['postal-code'] })).toBeNull();
  });
  test('a UUID validator makes a person-scope name a reference', () => {
    expect(classify('CreateUserDto', { name: 'organization', validators: ['uuid'] })).toBeNull();
  });
  test('gender enum values classify a field with a neutral name', () => {
    expect(classify('Patient', { name: 'kind', type: 'enum', enumValues: ['MALE', 'FEMALE', 'OTHER'] })).toEqual({
      category: 'user.demographic.gender',
      confidence: 0.8,
      evidence: 'enum values: MALE, FEMALE, OTHER',
    });
    expect(classify('Product', { name: 'fit', type: 'enum', enumValues: ['MALE', 'FEMALE'] })).toBeNull();
  });
  test('a doc comment classifies a field whose name says nothing', () => {
    expect(classify('Order', { name: 'contact', doc: "customer's personal mobile number" })).toEqual({
      category: 'user.contact.phone_number',
      confidence: 0.7,
      evidence: 'doc: "customer\'s personal mobile number"',
    });
    expect(classify('Order', { name: 'reach', doc: "customer's home phone" })?.evidence).toBe('doc: "customer\'s home phone"');
  });
  test('doc comments do not classify references, flags about a value or negated mentions', () => {
    expect(classify('Order', { name: 'ownerId', doc: 'ID of the user whose email receives receipts' })).toBeNull();
    expect(classify('User', { name: 'verified', type: 'boolean', doc: 'whether the email address was verified' })).toBeNull();
    expect(classify('Order', { name: 'note', doc: 'free text, no email or phone here' })).toBeNull();
    expect(classify('Credential', { name: 'algorithm', doc: 'derived from the credentials/info response' })).toBeNull();
    expect(classify('Discount', { name: 'code', doc: "If omitted, a unique code will be generated automatically from the partner's name." })).toBeNull();
    expect(classify('Order', { name: 'contact', doc: "a copy of the customer's email" })?.category).toBe('user.contact.email');
  });
  test('tokens a parser split from a text are not credentials', () => {
    expect(classify('SearchState', { name: 'searchTokens' })).toBeNull();
    expect(classify('Filter', { name: 'unsupportedTokens' })).toBeNull();
    expect(classify('SignupInput', { name: 'turnstileToken' })).toBeNull();
    expect(classify('SignupInput', { name: 'recaptchaToken' })).toBeNull();
    expect(classify('Session', { name: 'sessionToken' })?.category).toBe('user.authorization.credentials');
  });
  test('the places a link or a campaign targets are settings, not anyone\'s location', () => {
    expect(classify('Link', { name: 'geo', type: 'json' })).toBeNull();
    expect(classify('Campaign', { name: 'latitude', type: 'number' })).toBeNull();
    expect(classify('Visit', { name: 'geo', type: 'json' })?.category).toBe('user.location.precise');
    expect(classify('Link', { name: 'creatorLatitude', type: 'number' })?.category).toBe('user.location.precise');
  });
  test('a role mailbox of a record that is not a person is not personal', () => {
    expect(classify('Program', { name: 'supportEmail' })).toBeNull();
    expect(classify('Workspace', { name: 'noReplyEmail' })).toBeNull();
    expect(classify('Company', { name: 'salesEmail' })).toBeNull();
    expect(classify('Program', { name: 'ownerEmail' })?.category).toBe('user.contact.email');
    expect(classify('Customer', { name: 'supportEmail' })?.category).toBe('user.contact.email');
  });
  test('a doc that first names the value by the field itself describes other things further on', () => {
    const deepLink = 'The deep link that brought the user to the app. If left blank, Dub will fallback to probabilistic tracking for the user\'s IP address.';
    expect(classify('trackOpenRequest', { name: 'deepLink', doc: deepLink })).toBeNull();
    expect(classify('trackOpenRequest', { name: 'dubDomain', doc: "Your custom domain on Dub, used to look up a click for the user's IP address." })).toBeNull();
    // Naming the value right before the term is the value itself.
    expect(classify('Order', { name: 'contact', doc: "contact: the customer's mobile number" })?.category).toBe('user.contact.phone_number');
  });
  test('a column name classifies a field whose name does not', () => {
    expect(classify('User', { name: 'contactInfo', columnName: 'telefono' })).toEqual({
      category: 'user.contact.phone_number',
      confidence: 0.95,
      evidence: 'column name: telefono (es)',
    });
  });
});

describe('classifyField: evidence and confidence', () => {
  test.each([
    ['User', 'email', 'user.contact.email', 0.95, 'name: email'],
    ['Cliente', 'telefono', 'user.contact.phone_number', 0.95, 'name: telefono (es)'],
    ['Customer', 'address', 'user.contact.address', 0.8, 'name: address in person model Customer'],
    ['Order', 'shippingAddress', 'user.contact.address', 0.85, 'name: address with qualifier shipping'],
    ['Order', 'mailingAddress', 'user.contact.address.mailing_address', 0.85, 'name: mailing address'],
    ['Order', 'kundenname', 'user.name', 0.85, 'name: name with qualifier kunden'],
    ['Event', 'x_forwarded_for', 'user.device.ip_address', 0.95, 'name: x forwarded for'],
    ['Order', 'idPhoto', 'user.content.self_image', 0.95, 'name: id photo'],
    ['Kunde', 'adresse', 'user.contact.address', 0.8, 'name: adresse (de, fr) in person model Kunde'],
    ['User', 'dob', 'user.demographic.date_of_birth', 0.8, 'name: dob'],
    ['User', 'login', 'user.account.username', 0.6, 'name: login in person model User'],
    ['Appointment', 'diagnosis', 'user.health.medical_diagnosis', 0.8, 'name: diagnosis in health record model Appointment'],
  ])('%s.%s', (modelName, field, category, confidence, evidence) => {
    expect(classify(modelName, field)).toEqual({ category, confidence, evidence });
  });

  test('fields of plain TypeScript types are trusted less', () => {
    expect(classify('User', 'email', [], 'type')?.confidence).toBe(0.76);
    expect(classify('User', 'address', [], 'type')?.confidence).toBe(0.64);
    // 0.6 x 0.8 falls below the 0.5 threshold
    expect(classify('User', 'login', [], 'type')).toBeNull();
  });
});

describe('classifyField: a field named only "the value" takes the model name', () => {
  test.each([
    ['UserPassword', 'hash', 'user.authorization.credentials', 'model name: password (field hash)'],
    ['ApiKey', 'hashedKey', 'user.authorization.credentials', 'model name: api key (field hashed key)'],
    ['ApiKey', 'key', 'user.authorization.credentials', 'model name: api key (field key)'],
    ['EmailAddress', 'value', 'user.contact.email', 'model name: email address (field value)'],
  ])('%s.%s -> %s', (modelName, field, category, evidence) => {
    expect(classify(modelName, field)).toEqual({ category, confidence: 0.8, evidence });
  });
  test.each([
    ['Setting', 'value'],
    ['Setting', 'key'],
    ['Product', 'value'],
    ['EmailTemplate', 'key'],
    ['Customer', 'value'],
    ['Translation', 'key'],
  ])('%s.%s is not personal', (modelName, field) => {
    expect(classify(modelName, field)).toBeNull();
  });
});

describe('classifyField: manifest overrides', () => {
  const user = model('User', ['nickname', 'email', 'giftNote']);
  test('an override names the category and wins over the name', () => {
    expect(classifyField(fieldOf(user, 'nickname'), user, { overrides: { 'User.nickname': 'user.name' } })).toEqual({
      category: 'user.name',
      confidence: 1,
      evidence: 'override: fields.User.nickname',
    });
  });
  test('`none` clears a field', () => {
    expect(classifyField(fieldOf(user, 'email'), user, { overrides: { 'User.email': 'none' } })).toBeNull();
  });
  test('an override classifies a field nothing else would', () => {
    expect(classifyField(fieldOf(user, 'giftNote'), user, { overrides: { 'User.giftNote': 'user.content.private' } })?.category).toBe('user.content.private');
  });
  test('a 3.2 alias is stored as its canonical key', () => {
    expect(classifyField(fieldOf(user, 'giftNote'), user, { overrides: { 'User.giftNote': 'user.health' } })?.category).toBe('user.health_and_medical');
  });
  test('overrides match exact Model.field ids only', () => {
    expect(classifyField(fieldOf(user, 'email'), user, { overrides: { 'User.*': 'none', 'Customer.email': 'none' } })?.category).toBe('user.contact.email');
  });
});

describe('nested objects named for a thing own their fields', () => {
  test('a link nested in a person record holds the link\'s URL, not the person\'s', () => {
    expect(classify('Customer', 'link.url:string', ['name:string', 'email:string'])).toBeNull();
    expect(classify('Customer', 'links.url:string', ['name:string', 'email:string'])).toBeNull();
  });
  test('the person record\'s own URL and a nested person\'s fields are still personal', () => {
    expect(classify('Customer', 'website:string', ['name:string', 'email:string'])?.category).toBe('user.contact.url');
    expect(classify('Order', 'customer.email:string')?.category).toBe('user.contact.email');
  });
});
