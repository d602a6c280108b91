/**
 * The data-category taxonomy: the `user.*` tree of fideslang
 * (https://github.com/ethyca/fideslang, data_files/data_categories.csv, CC BY 4.0), so that a
 * manifest can be exchanged with privacy-as-code tools. The keys are fideslang's; the
 * descriptions are our own.
 *
 * Canonical keys are the fideslang 2.x keys (the ones DESIGN.md uses) plus the 3.2 additions that
 * have no 2.x equivalent. The 3.2 keys that replaced a 2.x key (`user.health`,
 * `user.biometrics.*`, `user.location.coarse`, ...) are aliases of it, so a manifest written for
 * either version means the same thing.
 *
 * `special` marks GDPR Art. 9 special categories; `sensitive` marks CPRA "sensitive personal
 * information" (Cal. Civ. Code 1798.140(ae)).
 */
import { distance } from 'fastest-levenshtein';

export interface Category {
  key: string;
  name: string;
  description: string;
  /** The parent key; absent only for the root `user`. */
  parent?: string;
  /** A special category under GDPR Art. 9. */
  special: boolean;
  /** Sensitive personal information under CPRA 1798.140(ae). */
  sensitive: boolean;
}

interface CategoryInput {
  key: string;
  name: string;
  description: string;
  /** Defaults to the key without its last segment; given only where the tree is not the key path. */
  parent?: string;
  special?: boolean;
  sensitive?: boolean;
}

/** Art. 9 data is also CPRA-sensitive except political opinions, which CPRA does not list. */
const ARTICLE_9 = { special: true, sensitive: true } as const;
const CPRA_SENSITIVE = { sensitive: true } as const;

