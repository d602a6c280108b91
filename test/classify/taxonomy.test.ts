import {
  CATEGORIES,
  CATEGORY_ALIASES,
  canonicalCategory,
  categoryCovers,
  getCategory,
  isCategoryKey,
  isSensitiveCategory,
  isSpecialCategory,
  suggestCategory,
} from '../../src/classify/taxonomy.js';

describe('taxonomy data', () => {
  const keys = new Set(CATEGORIES.map((category) => category.key));

  test('keys are unique, under user, and every parent exists', () => {
    expect(keys.size).toBe(CATEGORIES.length);
    for (const category of CATEGORIES) {
      expect(category.key === 'user' || category.key.startsWith('user.')).toBe(true);
      if (category.key === 'user') expect(category.parent).toBeUndefined();
      else expect(keys.has(category.parent!)).toBe(true);
    }
  });

  test('every category has a name and a one-sentence description', () => {
    for (const category of CATEGORIES) {
      expect(category.name.length).toBeGreaterThan(2);
      expect(category.description).toMatch(/^[A-Z].*\.$/);
      expect(category.description.split(/\.\s+[A-Z]/).length).toBe(1);
    }
  });

  test('the keys DESIGN.md uses are canonical', () => {
    for (const key of [
      'user.contact.email', 'user.contact.phone_number', 'user.contact.address.postal_code', 'user.name.first',
      'user.demographic.date_of_birth', 'user.government_id.passport_number', 'user.financial.bank_account',
      'user.health_and_medical', 'user.biometric', 'user.location.precise', 'user.location.imprecise',
      'user.device.ip_address', 'user.device.cookie_id', 'user.authorization.credentials', 'user.unique_id',
      'user.childrens', 'user.job_title', 'user.workplace', 'user.contact.url', 'user.account.settings', 'user.social',
      'user.sensor', 'user.account.username',
    ]) {
      expect(keys.has(key)).toBe(true);
    }
  });

  test('fideslang 3.2 additions without a 2.x equivalent are canonical', () => {
    for (const key of [
      'user.demographic.union_membership', 'user.demographic.philosophical_belief',
      'user.demographic.citizenship_or_immigration_status', 'user.demographic.protected_classifications',
      'user.contact.address.mailing_address', 'user.unique_id.deterministic', 'user.health.medications',
      'user.children.children_under_thirteen', 'user.professional_information',
    ]) {
      expect(keys.has(key)).toBe(true);
    }
  });

  test('every alias maps to a canonical key and is not itself canonical', () => {
    for (const [alias, canonical] of Object.entries(CATEGORY_ALIASES)) {
      expect(keys.has(alias)).toBe(false);
      expect(keys.has(canonical)).toBe(true);
    }
  });
});

describe('taxonomy lookups', () => {
  test.each([
    ['user.health', 'user.health_and_medical'],
    ['user.health.genetic', 'user.health_and_medical.genetic'],
    ['user.biometrics', 'user.biometric'],
    ['user.biometrics.fingerprint', 'user.biometric.fingerprint'],
    ['user.location.coarse', 'user.location.imprecise'],
    ['user.professional_information.job_title', 'user.job_title'],
    ['user.professional_information.workplace', 'user.workplace'],
    ['user.children', 'user.childrens'],
    ['user.social_activity', 'user.social'],
    ['user.settings', 'user.account.settings'],
    ['user.contact.social_url', 'user.contact.url'],
    ['user.device.sensor', 'user.sensor'],
    ['user.authorization.biometrics', 'user.authorization.biometric'],
    ['user.contact.email', 'user.contact.email'],
  ])('canonicalCategory(%s) = %s', (key, canonical) => {
    expect(canonicalCategory(key)).toBe(canonical);
    expect(isCategoryKey(key)).toBe(true);
    expect(getCategory(key)?.key).toBe(canonical);
  });

  test.each(['user.emails', 'contact.email', 'system.operations', 'user.contact.email.work', '', 'USER.CONTACT.EMAIL', 'toString', '__proto__'])(
    '%j is not a category key',
    (key) => {
      expect(canonicalCategory(key)).toBeUndefined();
      expect(isCategoryKey(key)).toBe(false);
      expect(getCategory(key)).toBeUndefined();
    },
  );

  test.each([
    ['user', 'user.contact.email', true],
    ['user', 'user.health.medications', true],
    ['user.contact', 'user.contact.address.city', true],
    ['user.contact.address', 'user.contact.address.postal_code', true],
    ['user.contact.email', 'user.contact.email', true],
    ['user.health', 'user.health.medications', true],
    ['user.health', 'user.health_and_medical.genetic', true],
    ['user.health_and_medical', 'user.health.condition', true],
    ['user.biometrics', 'user.biometric.fingerprint', true],
    ['user.professional_information', 'user.job_title', true],
    ['user.professional_information', 'user.professional_information.workplace', true],
    ['user.location.coarse', 'user.location.imprecise', true],
    ['user.name', 'user.name.first', true],
    ['user.name.first', 'user.name', false],
    ['user.contact.email', 'user.contact.phone_number', false],
    ['user.contact.address', 'user.contact.email', false],
    ['user.authorization.password', 'user.authorization.credentials', false],
    ['user.location', 'user.contact.address.city', false],
    ['user.unknown', 'user.contact.email', false],
    ['user.contact', 'user.unknown', false],
  ])('categoryCovers(%s, %s) = %s', (declared, actual, expected) => {
    expect(categoryCovers(declared, actual)).toBe(expected);
  });
});

