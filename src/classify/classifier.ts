/**
 * Decides whether a field (or a value with no schema) holds personal data, which taxonomy
 * category, how sure we are and why. The policy is docs/classification.md; in short:
 *
 * - the manifest's `fields` override wins over everything;
 * - keys and record references are not personal, nor is a name *about* a value
 *   (`emailVerified`, `phoneType`, `passwordChangedAt`, `emailTemplateId`);
 * - some values are personal on any model (`email`, `ssn`, `passwordHash`, `ipAddress`);
 * - others only on a person model or with a person-role qualifier (`Customer.name`,
 *   `Order.shippingAddress`, not `Product.name`);
 * - validators (`@IsEmail`), database types (`@db.Inet`), enum values and doc comments are
 *   evidence too.
 *
 * The decisive part of a name is its last value word: in `emailTemplateId` the field is an id of
 * a template, in `billingEmail` an email. Words after the value word must not change what the
 * field holds (`emailAddress`, `passwordHash`, `avatarUrl`); anything else makes the field about
 * something else.
 */
import type { Classification, FieldFact, FieldType, ModelFact, Validator } from '../types.js';
import {
  ABOUT_A_VALUE_WORDS,
  ADDRESS_ROLE_WORDS,
  BOOLEAN_PREFIX_WORDS,
  GENERIC_CONTENT_WORDS,
  HEALTH_RECORD_MODEL_NOUNS,
  MODEL_NAME_AFFIXES,
  NOUN_CLASSES,
  OBJECT_PREPOSITIONS,
  PERSON_DETAIL_MODEL_NOUNS,
  PERSON_FORM_NOUNS,
  PERSON_MODEL_NOUNS,
  PERSON_OWNED_MODEL_NOUNS,
  PLACE_MODEL_NOUNS,
  REFERENCE_WORDS,
  TERMS,
  TRANSPARENT_WORDS,
  VALUE_FIELD_WORDS,
  type NounClass,
  type Term,
  type TermStrength,
} from './lexicon.js';
import { canonicalCategory, categoryCovers } from './taxonomy.js';
import { singularOf, splitWords } from './words.js';

export interface ClassifyOptions {
  /** The manifest's `fields`: `'User.nickname' -> 'user.name'`, or `'none'` for not personal. */
  overrides?: Readonly<Record<string, string>>;
}

/** How sure each kind of evidence makes us. See docs/classification.md, "Confidence". */
const CONFIDENCE = {
  anywhere: { strong: 0.95, medium: 0.8, weak: 0.6 },
  qualified: { strong: 0.85, medium: 0.75, weak: 0.6 },
  personModel: { strong: 0.8, medium: 0.7, weak: 0.6 },
  /** A person-only word (`firstName`) on a value whose owner is unknown. */
  noOwner: 0.6,
  validator: 0.95,
  databaseType: 0.9,
  enumValues: 0.8,
  doc: 0.7,
} as const satisfies Record<string, unknown>;

/** Plain TypeScript types may describe anything (view models, API shapes): trust them less. */
const TYPE_MODEL_FACTOR = 0.8;
/** A value found by its name alone, with no schema behind it (DESIGN.md: lower confidence). */
const SCHEMALESS_FACTOR = 0.9;
const MINIMUM_CONFIDENCE = 0.5;

// ---- term matching ---------------------------------------------------------------------------

const termsByFirstWord = new Map<string, Term[]>();
for (const term of TERMS) {
  const list = termsByFirstWord.get(term.words[0]!) ?? [];
  list.push(term);
  termsByFirstWord.set(term.words[0]!, list);
}
for (const list of termsByFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);
const termWords = new Set(TERMS.flatMap((term) => term.words));

interface TermMatch {
  term: Term;
  start: number;
  /** Exclusive. */
  end: number;
}

/** The word as the term table spells it: itself, or its singular when only that is known. */
function termWordOf(word: string): string {
  if (termWords.has(word)) return word;
  const singular = singularOf(word);
  return termWords.has(singular) ? singular : word;
}

/** Term occurrences, left to right, longest phrase first at each position, not overlapping. */
function findTerms(words: readonly string[]): TermMatch[] {
  const keys = words.map(termWordOf);
  const matches: TermMatch[] = [];
  let index = 0;
  while (index < keys.length) {
    const candidates = termsByFirstWord.get(keys[index]!) ?? [];
    const found = candidates.find((term) => term.words.every((word, offset) => keys[index + offset] === word));
    if (found) {
      matches.push({ term: found, start: index, end: index + found.words.length });
      index += found.words.length;
    } else {
      index += 1;
    }
  }
  return matches;
}