const CATEGORY_INPUT: CategoryInput[] = [
  { key: 'user', name: 'User data', description: 'Any information that relates to an identified or identifiable person using the system.' },

  { key: 'user.account', name: 'Account', description: 'Information a person gives or the system keeps to create and run their account.' },
  { key: 'user.account.settings', name: 'Account settings', description: "A person's chosen preferences for their account, such as time zone or notification choices." },
  { key: 'user.account.username', name: 'Username', description: 'The handle, login name or nickname that identifies a person within the system.' },

  { key: 'user.authorization', name: 'Authorization', description: 'What a person uses to prove who they are and what they may access.' },
  { key: 'user.authorization.biometric', name: 'Biometric credentials', description: 'Body measurements, such as a fingerprint or face template, used to log a person in.', ...ARTICLE_9 },
  { key: 'user.authorization.credentials', name: 'Credentials', description: 'Secrets that grant access to an account: password hashes, tokens, API keys, one-time-password seeds, recovery codes.', ...CPRA_SENSITIVE },
  { key: 'user.authorization.password', name: 'Password', description: 'A password chosen by the person, in plain or hashed form.', ...CPRA_SENSITIVE },

  { key: 'user.behavior', name: 'Behavior', description: 'What the system observes a person doing.' },
  { key: 'user.behavior.browsing_history', name: 'Browsing history', description: 'The pages or content a person has visited.' },
  { key: 'user.behavior.media_consumption', name: 'Media consumption', description: 'The media a person has watched, read or listened to.' },
  { key: 'user.behavior.purchase_history', name: 'Purchase history', description: 'What a person has bought, when and for how much.' },
  { key: 'user.behavior.search_history', name: 'Search history', description: 'The searches a person has made.' },

  { key: 'user.biometric', name: 'Biometric data', description: "Measurements of a person's body or behaviour that can single them out.", ...ARTICLE_9 },
  { key: 'user.biometric.fingerprint', name: 'Fingerprint', description: "A template or image of a person's fingerprint.", ...ARTICLE_9 },
  { key: 'user.biometric.retinal', name: 'Retina or iris scan', description: "A scan or template of a person's retina or iris.", ...ARTICLE_9 },
  { key: 'user.biometric.voice', name: 'Voiceprint', description: "A recording or template of a person's voice used to recognise them.", ...ARTICLE_9 },
  { key: 'user.biometric.health', name: 'Biometric health data', description: 'Body measurements, such as heart rate or gait, that also describe health.', ...ARTICLE_9 },

  { key: 'user.childrens', name: "Children's data", description: 'Information about a person who is a child.' },
  { key: 'user.children.children_under_thirteen', name: 'Children under thirteen', parent: 'user.childrens', description: 'Information about a child younger than thirteen.' },
  { key: 'user.children.thirteen_to_sixteen', name: 'Children thirteen to sixteen', parent: 'user.childrens', description: 'Information about a child aged thirteen to sixteen.' },

  { key: 'user.contact', name: 'Contact data', description: 'Ways to reach a person.' },
  { key: 'user.contact.address', name: 'Address', description: 'Where a person lives or receives mail, in whole or in part.' },
  { key: 'user.contact.address.city', name: 'City', description: 'The city or town of a person\'s address.' },
  { key: 'user.contact.address.country', name: 'Country', description: "The country of a person's address." },
  { key: 'user.contact.address.postal_code', name: 'Postal code', description: "The postal or ZIP code of a person's address." },
  { key: 'user.contact.address.state', name: 'State or region', description: "The state, province or region of a person's address." },
  { key: 'user.contact.address.street', name: 'Street', description: "The street, house number and address lines of a person's address." },
  { key: 'user.contact.address.mailing_address', name: 'Mailing address', description: 'A complete address a person receives post at.' },
  { key: 'user.contact.email', name: 'Email address', description: 'An email address that reaches a person.' },
  { key: 'user.contact.fax_number', name: 'Fax number', description: 'A fax number that reaches a person.' },
  { key: 'user.contact.organization', name: 'Contact organization', description: 'The organization through which a person can be reached.' },
  { key: 'user.contact.phone_number', name: 'Phone number', description: 'A landline or mobile phone number that reaches a person.' },
  { key: 'user.contact.url', name: 'Website or social profile', description: "A link to a person's own website or social-media profile." },

  { key: 'user.content', name: 'User content', description: 'Content a person creates or that is about them.' },
  { key: 'user.content.private', name: 'Private content', description: "Content a person did not make public, such as the body of their private messages.", ...CPRA_SENSITIVE },
  { key: 'user.content.public', name: 'Public content', description: 'Content a person chose to publish, such as a profile bio.' },
  { key: 'user.content.self_image', name: 'Image of the person', description: 'A photo or picture of a person, such as an avatar or profile picture.' },

  { key: 'user.criminal_history', name: 'Criminal history', description: 'Criminal convictions, offences or records about a person (GDPR Art. 10).' },

  { key: 'user.demographic', name: 'Demographic data', description: 'Characteristics of a person such as age, gender or origin.' },
  { key: 'user.demographic.age_range', name: 'Age', description: "A person's age, age band or year of birth." },
  { key: 'user.demographic.citizenship_or_immigration_status', name: 'Citizenship or immigration status', description: "A person's nationality, citizenship or residence status.", ...CPRA_SENSITIVE },
  { key: 'user.demographic.date_of_birth', name: 'Date of birth', description: "A person's full date of birth." },
  { key: 'user.demographic.gender', name: 'Gender', description: "A person's gender, sex or pronouns." },
  { key: 'user.demographic.language', name: 'Language', description: 'The language or locale a person speaks or prefers.' },
  { key: 'user.demographic.marital_status', name: 'Marital status', description: 'Whether a person is single, married, partnered, divorced or widowed.' },
  { key: 'user.demographic.philosophical_belief', name: 'Philosophical belief', description: "A person's philosophical convictions or worldview.", ...ARTICLE_9 },
  { key: 'user.demographic.political_opinion', name: 'Political opinion', description: "A person's political views or party affiliation.", special: true },
  { key: 'user.demographic.profile', name: 'Profile data', description: 'Other descriptive profile information a person gives about themselves.' },
  { key: 'user.demographic.protected_classifications', name: 'Protected classifications', description: 'Characteristics protected by anti-discrimination law, such as disability or veteran status.' },
  { key: 'user.demographic.race_ethnicity', name: 'Racial or ethnic origin', description: "A person's race or ethnic origin.", ...ARTICLE_9 },
  { key: 'user.demographic.religious_belief', name: 'Religious belief', description: "A person's religion or religious beliefs.", ...ARTICLE_9 },
  { key: 'user.demographic.sexual_orientation', name: 'Sexual orientation', description: "A person's sexual orientation or sex life.", ...ARTICLE_9 },
  { key: 'user.demographic.union_membership', name: 'Trade-union membership', description: 'Whether and where a person is a trade-union member.', ...ARTICLE_9 },

  { key: 'user.device', name: 'Device data', description: "Information about a person's device and its connection." },
  { key: 'user.device.cookie', name: 'Cookie data', description: 'Information about a person kept in a browser cookie.' },
  { key: 'user.device.cookie_id', name: 'Cookie ID', description: 'An identifier stored in a cookie or local storage to recognise a browser or visitor.' },
  { key: 'user.device.device_id', name: 'Device ID', description: 'An identifier of a device: hardware ID, advertising ID, MAC address or push-notification token.' },
  { key: 'user.device.ip_address', name: 'IP address', description: 'The network address a person connects from.' },

  { key: 'user.financial', name: 'Financial data', description: "A person's finances: accounts, cards, income." },
  { key: 'user.financial.bank_account', name: 'Bank account', description: "A person's bank account number or IBAN.", ...CPRA_SENSITIVE },
  { key: 'user.financial.credit_card', name: 'Payment card', description: "A person's credit or debit card number, its last digits or security code.", ...CPRA_SENSITIVE },

  { key: 'user.government_id', name: 'Government ID', description: 'An identifier a state issues to a person.', ...CPRA_SENSITIVE },
  { key: 'user.government_id.birth_certificate', name: 'Birth certificate', description: "The number or content of a person's birth certificate.", ...CPRA_SENSITIVE },
  { key: 'user.government_id.drivers_license_number', name: "Driver's license number", description: "The number of a person's driving licence.", ...CPRA_SENSITIVE },
  { key: 'user.government_id.immigration', name: 'Immigration ID', description: 'A visa, residence-permit or other immigration document number.', ...CPRA_SENSITIVE },
  { key: 'user.government_id.national_identification_number', name: 'National identification number', description: 'A social-security, national-ID or personal tax number.', ...CPRA_SENSITIVE },
  { key: 'user.government_id.passport_number', name: 'Passport number', description: "The number of a person's passport.", ...CPRA_SENSITIVE },
  { key: 'user.government_id.vehicle_registration', name: 'Vehicle registration', description: "A licence plate or registration of a person's vehicle." },

  { key: 'user.health_and_medical', name: 'Health data', description: "Information about a person's physical or mental health or the care they receive.", ...ARTICLE_9 },
  { key: 'user.health_and_medical.genetic', name: 'Genetic data', description: "Information about a person's inherited or acquired genetic characteristics.", ...ARTICLE_9 },
  { key: 'user.health_and_medical.insurance_beneficiary_id', name: 'Health insurance ID', description: "A person's health-insurance member or beneficiary number.", ...ARTICLE_9 },
  { key: 'user.health_and_medical.record_id', name: 'Medical record ID', description: 'An identifier of a person\'s medical record.', ...ARTICLE_9 },
  // fideslang 3.2 health categories with no 2.x equivalent: canonical, filed under the 2.x parent.
  { key: 'user.health.baby_formula', name: 'Baby formula', parent: 'user.health_and_medical', description: 'What baby formula a person buys or uses.', ...ARTICLE_9 },
  { key: 'user.health.condition', name: 'Health condition', parent: 'user.health_and_medical', description: 'A condition, illness, allergy or disability a person has.', ...ARTICLE_9 },
  { key: 'user.health.maternity_clothing', name: 'Maternity clothing', parent: 'user.health_and_medical', description: 'Purchases of maternity clothing, which reveal a pregnancy.', ...ARTICLE_9 },
  { key: 'user.health.medical_diagnosis', name: 'Medical diagnosis', parent: 'user.health_and_medical', description: 'A diagnosis a clinician made for a person.', ...ARTICLE_9 },
  { key: 'user.health.medications', name: 'Medications', parent: 'user.health_and_medical', description: 'Medicines a person takes.', ...ARTICLE_9 },
  { key: 'user.health.prescriptions', name: 'Prescriptions', parent: 'user.health_and_medical', description: 'Prescriptions written for a person.', ...ARTICLE_9 },
  { key: 'user.health.reproductive_or_sexual', name: 'Reproductive or sexual health', parent: 'user.health_and_medical', description: "Information about a person's pregnancy, fertility or sexual health.", ...ARTICLE_9 },
  { key: 'user.health.social_psychological_behavioral', name: 'Mental and behavioural health', parent: 'user.health_and_medical', description: "Information about a person's mental, psychological or behavioural health.", ...ARTICLE_9 },
  // fideslang spells this key `symptons`; we keep its spelling so manifests stay exchangeable.
  { key: 'user.health.symptons', name: 'Symptoms', parent: 'user.health_and_medical', description: 'Symptoms a person reports or shows.', ...ARTICLE_9 },
  { key: 'user.health.treatment', name: 'Treatment', parent: 'user.health_and_medical', description: 'Care, therapy or procedures a person receives.', ...ARTICLE_9 },

  // 3.2 groups job title and workplace under `user.professional_information`; we keep the 2.x keys
  // and file them under that parent so that declaring the parent covers both.
  { key: 'user.professional_information', name: 'Professional information', description: "A person's work: employer, role and title." },
  { key: 'user.job_title', name: 'Job title', parent: 'user.professional_information', description: "A person's job title, occupation or position." },
  { key: 'user.workplace', name: 'Workplace', parent: 'user.professional_information', description: 'The company or organization a person works for.' },

  { key: 'user.location', name: 'Location', description: 'Where a person is or has been.' },
  { key: 'user.location.imprecise', name: 'Imprecise location', description: "A person's location at the level of a city, region or time zone (coarser than about 500 m)." },
  { key: 'user.location.precise', name: 'Precise location', description: "A person's location to within about 500 m, such as GPS coordinates.", ...CPRA_SENSITIVE },

  { key: 'user.name', name: 'Name', description: "A person's real name, whole or displayed." },
  { key: 'user.name.first', name: 'First name', description: "A person's first or given name." },
  { key: 'user.name.last', name: 'Last name', description: "A person's last or family name." },

  { key: 'user.payment', name: 'Payment data', description: 'Payments a person made or received.' },
  { key: 'user.privacy_preferences', name: 'Privacy preferences', description: 'The privacy and consent choices a person made.' },
  { key: 'user.sensor', name: 'Sensor data', description: 'Readings from sensors that describe a person or their surroundings.' },
  { key: 'user.user_sensor', name: 'User sensor data', description: "Sensor readings about a person's environment collected while they use the system." },
  { key: 'user.social', name: 'Social data', description: "A person's social activity and connections: followers, likes, interactions." },
  { key: 'user.telemetry', name: 'Telemetry', description: 'Measurements from monitoring a person\'s use of a device or system that can be tied to them.' },

  { key: 'user.unique_id', name: 'Unique ID', description: 'An identifier the system assigns to a person.' },
  { key: 'user.unique_id.pseudonymous', name: 'Pseudonymous ID', description: 'An identifier that does not name a person but lets their records be linked.' },
  { key: 'user.unique_id.deterministic', name: 'Deterministic ID', description: 'An identifier computed the same way every time from a person\'s data, such as a hashed email.' },
  // fideslang spells this key `probablistic`; kept for exchange.
  { key: 'user.unique_id.probablistic', name: 'Probabilistic ID', description: 'An identifier inferred from signals that probably belong to the same person.' },
];