describe('special and sensitive categories', () => {
  test.each([
    'user.health_and_medical', 'user.health', 'user.health.medications', 'user.health_and_medical.genetic',
    'user.biometric', 'user.biometric.fingerprint', 'user.authorization.biometric', 'user.demographic.race_ethnicity',
    'user.demographic.political_opinion', 'user.demographic.religious_belief', 'user.demographic.philosophical_belief',
    'user.demographic.union_membership', 'user.demographic.sexual_orientation',
  ])('%s is special (GDPR Art. 9)', (key) => {
    expect(isSpecialCategory(key)).toBe(true);
  });

  test.each([
    'user.contact.email', 'user.name', 'user.demographic.gender', 'user.demographic.date_of_birth',
    'user.government_id.passport_number', 'user.location.precise', 'user.criminal_history', 'user.childrens', 'user.nonexistent',
  ])('%s is not special', (key) => {
    expect(isSpecialCategory(key)).toBe(false);
  });

  test.each([
    'user.government_id', 'user.government_id.passport_number', 'user.government_id.national_identification_number',
    'user.government_id.drivers_license_number', 'user.authorization.credentials', 'user.authorization.password',
    'user.location.precise', 'user.financial.bank_account', 'user.financial.credit_card', 'user.content.private',
    'user.demographic.citizenship_or_immigration_status', 'user.demographic.race_ethnicity', 'user.health',
    'user.health_and_medical.genetic', 'user.biometric', 'user.demographic.sexual_orientation',
    'user.demographic.union_membership', 'user.demographic.religious_belief',
  ])('%s is sensitive (CPRA)', (key) => {
    expect(isSensitiveCategory(key)).toBe(true);
  });

  test.each([
    'user.contact.email', 'user.name', 'user.location.imprecise', 'user.location.coarse', 'user.financial',
    'user.device.ip_address', 'user.government_id.vehicle_registration', 'user.demographic.political_opinion',
  ])('%s is not sensitive', (key) => {
    expect(isSensitiveCategory(key)).toBe(false);
  });
});

describe('suggestCategory', () => {
  test.each([
    ['user.contact.emial', 'user.contact.email'],
    ['user.contact.phone', 'user.contact.phone_number'],
    ['contact.email', 'user.contact.email'],
    ['user.email', 'user.contact.email'],
    ['user.heath', 'user.health'],
    ['user.demographics.gender', 'user.demographic.gender'],
    ['user.location.coarse', 'user.location.coarse'],
  ])('%s -> %s', (input, suggestion) => {
    expect(suggestCategory(input)).toBe(suggestion);
  });

  test.each(['marketing', 'system.operations.logs', '', 'xyz'])('%j has no suggestion', (input) => {
    expect(suggestCategory(input)).toBeUndefined();
  });
});