function nounClassOf(word: string): NounClass | undefined {
  return NOUN_CLASSES.get(word) ?? NOUN_CLASSES.get(singularOf(word));
}

function isDigits(word: string): boolean {
  return /^\d+$/.test(word);
}

/**
 * Terms that, after another value word, describe part of that value: `ssnLast4` is part of an
 * SSN, not a card; alone (`last4`, as payment APIs name it) they are a card's last digits.
 */
const TRAILING_TERMS: ReadonlySet<string> = new Set(['last 4', 'last four']);

/** A bare `name` (`nombre`, `nom`...) after another term names that term's value: `cityName`. */
function isBareName(term: Term): boolean {
  return term.category === 'user.name' && term.words.length === 1;
}

/**
 * Categories whose value has a name: `cityName` is a city, `streetName` a street. An
 * `emailName` is the display name that goes with an address, so email is not among them.
 */
function hasNamedValue(category: string | null): boolean {
  if (category === null) return false;
  return ['user.contact.address', 'user.workplace', 'user.location', 'user.demographic.language', 'user.job_title'].some((key) => categoryCovers(key, category));
}

/** Contact and name fields are the ones a shipping or billing role makes a person's. */
function isContactCategory(category: string): boolean {
  return category.startsWith('user.contact') || category.startsWith('user.name');
}

// ---- type sanity -----------------------------------------------------------------------------

/** Categories whose facts can be a yes/no (`isPregnant`, `unionMember`); an `emailVerified` cannot. */
const BOOLEAN_CATEGORIES = [
  'user.health_and_medical',
  'user.biometric.health',
  'user.demographic.union_membership',
  'user.demographic.marital_status',
  'user.demographic.protected_classifications',
  'user.criminal_history',
  'user.childrens',
];
const NUMBER_INCOMPATIBLE_CATEGORIES = [
  'user.contact.email',
  'user.name',
  'user.account.username',
  'user.contact.url',
  'user.content',
  'user.contact.address.street',
  'user.contact.address.city',
  'user.contact.address.mailing_address',
  'user.professional_information',
  'user.demographic.language',
  'user.demographic.citizenship_or_immigration_status',
];

function allowsBoolean(category: string): boolean {
  return BOOLEAN_CATEGORIES.some((key) => categoryCovers(key, category));
}

/** False when the storage type cannot hold the value: a boolean `email`, a relation `phone`, a date `password`. */
function typeFits(category: string, type: FieldType | undefined): boolean {
  switch (type) {
    case 'relation':
      return false;
    case 'boolean':
      return allowsBoolean(category);
    case 'date':
      return category === 'user.demographic.date_of_birth';
    case 'number':
      return !NUMBER_INCOMPATIBLE_CATEGORIES.some((key) => categoryCovers(key, category));
    default:
      return true;
  }
}

// ---- owners ----------------------------------------------------------------------------------

/** What the classifier knows about the owner of a name: the model, or the object of a value. */
interface OwnerContext {
  /** A person model (`Customer`) or a person-like owner (`customer` in `customer.email`). */
  isPerson: boolean;
  /** For evidence: `in person model Customer`, `of customer`. */
  personLabel?: string;
  /** The classes of the owner's nouns: a `Store` is a place, `SmtpSettings` a system; `person` for a person. */
  ownerClasses: readonly NounClass[];
  /** Records about one patient (`Appointment`): health terms count. */
  isHealthRecord: boolean;
  healthLabel?: string;
  /** The model has an address field, so an ambiguous `state` or `land` is an address part. */
  hasAddressFields: boolean;
  /** False for a bare value with no owner at all (`const firstName = ...`). */
  hasOwner: boolean;
  /** A role word on the owner path (`order.shipping` + `city`). */
  ownerQualifier?: string;
  type?: FieldType;
}

interface ModelNameFacts {
  words: string[];
  head?: string;
  headClass?: NounClass;
  /** The classes of every noun in the name: `SmtpSettings` names a system. */
  classes: NounClass[];
  isPerson: boolean;
  isHealthRecord: boolean;
}

const modelNameCache = new Map<string, ModelNameFacts>();