/** Every canonical category, parents before children within each branch. */
export const CATEGORIES: readonly Category[] = CATEGORY_INPUT.map((input) => {
  const parent = input.key === 'user' ? undefined : (input.parent ?? input.key.slice(0, input.key.lastIndexOf('.')));
  const category: Category = {
    key: input.key,
    name: input.name,
    description: input.description,
    special: input.special ?? false,
    sensitive: input.sensitive ?? false,
  };
  if (parent !== undefined) category.parent = parent;
  return category;
});

/** fideslang 3.2 keys that replaced a 2.x key, mapped to the canonical (2.x) key. */
export const CATEGORY_ALIASES: Readonly<Record<string, string>> = {
  'user.authorization.biometrics': 'user.authorization.biometric',
  'user.biometrics': 'user.biometric',
  'user.biometrics.fingerprint': 'user.biometric.fingerprint',
  'user.biometrics.retinal': 'user.biometric.retinal',
  'user.biometrics.voice': 'user.biometric.voice',
  'user.children': 'user.childrens',
  'user.contact.social_url': 'user.contact.url',
  'user.device.sensor': 'user.sensor',
  'user.device.telemetry': 'user.telemetry',
  'user.health': 'user.health_and_medical',
  'user.health.genetic': 'user.health_and_medical.genetic',
  'user.health.insurance_beneficiary_id': 'user.health_and_medical.insurance_beneficiary_id',
  'user.health.record_id': 'user.health_and_medical.record_id',
  'user.location.coarse': 'user.location.imprecise',
  'user.professional_information.job_title': 'user.job_title',
  'user.professional_information.workplace': 'user.workplace',
  'user.settings': 'user.account.settings',
  'user.social_activity': 'user.social',
};

