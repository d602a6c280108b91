import { classifyName } from '../../src/classify/classifier.js';

describe('classifyName: values with no schema', () => {
  test.each([
    ['email', undefined, 'user.contact.email', 0.86, 'name: email'],
    ['customer.email', undefined, 'user.contact.email', 0.86, 'name: email'],
    ['phone', undefined, 'user.contact.phone_number', 0.86, 'name: phone'],
    ['ipAddress', undefined, 'user.device.ip_address', 0.86, 'name: ip address'],
    ['clientIp', undefined, 'user.device.ip_address', 0.86, 'name: client ip'],
    ['password', undefined, 'user.authorization.credentials', 0.86, 'name: password'],
    ['accessToken', undefined, 'user.authorization.credentials', 0.86, 'name: access token'],
    ['ssn', undefined, 'user.government_id.national_identification_number', 0.86, 'name: ssn'],
    ['name', 'customer', 'user.name', 0.72, 'name: name of customer'],
    ['customer.name', undefined, 'user.name', 0.72, 'name: name of customer'],
    ['req.user.name', undefined, 'user.name', 0.72, 'name: name of user'],
    ['address', 'member', 'user.contact.address', 0.72, 'name: address of member'],
    ['city', 'order.shipping', 'user.contact.address.city', 0.77, 'name: city with qualifier shipping'],
    ['shippingAddress', undefined, 'user.contact.address', 0.77, 'name: address with qualifier shipping'],
    ['customerName', undefined, 'user.name', 0.77, 'name: name with qualifier customer'],
    ['diagnosis', 'patient', 'user.health.medical_diagnosis', 0.72, 'name: diagnosis of patient'],
    ['nombre', 'usuario', 'user.name', 0.72, 'name: nombre (es) of usuario'],
    // person-only words count with no owner at all, weakly
    ['firstName', undefined, 'user.name.first', 0.54, 'name: first name (no owner)'],
    ['lastName', undefined, 'user.name.last', 0.54, 'name: last name (no owner)'],
    ['gender', undefined, 'user.demographic.gender', 0.54, 'name: gender (no owner)'],
    // a container after another segment is passed over to the object before it
    ['firstName', 'patients.items', 'user.name.first', 0.72, 'name: first name of patients'],
    ['name', 'data.guests.edges', 'user.name', 0.72, 'name: name of guests'],
    // message addresses and login identifiers read the same without a schema
    ['fromAddress', undefined, 'user.contact.email', 0.86, 'name: from address'],
    ['identifier', 'user', 'user.contact.email', 0.63, 'name: identifier (a login)'],
  ])('%s (owner %s) -> %s', (name, owner, category, confidence, evidence) => {
    expect(classifyName(name, owner === undefined ? {} : { owner })).toEqual({ category, confidence, evidence });
  });

  test.each([
    ['name', undefined],
    ['address', undefined],
    ['city', undefined],
    ['name', 'product'],
    ['product.name', undefined],
    ['address', 'store'],
    ['image', 'team'],
    ['firstName', 'product'],
    ['userId', undefined],
    ['user.id', undefined],
    ['customerId', undefined],
    ['emailVerified', undefined],
    ['isEmailPublic', undefined],
    ['emailTemplateId', undefined],
    ['phoneType', undefined],
    ['loginCount', undefined],
    ['createdAt', undefined],
    ['body', 'req'],
    ['message', undefined],
    ['title', 'user'],
    ['vatNumber', 'customer'],
    ['ip', 'server'],
    ['username', 'smtp'],
    ['latitude', 'store'],
    ['name', 'products.items'],
    ['items.name', 'cart'],
    ['identifier', undefined],
    ['salt', 'user'],
    ['lineHeight', 'reader'],
    ['clientName', 'apiClient'],
  ])('%s (owner %s) is not personal', (name, owner) => {
    expect(classifyName(name, owner === undefined ? {} : { owner })).toBeNull();
  });

  test.each([
    ['password', 'dbConfig'],
    ['password', 'connection'],
    ['accessToken', 'integration'],
    ['channelToken', undefined],
    ['serverIp', undefined],
    ['webhookUrl', 'slack.settings'],
    ['clientSecret', 'setupIntent'],
    ['apiKey', 'globals'],
    ['clientUrl', 'dbData'],
    ['ip', 'getPublicIpWithFallback'],
  ])('%s (owner %s) is a secret or address of the system, not a person', (name, owner) => {
    expect(classifyName(name, owner === undefined ? {} : { owner })).toBeNull();
  });

  test.each([
    ['password', 'user.settings', 'user.authorization.credentials'],
    ['accessToken', 'gitlab', 'user.authorization.credentials'],
    ['clientIp', undefined, 'user.device.ip_address'],
    ['email', 'config', 'user.contact.email'],
  ])('%s (owner %s) stays personal: a person is named, or the category is not one a system has', (name, owner, category) => {
    expect(classifyName(name, owner === undefined ? {} : { owner })?.category).toBe(category);
  });

  test('the type rules out a value that cannot be held', () => {
    expect(classifyName('email', { type: 'boolean' })).toBeNull();
    expect(classifyName('phone', { type: 'relation' })).toBeNull();
    expect(classifyName('dob', { type: 'date' })?.category).toBe('user.demographic.date_of_birth');
    expect(classifyName('dob', { type: 'boolean' })).toBeNull();
  });
});