/** The words of a model name without affixes (`CreateUserDto` -> user), singular. */
function coreWordsOfModelName(modelName: string): string[] {
  const words = splitWords(modelName).filter((word) => !isDigits(word)).map(singularOf);
  let start = 0;
  let end = words.length;
  while (end - start > 1 && MODEL_NAME_AFFIXES.has(words[start]!)) start++;
  while (end - start > 1 && MODEL_NAME_AFFIXES.has(words[end - 1]!)) end--;
  return words.slice(start, end);
}

/** The last one- or two-word noun: `OAuthClient` -> `oauth client`, `TeamMember` -> `member`. */
function headOf(words: readonly string[]): string | undefined {
  if (words.length === 0) return undefined;
  const last = words[words.length - 1]!;
  if (words.length > 1) {
    const pair = `${words[words.length - 2]} ${last}`;
    if (NOUN_CLASSES.has(pair) || PERSON_FORM_NOUNS.has(pair) || HEALTH_RECORD_MODEL_NOUNS.has(pair)) return pair;
  }
  return last;
}

function modelNameFacts(modelName: string): ModelNameFacts {
  const cached = modelNameCache.get(modelName);
  if (cached) return cached;
  const words = coreWordsOfModelName(modelName);
  const head = headOf(words);
  const headWords = head ? head.split(' ') : [];
  const before = words.slice(0, words.length - headWords.length);
  const beforeClasses = before.map(nounClassOf);
  const hasNonPersonBefore = beforeClasses.some((nounClass) => nounClass !== undefined && nounClass !== 'person');
  const hasPersonBefore = beforeClasses.includes('person');

  let isPerson = false;
  if (head !== undefined) {
    if (PERSON_MODEL_NOUNS.has(head) || PERSON_FORM_NOUNS.has(head)) isPerson = true;
    else if (PERSON_OWNED_MODEL_NOUNS.has(head)) isPerson = !hasNonPersonBefore;
    else if (PERSON_DETAIL_MODEL_NOUNS.has(head)) isPerson = hasPersonBefore && !hasNonPersonBefore;
  }
  let headClass = head === undefined ? undefined : (nounClassOf(head) ?? (PLACE_MODEL_NOUNS.has(head) ? 'place' : undefined));
  if (isPerson) headClass = 'person';

  const allWords = splitWords(modelName).map(singularOf);
  const isHealthRecord = allWords.some(
    (word, index) => HEALTH_RECORD_MODEL_NOUNS.has(word) || (index > 0 && HEALTH_RECORD_MODEL_NOUNS.has(`${allWords[index - 1]} ${word}`)),
  );
  const classes = words.map(nounClassOf).filter((nounClass): nounClass is NounClass => nounClass !== undefined);
  if (headClass !== undefined && !classes.includes(headClass)) classes.push(headClass);
  const facts: ModelNameFacts = { words, isPerson, isHealthRecord, classes };
  if (head !== undefined) facts.head = head;
  if (headClass !== undefined) facts.headClass = headClass;
  modelNameCache.set(modelName, facts);
  return facts;
}

/** The term a whole field name is, when nothing but transparent words surrounds it (`firstName`, `passwordHash`). */
function exactTermOf(fieldName: string): Term | undefined {
  const words = splitWords(fieldName);
  const matches = findTerms(words);
  if (matches.length !== 1) return undefined;
  const [match] = matches;
  if (match!.start !== 0) return undefined;
  return words.slice(match!.end).every((word) => TRANSPARENT_WORDS.has(word) || isDigits(word)) ? match!.term : undefined;
}

/**
 * Fields that only a person record has: first and last name, email with password, date of birth,
 * gender.
 */
function fieldsSayPerson(fieldNames: readonly string[]): boolean {
  const terms = fieldNames.map(exactTermOf).filter((term): term is Term => term !== undefined);
  const has = (category: string): boolean => terms.some((term) => term.category === category);
  if (has('user.name.first') && has('user.name.last')) return true;
  if (has('user.contact.email') && terms.some((term) => term.isPassword)) return true;
  return has('user.demographic.date_of_birth') || has('user.demographic.gender');
}

/**
 * True when records of the model are about one person: its name says so (`User`, `Customer`,
 * `TeamMember`, `UserProfile`, `CustomerAddress`, `Kunde`, `CreateUserDto`) or its fields do
 * (first and last name, email and password, date of birth, gender). `Organization`, `Team`,
 * `Workspace`, `Project`, `Tenant` and `StoreAddress` are not person models.
 */