const categoriesByKey = new Map(CATEGORIES.map((category) => [category.key, category]));

/** The canonical key for a canonical key or an alias; undefined for anything else. */
export function canonicalCategory(key: string): string | undefined {
  if (categoriesByKey.has(key)) return key;
  return Object.hasOwn(CATEGORY_ALIASES, key) ? CATEGORY_ALIASES[key] : undefined;
}

/** The category for a canonical key or an alias. */
export function getCategory(key: string): Category | undefined {
  const canonical = canonicalCategory(key);
  return canonical === undefined ? undefined : categoriesByKey.get(canonical);
}

/** True for a canonical key or an alias. */
export function isCategoryKey(key: string): boolean {
  return canonicalCategory(key) !== undefined;
}

/**
 * True when data of category `actual` is covered by a declaration of `declared`: `declared` is
 * `actual` or one of its ancestors, after resolving aliases. `user` covers every category.
 */
export function categoryCovers(declared: string, actual: string): boolean {
  const declaredKey = canonicalCategory(declared);
  let current = canonicalCategory(actual);
  if (declaredKey === undefined || current === undefined) return false;
  while (current !== undefined) {
    if (current === declaredKey) return true;
    current = categoriesByKey.get(current)?.parent;
  }
  return false;
}

/** True when the category (or alias) is a GDPR Art. 9 special category. */
export function isSpecialCategory(key: string): boolean {
  return getCategory(key)?.special ?? false;
}