export function isPersonModel(modelName: string, fieldNames?: readonly string[]): boolean {
  if (modelNameFacts(modelName).isPerson) return true;
  return fieldNames !== undefined && fieldsSayPerson(fieldNames);
}

interface ModelContextBase {
  isPerson: boolean;
  ownerClasses: readonly NounClass[];
  isHealthRecord: boolean;
  hasAddressFields: boolean;
}

const modelContextCache = new WeakMap<ModelFact, ModelContextBase>();

function modelContextOf(model: ModelFact): ModelContextBase {
  const cached = modelContextCache.get(model);
  if (cached) return cached;
  const facts = modelNameFacts(model.name);
  const fieldNames = model.fields.map((field) => field.name);
  const isPerson = facts.isPerson || (model.tableName !== undefined && modelNameFacts(model.tableName).isPerson) || fieldsSayPerson(fieldNames);
  const hasAddressFields = model.fields.some((field) =>
    findTerms(splitWords(field.name)).some(
      (match) => match.term.category !== null && match.term.category.startsWith('user.contact.address') && !match.term.needsAddressContext,
    ),
  );
  const ownerClasses: readonly NounClass[] = isPerson ? ['person'] : facts.classes;
  const context: ModelContextBase = { isPerson, ownerClasses, isHealthRecord: facts.isHealthRecord, hasAddressFields };
  modelContextCache.set(model, context);
  return context;
}

// ---- names -----------------------------------------------------------------------------------

type Verdict =
  | { kind: 'personal'; classification: Classification; term?: Term }
  | { kind: 'not-personal'; reason: string }
  | { kind: 'unknown' };

const UNKNOWN: Verdict = { kind: 'unknown' };

function describeTerm(term: Term): string {
  const languages = term.languages.filter((language) => language !== 'en');
  return languages.length === term.languages.length ? `${term.phrase} (${languages.join(', ')})` : term.phrase;
}

/** A word before or after the value word that makes it a person's: `customer`, `shipping` (for contact data). */
function qualifierIn(words: readonly string[], category: string): string | undefined {
  for (const word of words) {
    if (nounClassOf(word) === 'person') return word;
    if (ADDRESS_ROLE_WORDS.has(word) && isContactCategory(category)) return word;
  }
  return undefined;
}

/**
 * Walks the words before the value word, nearest first, to the first one that says who owns the
 * value: a person or role (`customerName`, `shippingCity`) or something else (`productName`,
 * `companyAddress`, `serverIp`). Words that say neither (`legal`, `preferred`) are passed over.
 */
function nearestOwner(leading: readonly string[], category: string): { word: string; nounClass: NounClass | 'role' } | undefined {
  for (let index = leading.length - 1; index >= 0; index--) {
    const word = leading[index]!;
    const pair = index > 0 ? `${leading[index - 1]} ${word}` : undefined;
    const pairClass = pair === undefined ? undefined : NOUN_CLASSES.get(pair);
    if (pairClass !== undefined) return { word: pair!, nounClass: pairClass };
    const nounClass = nounClassOf(word);
    if (nounClass !== undefined) return { word, nounClass };
    if (ADDRESS_ROLE_WORDS.has(word) && isContactCategory(category)) return { word, nounClass: 'role' };
  }
  return undefined;
}

function personal(category: string, confidence: number, evidence: string, term?: Term): Verdict {
  const classification: Classification = { category, confidence, evidence };
  return term ? { kind: 'personal', classification, term } : { kind: 'personal', classification };
}

/**
 * Classifies a name already split into words. `evidenceKind` is `name`, or `column name` when the
 * words come from a database column name.
 */
function classifyWords(words: readonly string[], owner: OwnerContext, evidenceKind = 'name'): Verdict {
  if (words.length === 0) return UNKNOWN;
  const matches = findTerms(words);
  if (matches.length === 0) {
    const last = words[words.length - 1]!;
    if (REFERENCE_WORDS.has(last) || REFERENCE_WORDS.has(singularOf(last))) return { kind: 'not-personal', reason: 'record reference' };
    if (words.some((word) => ABOUT_A_VALUE_WORDS.has(word))) return { kind: 'not-personal', reason: 'about a value' };
    if (words.every((word) => GENERIC_CONTENT_WORDS.has(word))) return { kind: 'not-personal', reason: 'free-text content' };
    return UNKNOWN;
  }

  let headIndex = matches.length - 1;
  let head = matches[headIndex]!;
  let trailingStart = head.end;
  // `avatarUrl`, `websiteLink`: a word that may follow any value is not the value here.
  const previous = headIndex > 0 && matches[headIndex - 1]!.end === head.start ? matches[headIndex - 1]! : undefined;
  const isTrailingWord = (head.term.words.length === 1 && TRANSPARENT_WORDS.has(head.term.words[0]!)) || TRAILING_TERMS.has(head.term.phrase);
  if (previous && previous.term.category !== null && (isTrailingWord || (isBareName(head.term) && hasNamedValue(previous.term.category)))) {
    headIndex -= 1;
    head = matches[headIndex]!;
    trailingStart = matches[headIndex + 1]!.end;
  }
  const term = head.term;
  const trailing = words.slice(trailingStart);
  const trailingFits = trailing.every((word) => isDigits(word) || TRANSPARENT_WORDS.has(word) || ADDRESS_ROLE_WORDS.has(word) || nounClassOf(word) === 'person');
  if (!trailingFits) return { kind: 'not-personal', reason: `about ${term.phrase}, not the value` };
  const category = term.category;
  if (category === null) return { kind: 'not-personal', reason: `${term.phrase} is not about a person` };

  const leading = words.slice(0, head.start);
  if (leading.length > 0 && BOOLEAN_PREFIX_WORDS.has(leading[0]!) && !allowsBoolean(category)) {
    return { kind: 'not-personal', reason: `a flag about ${term.phrase}` };
  }
  if (leading.length > 0 && OBJECT_PREPOSITIONS.has(leading[leading.length - 1]!)) {
    return { kind: 'not-personal', reason: `about something for ${term.phrase}` };
  }
  if (!typeFits(category, owner.type)) return { kind: 'not-personal', reason: `a ${owner.type} cannot hold ${term.phrase}` };

  const nameEvidence = `${evidenceKind}: ${describeTerm(term)}`;
  const nearest = nearestOwner(leading, category);

  if (term.scope === 'anywhere') {
    if (term.notFor.length > 0) {
      const ownerClasses = nearest && nearest.nounClass !== 'role' ? [nearest.nounClass] : owner.ownerClasses;
      const blocking = ownerClasses.find((nounClass) => term.notFor.includes(nounClass));
      if (blocking !== undefined) return { kind: 'not-personal', reason: `${term.phrase} of a ${blocking}` };
    }
    return personal(category, CONFIDENCE.anywhere[term.strength], nameEvidence, term);
  }

  // Person-scope: who owns the value decides.
  if (nearest && nearest.nounClass !== 'person' && nearest.nounClass !== 'role') {
    return { kind: 'not-personal', reason: `${term.phrase} of a ${nearest.nounClass} (${nearest.word})` };
  }
  // A role inside the phrase counts too: `homeAddress`, `mailingAddress`, `personalWebsite`.
  const qualifier =
    nearest?.word ?? qualifierIn(term.words, category) ?? qualifierIn(trailing, category) ?? (isContactCategory(category) ? owner.ownerQualifier : undefined);
  if (term.needsAddressContext && !qualifier && !owner.hasAddressFields && !hasAddressWord(words)) return UNKNOWN;
  if (qualifier !== undefined) {
    const evidence = term.words.includes(qualifier) ? nameEvidence : `${nameEvidence} with qualifier ${qualifier}`;
    return personal(category, CONFIDENCE.qualified[term.strength], evidence, term);
  }
  if (owner.isPerson) {
    return personal(category, CONFIDENCE.personModel[term.strength], owner.personLabel ? `${nameEvidence} ${owner.personLabel}` : nameEvidence, term);
  }
  if (owner.isHealthRecord && categoryCovers('user.health_and_medical', category)) {
    return personal(category, CONFIDENCE.personModel[term.strength], owner.healthLabel ? `${nameEvidence} ${owner.healthLabel}` : nameEvidence, term);
  }
  if (!owner.hasOwner && term.personOnly) {
    return personal(category, CONFIDENCE.noOwner, `${nameEvidence} (no owner)`, term);
  }
  return { kind: 'not-personal', reason: `${term.phrase} of something that is not a person` };
}

function hasAddressWord(words: readonly string[]): boolean {
  return findTerms(words).some((match) => match.term.category === 'user.contact.address' || match.term.category === 'user.contact.address.mailing_address');
}