/** True when the category (or alias) is CPRA sensitive personal information. */
export function isSensitiveCategory(key: string): boolean {
  return getCategory(key)?.sensitive ?? false;
}

const ALL_KEYS: readonly string[] = [...categoriesByKey.keys(), ...Object.keys(CATEGORY_ALIASES)];

/**
 * The known key closest to a mistyped one, for "did you mean" messages; undefined when nothing is
 * close enough. A missing `user.` prefix is forgiven (`contact.email` -> `user.contact.email`).
 */
export function suggestCategory(input: string): string | undefined {
  const trimmed = input.trim().toLowerCase();
  if (trimmed === '') return undefined;
  if (isCategoryKey(trimmed)) return trimmed;
  // `user.email` is more likely `user.contact.email` than the nearer-spelled `user.name`.
  const lastSegment = trimmed.slice(trimmed.lastIndexOf('.') + 1);
  const sameLastSegment = ALL_KEYS.filter((key) => key.slice(key.lastIndexOf('.') + 1) === lastSegment);
  if (sameLastSegment.length === 1 && sameLastSegment[0] !== trimmed) return sameLastSegment[0];
  const candidates = trimmed.startsWith('user') ? [trimmed] : [trimmed, `user.${trimmed}`];
  // A key cut short (`user.contact.phone`) means the key it starts.
  const completions = ALL_KEYS.filter((key) => candidates.some((candidate) => key.startsWith(candidate) && key !== candidate && /[._]/.test(key[candidate.length]!)));
  if (completions.length > 0) return completions.sort((a, b) => a.length - b.length)[0];
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    for (const key of ALL_KEYS) {
      const keyDistance = distance(candidate, key);
      if (keyDistance < bestDistance) {
        best = key;
        bestDistance = keyDistance;
      }
    }
  }
  // Beyond about a third of the key's length the "suggestion" is another category, not a typo.
  if (best === undefined || bestDistance > Math.max(2, Math.floor(best.length / 3))) return undefined;
  return best;
}