/**
 * A field named only "the value" (`hash`, `value`, `key`) holds what its model is named for:
 * `UserPassword.hash` is a password, `ApiKey.key` a credential, `EmailAddress.value` an email.
 * Only values that are personal anywhere count: `Product.value` is not a product's name.
 */
function classifyByModelName(words: readonly string[], modelName: string, owner: OwnerContext): Verdict {
  if (words.length === 0 || !words.every((word) => VALUE_FIELD_WORDS.has(word))) return UNKNOWN;
  const modelVerdict = classifyWords(coreWordsOfModelName(modelName), { ...owner, isPerson: false, isHealthRecord: false, hasOwner: true });
  if (modelVerdict.kind !== 'personal' || modelVerdict.term?.scope !== 'anywhere') return UNKNOWN;
  const { category, confidence } = modelVerdict.classification;
  return personal(category, Math.min(confidence, CONFIDENCE.anywhere.medium), `model name: ${describeTerm(modelVerdict.term)} (field ${words.join(' ')})`, modelVerdict.term);
}

// ---- validators, database types, enum values, doc comments ---------------------------------------

/** What a validator says the value is; `person` ones need a person owner like person-scope names. */
const VALIDATOR_CATEGORIES: Partial<Record<Validator, { category: string; scope: 'anywhere' | 'person'; strength?: TermStrength }>> = {
  email: { category: 'user.contact.email', scope: 'anywhere' },
  phone: { category: 'user.contact.phone_number', scope: 'anywhere' },
  ip: { category: 'user.device.ip_address', scope: 'anywhere' },
  'mac-address': { category: 'user.device.device_id', scope: 'anywhere' },
  'credit-card': { category: 'user.financial.credit_card', scope: 'anywhere' },
  iban: { category: 'user.financial.bank_account', scope: 'anywhere' },
  latitude: { category: 'user.location.precise', scope: 'anywhere' },
  longitude: { category: 'user.location.precise', scope: 'anywhere' },
  'lat-long': { category: 'user.location.precise', scope: 'anywhere' },
  password: { category: 'user.authorization.credentials', scope: 'anywhere' },
  jwt: { category: 'user.authorization.credentials', scope: 'anywhere', strength: 'medium' },
  'passport-number': { category: 'user.government_id.passport_number', scope: 'anywhere' },
  'identity-card': { category: 'user.government_id.national_identification_number', scope: 'anywhere' },
  'tax-id': { category: 'user.government_id.national_identification_number', scope: 'anywhere' },
  'postal-code': { category: 'user.contact.address.postal_code', scope: 'person' },
  country: { category: 'user.contact.address.country', scope: 'person' },
  locale: { category: 'user.demographic.language', scope: 'person' },
};

/** Database column types that say what a value is (PostgreSQL `inet`, `macaddr`, PostGIS types). */
const DATABASE_TYPE_CATEGORIES: Readonly<Record<string, { category: string; scope: 'anywhere' | 'person'; notFor?: readonly NounClass[] }>> = {
  inet: { category: 'user.device.ip_address', scope: 'anywhere', notFor: ['system'] },
  cidr: { category: 'user.device.ip_address', scope: 'anywhere', notFor: ['system'] },
  macaddr: { category: 'user.device.device_id', scope: 'anywhere' },
  macaddr8: { category: 'user.device.device_id', scope: 'anywhere' },
  point: { category: 'user.location.precise', scope: 'person' },
  geography: { category: 'user.location.precise', scope: 'person' },
  geometry: { category: 'user.location.precise', scope: 'person' },
};

/** Does the owner (or a qualifier in the name) make a person-scope value personal? */
function personContextFor(words: readonly string[], owner: OwnerContext, category: string): { ok: boolean; qualifier?: string } {
  const nearest = nearestOwner(words, category);
  if (nearest && nearest.nounClass !== 'person' && nearest.nounClass !== 'role') return { ok: false };
  if (nearest) return { ok: true, qualifier: nearest.word };
  if (owner.isPerson) return { ok: true };
  return { ok: false };
}

function classifyByValidators(validators: readonly Validator[], words: readonly string[], owner: OwnerContext): Verdict {
  for (const validator of validators) {
    const meaning = VALIDATOR_CATEGORIES[validator];
    if (!meaning || !typeFits(meaning.category, owner.type)) continue;
    if (meaning.scope === 'person' && !personContextFor(words, owner, meaning.category).ok) continue;
    const confidence = meaning.strength === 'medium' ? CONFIDENCE.anywhere.medium : CONFIDENCE.validator;
    return personal(meaning.category, confidence, `validator: ${validator}`);
  }
  return UNKNOWN;
}

function classifyByDatabaseType(databaseType: string | undefined, words: readonly string[], owner: OwnerContext): Verdict {
  if (!databaseType) return UNKNOWN;
  const written = databaseType.replace(/^@db\./, '').replace(/\(.*$/, '').trim();
  const meaning = DATABASE_TYPE_CATEGORIES[written.toLowerCase()];
  if (!meaning || !typeFits(meaning.category, owner.type)) return UNKNOWN;
  if (meaning.scope === 'person' && !personContextFor(words, owner, meaning.category).ok) return UNKNOWN;
  if (meaning.notFor && owner.ownerClasses.some((nounClass) => meaning.notFor!.includes(nounClass))) return UNKNOWN;
  return personal(meaning.category, CONFIDENCE.databaseType, `db type: ${written}`);
}

const GENDER_VALUE_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['male', 'female'],
  ['man', 'woman'],
  ['maennlich', 'weiblich'],
  ['mannlich', 'weiblich'],
  ['homme', 'femme'],
  ['masculino', 'femenino'],
  ['masculino', 'feminino'],
  ['man', 'vrouw'],
];

function classifyByEnumValues(field: FieldFact, words: readonly string[], owner: OwnerContext): Verdict {
  if (!field.enumValues || field.enumValues.length === 0) return UNKNOWN;
  const values = new Set(field.enumValues.map((value) => splitWords(value).join(' ')));
  const pair = GENDER_VALUE_PAIRS.find(([first, second]) => values.has(first) && values.has(second));
  if (!pair) return UNKNOWN;
  if (!personContextFor(words, owner, 'user.demographic.gender').ok) return UNKNOWN;
  const shown = field.enumValues.slice(0, 3).join(', ');
  return personal('user.demographic.gender', CONFIDENCE.enumValues, `enum values: ${shown}${field.enumValues.length > 3 ? ', ...' : ''}`);
}

const NEGATION_WORDS: ReadonlySet<string> = new Set(['not', 'no', 'never', 'without', 'nicht', 'kein', 'keine', 'pas', 'sans', 'sin', 'sem', 'geen', 'niet']);
const MAX_DOC_WORDS = 60;

/**
 * A doc comment naming a value (`/// customer's personal mobile number`) classifies a field whose
 * name said nothing. Only strong words count; words followed by a qualifier (`email status`) and negated
 * mentions do not count; person-scope words need a person in the doc or a person model.
 */
function classifyByDoc(doc: string | undefined, owner: OwnerContext): Verdict {
  if (!doc) return UNKNOWN;
  const words = splitWords(doc).slice(0, MAX_DOC_WORDS);
  for (const match of findTerms(words)) {
    const { term } = match;
    // Prose mentions words loosely ("the credential-scope callback"): only strong words count.
    if (term.category === null || term.strength !== 'strong') continue;
    const next = words[match.end];
    if (next !== undefined && (ABOUT_A_VALUE_WORDS.has(next) || REFERENCE_WORDS.has(next))) continue;
    const before = words.slice(Math.max(0, match.start - 3), match.start);
    if (before.some((word) => NEGATION_WORDS.has(word))) continue;
    if (!typeFits(term.category, owner.type)) continue;
    if (term.scope === 'person' && !owner.isPerson && qualifierIn(before, term.category) === undefined) continue;
    const shown = doc.length > 60 ? `${doc.slice(0, 57)}...` : doc;
    return personal(term.category, CONFIDENCE.doc, `doc: "${shown}"`, term);
  }
  return UNKNOWN;
}

// ---- public API ----------------------------------------------------------------------------

function finish(verdict: Verdict, factor: number): Classification | null {
  if (verdict.kind !== 'personal') return null;
  const confidence = Math.round(verdict.classification.confidence * factor * 100) / 100;
  if (confidence < MINIMUM_CONFIDENCE) return null;
  return { ...verdict.classification, confidence };
}

function firstPersonal(...verdicts: Verdict[]): Verdict {
  return verdicts.find((verdict) => verdict.kind === 'personal') ?? UNKNOWN;
}

/**
 * Classifies one field of a model. Returns null when the field is not personal data (or when the
 * evidence is too weak: confidence below 0.5).
 */
export function classifyField(field: FieldFact, model: ModelFact, options: ClassifyOptions = {}): Classification | null {
  const id = `${model.name}.${field.name}`;
  const overrides = options.overrides;
  if (overrides && Object.hasOwn(overrides, id)) {
    const override = overrides[id]!;
    if (override === 'none') return null;
    return { category: canonicalCategory(override) ?? override, confidence: 1, evidence: `override: fields.${id}` };
  }
  if (field.isPrimaryKey || field.isForeignKey || field.isRelation || field.type === 'relation') return null;

  const base = modelContextOf(model);
  const owner: OwnerContext = {
    isPerson: base.isPerson,
    personLabel: `in person model ${model.name}`,
    isHealthRecord: base.isHealthRecord,
    healthLabel: `in health record model ${model.name}`,
    hasAddressFields: base.hasAddressFields,
    hasOwner: true,
    ownerClasses: base.ownerClasses,
    type: field.type,
  };

  const words = splitWords(field.name);
  let byName = classifyWords(words, owner);
  if (byName.kind === 'unknown' && field.columnName && field.columnName !== field.name) {
    byName = classifyWords(splitWords(field.columnName), owner, 'column name');
  }
  // A UUID or id validator says the field holds a reference: `@IsUUID() organization` is not a workplace.
  if (byName.kind === 'personal' && byName.term?.scope === 'person' && field.validators.some((validator) => validator === 'uuid' || validator === 'id')) {
    byName = { kind: 'not-personal', reason: 'a reference by its validator' };
  }

  if (byName.kind === 'unknown' || (byName.kind === 'not-personal' && words.every((word) => VALUE_FIELD_WORDS.has(word)))) {
    const byModelName = classifyByModelName(words, model.name, owner);
    if (byModelName.kind === 'personal') byName = byModelName;
  }

  const byValue = firstPersonal(
    classifyByValidators(field.validators, words, owner),
    classifyByDatabaseType(field.dbType, words, owner),
  );
  let verdict: Verdict;
  if (byValue.kind === 'personal') {
    // The name and the value checks agree: the name is the clearer evidence to show.
    verdict =
      byName.kind === 'personal' && byName.classification.category === byValue.classification.category
        ? personal(byName.classification.category, Math.max(byName.classification.confidence, byValue.classification.confidence), byName.classification.evidence)
        : byValue;
  } else if (byName.kind === 'personal') {
    verdict = byName;
  } else {
    verdict = classifyByEnumValues(field, words, owner);
    if (verdict.kind !== 'personal' && byName.kind === 'unknown') verdict = classifyByDoc(field.doc, owner);
  }
  return finish(verdict, model.kind === 'type' ? TYPE_MODEL_FACTOR : 1);
}

/**
 * Classifies a value that has no schema behind it by its name: a property (`customer.email`,
 * or `email` with owner `customer`), a destructured name (`{ phone }`), a variable
 * (`ipAddress`). The owner is the object the value was read from; a person-like owner makes
 * `name` or `address` personal. Confidence is lower than for a schema field.
 */
export function classifyName(name: string, context: { owner?: string; type?: FieldType } = {}): Classification | null {
  let ownerPath = context.owner;
  let leaf = name;
  const lastDot = name.lastIndexOf('.');
  if (lastDot >= 0) {
    const prefix = name.slice(0, lastDot);
    ownerPath = ownerPath ? `${ownerPath}.${prefix}` : prefix;
    leaf = name.slice(lastDot + 1);
  }
  const owner: OwnerContext = { isPerson: false, ownerClasses: [], isHealthRecord: false, hasAddressFields: false, hasOwner: ownerPath !== undefined && ownerPath !== '' };
  if (context.type !== undefined) owner.type = context.type;
  if (owner.hasOwner) {
    const segments = ownerPath!.split('.').filter((segment) => segment !== '');
    const ownerName = segments[segments.length - 1] ?? '';
    const facts = modelNameFacts(ownerName);
    owner.isPerson = facts.isPerson;
    owner.personLabel = `of ${ownerName}`;
    owner.isHealthRecord = facts.isHealthRecord;
    owner.healthLabel = `of ${ownerName}`;
    owner.ownerClasses = facts.isPerson ? ['person'] : facts.classes;
    const role = splitWords(ownerName).find((word) => ADDRESS_ROLE_WORDS.has(word));
    if (role !== undefined) owner.ownerQualifier = role;
  }
  return finish(classifyWords(splitWords(leaf), owner), SCHEMALESS_FACTOR);
}
