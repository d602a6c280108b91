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
 *   evidence too;
 * - what a record is widens that: a tracking record's `browser` and `referrer` are one
 *   visitor's, a payment card's `expMonth` is cardholder data, a sign-in record's `identifier` a
 *   login, a wallet's `balance` its holder's money, a connection's `config` its credentials.
 *
 * The decisive part of a name is its last value word: in `emailTemplateId` the field is an id of
 * a template, in `billingEmail` an email. Words after the value word must not change what the
 * field holds (`emailAddress`, `passwordHash`, `avatarUrl`); anything else makes the field about
 * something else.
 */
import type { Classification, FieldFact, FieldType, ModelFact, Validator } from '../types.js';
import {
  ABOUT_A_VALUE_WORDS,
  ACTOR_VERBS,
  ADDRESS_ROLE_WORDS,
  ATTRIBUTE_MODEL_NOUNS,
  BUYER_NOUNS,
  BOOLEAN_PREFIX_WORDS,
  CONNECTION_CONFIG_WORDS,
  CONNECTION_MODEL_NOUNS,
  CONNECTION_PROTOCOL_WORDS,
  CONTAINER_WORDS,
  EXTERNAL_IDENTIFIER_WORDS,
  FAMILY_TREE_NOUNS,
  FINANCIAL_ACCOUNT_FIELD_WORDS,
  FINANCIAL_ACCOUNT_MODEL_NOUNS,
  GENERIC_CONTENT_WORDS,
  HEALTH_RECORD_MODEL_NOUNS,
  MODEL_NAME_AFFIXES,
  NOUN_CLASSES,
  OBJECT_PREPOSITIONS,
  PARTIAL_SECRET_WORDS,
  PERSON_DETAIL_MODEL_NOUNS,
  PERSON_FORM_NOUNS,
  PERSON_MODEL_NOUNS,
  PERSON_OWNED_MODEL_NOUNS,
  PLACE_MODEL_NOUNS,
  QUERY_MODEL_WORDS,
  REFERENCE_WORDS,
  SIGN_IN_MODEL_WORDS,
  SUBMISSION_NOUNS,
  TERMS,
  TRACKING_MODEL_NOUNS,
  TRANSPARENT_WORDS,
  VALUE_FIELD_WORDS,
  VALUE_TYPE_WORDS,
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
  /** What a record is says what an otherwise generic field holds: a connection's `config`, a person's attribute `value`. */
  recordKind: 0.7,
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

/**
 * Term occurrences, left to right, longest phrase first at each position, not overlapping.
 * `ownerSegmentEnds` lists where a nested path's owner segment made of one person noun ends:
 * no phrase runs across it (`user.name` is the user's name, not a username).
 */
function findTerms(words: readonly string[], ownerSegmentEnds?: ReadonlySet<number>): TermMatch[] {
  const keys = words.map(termWordOf);
  const matches: TermMatch[] = [];
  let index = 0;
  while (index < keys.length) {
    const candidates = termsByFirstWord.get(keys[index]!) ?? [];
    const found = candidates.find(
      (term) => term.words.every((word, offset) => keys[index + offset] === word) && !(ownerSegmentEnds?.has(index + 1) && term.words.length > 1),
    );
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
  'user.behavior.browsing_history',
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
      // A birth date, or a payment card's expiry.
      return category === 'user.demographic.date_of_birth' || category === 'user.financial.credit_card';
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
  /** The last noun of the owner's name (`client` in `ApiClient`): a qualifier repeating it names the owner itself. */
  headWord?: string;
  /** What the owner's head noun is (`system` for `ApiClient`). */
  headClass?: NounClass;
  /** One visitor's session, visit, page view or click (`Session` with a `browser`): device, location and pages are theirs. */
  isTrackingRecord?: boolean;
  /** A stored payment card (a model with a card number): its expiry and holder name are cardholder data. */
  isPaymentCard?: boolean;
  /** A person's wallet or financial account (`Wallet`, an `Account` with a currency): its balance is the holder's. */
  isFinancialAccount?: boolean;
  /** A sign-in record (`VerificationToken`, `AuthenticationMethod`): its `identifier` is a login. */
  isSignInRecord?: boolean;
  /** A model named for a credential (`ApiKey`): its `last4` and hashes are the key's. */
  isCredentialRecord?: boolean;
  /** A message (`fromAddress`, `bcc` or `subject` among its fields): a bare `replyTo` there is an address. */
  isMessage?: boolean;
  /** For evidence: the model's name. */
  modelLabel?: string;
}

interface ModelNameFacts {
  words: string[];
  head?: string;
  headClass?: NounClass;
  /** The classes of every noun in the name: `SmtpSettings` names a system. */
  classes: NounClass[];
  isPerson: boolean;
  isHealthRecord: boolean;
  /** Every word of the name, singular, affixes kept (`EventsQuerySchema` keeps `query`). */
  allWords: string[];
}

const modelNameCache = new Map<string, ModelNameFacts>();

/** Words that end the head of a model name: `ReportWithAuthors` is a report, `InvitationWithSender` an invitation. */
const INCLUDING_WORDS: ReadonlySet<string> = new Set(['with', 'without', 'including']);

/**
 * The words of a model name without affixes (`CreateUserDto` -> user), singular, up to a `With`
 * (`ReportWithAuthors` -> report: what comes after is what the record includes).
 */
function coreWordsOfModelName(modelName: string): string[] {
  let words = splitWords(modelName).filter((word) => !isDigits(word)).map(singularOf);
  const including = words.findIndex((word, index) => index > 0 && INCLUDING_WORDS.has(word));
  if (including > 0) words = words.slice(0, including);
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
    if (
      NOUN_CLASSES.has(pair) ||
      PERSON_FORM_NOUNS.has(pair) ||
      HEALTH_RECORD_MODEL_NOUNS.has(pair) ||
      TRACKING_MODEL_NOUNS.has(pair) ||
      FINANCIAL_ACCOUNT_MODEL_NOUNS.has(pair) ||
      CONNECTION_MODEL_NOUNS.has(pair)
    ) {
      return pair;
    }
  }
  return last;
}

/** Address-book nouns: an address is a person's unless an organization, place or system owns it. */
const ADDRESS_MODEL_NOUNS: ReadonlySet<string> = new Set(['address', 'adresse', 'anschrift', 'direccion', 'endereco', 'morada', 'adres']);

/** Account nouns: a login's account, or, with a currency or a balance among its fields, a financial one. */
const ACCOUNT_MODEL_NOUNS: ReadonlySet<string> = new Set(['account', 'konto', 'compte', 'cuenta', 'conta']);

function placeOrNounClassOf(word: string): NounClass | undefined {
  return nounClassOf(word) ?? (PLACE_MODEL_NOUNS.has(word) ? 'place' : undefined);
}

function modelNameFacts(modelName: string): ModelNameFacts {
  const cached = modelNameCache.get(modelName);
  if (cached) return cached;
  const words = coreWordsOfModelName(modelName);
  const head = headOf(words);
  const headWords = head ? head.split(' ') : [];
  const before = words.slice(0, words.length - headWords.length);
  const beforeClasses = before.map(placeOrNounClassOf);
  const hasNonPersonBefore = beforeClasses.some((nounClass) => nounClass !== undefined && nounClass !== 'person');
  const hasPersonBefore = beforeClasses.includes('person');

  let isPerson = false;
  if (head !== undefined) {
    if (PERSON_MODEL_NOUNS.has(head) || PERSON_FORM_NOUNS.has(head)) isPerson = true;
    else if (ADDRESS_MODEL_NOUNS.has(head)) isPerson = !hasNonPersonBefore;
    // A role word qualifies an address, not a profile: a `ShippingProfile` is a shipping configuration.
    else if (PERSON_OWNED_MODEL_NOUNS.has(head)) isPerson = !hasNonPersonBefore && !before.some((word) => ADDRESS_ROLE_WORDS.has(word));
    else if (PERSON_DETAIL_MODEL_NOUNS.has(head)) isPerson = hasPersonBefore && !hasNonPersonBefore;
  }
  let headClass = head === undefined ? undefined : placeOrNounClassOf(head);
  if (isPerson) headClass = 'person';

  const allWords = splitWords(modelName).map(singularOf);
  const isHealthRecord = allWords.some(
    (word, index) => HEALTH_RECORD_MODEL_NOUNS.has(word) || (index > 0 && HEALTH_RECORD_MODEL_NOUNS.has(`${allWords[index - 1]} ${word}`)),
  );
  const classes = words.map(nounClassOf).filter((nounClass): nounClass is NounClass => nounClass !== undefined);
  if (headClass !== undefined && !classes.includes(headClass)) classes.push(headClass);
  const facts: ModelNameFacts = { words, isPerson, isHealthRecord, classes, allWords };
  if (head !== undefined) facts.head = head;
  if (headClass !== undefined) facts.headClass = headClass;
  modelNameCache.set(modelName, facts);
  return facts;
}

/** What a field's name says about its model, computed once per name: field names repeat across models. */
interface FieldNameFacts {
  words: readonly string[];
  /** The term the whole name is, when nothing but transparent words surrounds it (`firstName`, `passwordHash`). */
  exactTerm?: Term;
  /** The name holds an unambiguous address part (`city`, `shippingAddress`; not a lone `state`). */
  hasAddressTerm: boolean;
}

const fieldNameCache = new Map<string, FieldNameFacts>();

function fieldNameFactsOf(fieldName: string): FieldNameFacts {
  const cached = fieldNameCache.get(fieldName);
  if (cached) return cached;
  const words = splitWords(fieldName);
  const matches = findTerms(words);
  const hasAddressTerm = matches.some(
    (match) => match.term.category !== null && match.term.category.startsWith('user.contact.address') && !match.term.needsAddressContext,
  );
  const facts: FieldNameFacts = { words, hasAddressTerm };
  const match = matches.length === 1 ? matches[0]! : undefined;
  if (match && match.start === 0 && words.slice(match.end).every((word) => TRANSPARENT_WORDS.has(word) || isDigits(word))) facts.exactTerm = match.term;
  fieldNameCache.set(fieldName, facts);
  return facts;
}

function exactTermOf(fieldName: string): Term | undefined {
  return fieldNameFactsOf(fieldName).exactTerm;
}

/**
 * Fields that only a person record has: first and last name, email with password, date of birth,
 * gender; and an email with a name (`name`, `fullName`), unless the model is named for an
 * organization, a place, a system or a thing (`Store`, `Project` have a name and an email too).
 */
function fieldsSayPerson(fieldNames: readonly string[], facts?: ModelNameFacts): boolean {
  // A message's `fromAddress` and a login `identifier` are emails, but not the record's own.
  const terms = fieldNames.map(exactTermOf).filter((term): term is Term => term !== undefined && !term.isMessageAddress && term.scope !== 'login');
  const has = (category: string): boolean => terms.some((term) => term.category === category);
  if (has('user.name.first') && has('user.name.last')) return true;
  if (has('user.contact.email') && terms.some((term) => term.isPassword)) return true;
  if (has('user.demographic.date_of_birth') || has('user.demographic.gender')) return true;
  // A head that is itself an affix (`ZFormSchema` -> schema) says nothing about what the record is;
  // `application` names software or what a person submits, and the nouns before a submission say
  // what it is for (`JobApplication`). Before any other head, a noun that is not a person's says
  // whose record it is (`TeamEmail`: a team's address).
  const head = facts?.head ?? '';
  const isSubmission = SUBMISSION_NOUNS.has(head);
  const headSaysSomethingElse = facts?.headClass !== undefined && facts.headClass !== 'person' && !MODEL_NAME_AFFIXES.has(head) && !isSubmission;
  const headWordCount = head === '' ? 0 : head.split(' ').length;
  const ownedBySomethingElse =
    !isSubmission &&
    (facts?.words ?? []).slice(0, (facts?.words.length ?? 0) - headWordCount).some((word) => {
      const nounClass = placeOrNounClassOf(word);
      return nounClass !== undefined && nounClass !== 'person';
    });
  const namedForSomethingElse = headSaysSomethingElse || ownedBySomethingElse;
  return (
    !namedForSomethingElse &&
    has('user.contact.email') &&
    terms.some((term) => term.category === 'user.name' && term.scope === 'person')
  );
}

/**
 * True when records of the model are about one person: its name says so (`User`, `Customer`,
 * `TeamMember`, `UserProfile`, `CustomerAddress`, `Kunde`, `CreateUserDto`) or its fields do
 * (first and last name, email and password, email and name, date of birth, gender).
 * `Organization`, `Team`, `Workspace`, `Project`, `Tenant`, `StoreAddress` and `AssetProfile`
 * are not person models.
 */
export function isPersonModel(modelName: string, fieldNames?: readonly string[]): boolean {
  const facts = modelNameFacts(modelName);
  if (facts.isPerson) return true;
  return fieldNames !== undefined && fieldsSayPerson(fieldNames, facts);
}

interface ModelContextBase {
  isPerson: boolean;
  ownerClasses: readonly NounClass[];
  isHealthRecord: boolean;
  hasAddressFields: boolean;
  headWord?: string;
  headClass?: NounClass;
  isTrackingRecord: boolean;
  isPaymentCard: boolean;
  isFinancialAccount: boolean;
  isSignInRecord: boolean;
  /** The credential the model is named for (`ApiKey` -> api key), if any. */
  credentialTerm?: Term;
  /** A key-value record of a person or a visitor (`CustomerAttribute`, `VisitData`). */
  isPersonAttributeRecord: boolean;
  /** A connection to another system (`CrmConnector`, `IdentityProvider`) with no credential field of its own: its config holds them. */
  isConnection: boolean;
  isMessage: boolean;
}

const modelContextCache = new WeakMap<ModelFact, ModelContextBase>();

/** Fields that name the server a record connects to (`smtpHost`, `server`), with a `port` beside them. */
const SERVER_FIELD_WORDS: ReadonlySet<string> = new Set(['host', 'hostname', 'server', 'endpoint']);

/** `CreditCard`, `PaymentCard`: a model so named stores payment cards. */
const PAYMENT_CARD_KINDS: ReadonlySet<string> = new Set(['credit', 'debit', 'payment', 'bank', 'stored', 'saved']);

/**
 * Fields that show a record is about one visitor's visit: an IP address, a user agent, a device
 * or cookie id, an ad click id or a referrer each on its own; the parts of a parsed user agent
 * (`browser`, `os`, `device`, `screen`) two together, as one alone may be a product's or a setting's.
 */
function hasTrackingEvidence(terms: readonly Term[]): boolean {
  let userAgentParts = 0;
  for (const term of terms) {
    const category = term.category;
    if (category === null) continue;
    if (category === 'user.device' && term.scope === 'tracking') userAgentParts++;
    else if (category.startsWith('user.device') || category === 'user.unique_id.pseudonymous') return true;
    else if (category === 'user.behavior.browsing_history' && (term.words[0] === 'referrer' || term.words[0] === 'referer' || term.words[0] === 'referring')) return true;
  }
  return userAgentParts >= 2;
}

/** The tracking noun a model name ends with (`PageView`, `AnalyticsEvent`, `TrackingSession`), affixes kept: `view` is one. */
function endsWithTrackingNoun(facts: ModelNameFacts): boolean {
  const all = facts.allWords;
  const last = all[all.length - 1];
  const pair = all.length > 1 ? `${all[all.length - 2]} ${last}` : undefined;
  const head = facts.head;
  return (
    (head !== undefined && (TRACKING_MODEL_NOUNS.has(head) || TRACKING_MODEL_NOUNS.has(head.split(' ').pop()!))) ||
    (last !== undefined && TRACKING_MODEL_NOUNS.has(last)) ||
    (pair !== undefined && TRACKING_MODEL_NOUNS.has(pair))
  );
}

/** The credential a model is named for: `ApiKey`, `UserPassword`, `AccessToken`. */
function credentialTermOfModel(facts: ModelNameFacts): Term | undefined {
  const matches = findTerms(facts.words);
  const last = matches[matches.length - 1];
  return last && last.end === facts.words.length && last.term.category === 'user.authorization.credentials' ? last.term : undefined;
}

function modelContextOf(model: ModelFact): ModelContextBase {
  const cached = modelContextCache.get(model);
  if (cached) return cached;
  const facts = modelNameFacts(model.name);
  // Relations are other records: a list of related emails does not make a contest a person.
  const fieldNames = model.fields.filter((field) => !field.isRelation && field.type !== 'relation').map((field) => field.name);
  const exactTerms = fieldNames.map(exactTermOf).filter((term): term is Term => term !== undefined);
  const credentialTerm = credentialTermOfModel(facts);
  const isQuery = facts.allWords.some((word) => QUERY_MODEL_WORDS.has(word));
  const showsVisits = !isQuery && hasTrackingEvidence(exactTerms);
  const head = facts.head;
  const isTrackingRecord = showsVisits && endsWithTrackingNoun(facts);
  const before = head === undefined ? facts.words : facts.words.slice(0, facts.words.length - head.split(' ').length);
  const beforeClasses = before.map(placeOrNounClassOf);
  const ownedBySomethingElse = beforeClasses.some((nounClass) => nounClass === 'organization' || nounClass === 'system');

  // `Account` with a currency or a balance is a financial account, not a login: its name is the account's.
  // A host and a port make the record a connection to a server: its username and IP are the server's.
  let accountHasMoney = false;
  let hasServerField = false;
  let hasPortField = false;
  for (const name of fieldNames) {
    const words = fieldNameFactsOf(name).words;
    const last = words[words.length - 1] ?? '';
    if (words.length === 1 && FINANCIAL_ACCOUNT_FIELD_WORDS.has(last)) accountHasMoney = true;
    if (SERVER_FIELD_WORDS.has(last)) hasServerField = true;
    if (last === 'port') hasPortField = true;
  }
  const isOwnedHead = head !== undefined && PERSON_OWNED_MODEL_NOUNS.has(head) && !ADDRESS_MODEL_NOUNS.has(head);
  const isAccountHead = head !== undefined && ACCOUNT_MODEL_NOUNS.has(head);
  const isFinancialAccount =
    !ownedBySomethingElse && head !== undefined && (FINANCIAL_ACCOUNT_MODEL_NOUNS.has(head) || (isAccountHead && accountHasMoney));

  // A profile or an account with a currency is a financial instrument or account (`AssetProfile`), not a person.
  const nameIsPerson = facts.isPerson && !(isOwnedHead && accountHasMoney);
  const isPerson = nameIsPerson || (model.tableName !== undefined && modelNameFacts(model.tableName).isPerson) || fieldsSayPerson(fieldNames, facts);
  const hasAddressFields = model.fields.some((field) => fieldNameFactsOf(field.name).hasAddressTerm);
  const isPaymentCard =
    credentialTerm === undefined &&
    (facts.words.some((word, index) => word === 'card' && index > 0 && PAYMENT_CARD_KINDS.has(facts.words[index - 1]!)) ||
      exactTerms.some((term) => term.category === 'user.financial.credit_card' && term.scope === 'anywhere'));
  const isSignInRecord = facts.allWords.some((word) => SIGN_IN_MODEL_WORDS.has(word));
  const visitorBefore = before.some((word, index) => beforeClasses[index] === 'person' || (TRACKING_MODEL_NOUNS.has(word) && showsVisits));
  const isPersonAttributeRecord = head !== undefined && ATTRIBUTE_MODEL_NOUNS.has(head) && visitorBefore && !ownedBySomethingElse;
  // A connection that keeps its credentials in a field of their own (`credentials`, `apiKey`) does not keep them in its config.
  const hasCredentialField = exactTerms.some((term) => term.category === 'user.authorization.credentials');
  const isConnection = head !== undefined && CONNECTION_MODEL_NOUNS.has(head) && !hasCredentialField;
  const isMessage = exactTerms.some((term) => term.isMessageAddress && term.phrase !== BARE_REPLY_TO) || fieldNames.includes('subject');

  const connectsToServer = hasServerField && hasPortField;
  const ownerClasses: readonly NounClass[] = isPerson ? ['person'] : connectsToServer ? [...facts.classes, 'system'] : facts.classes;
  const context: ModelContextBase = {
    isPerson,
    ownerClasses,
    isHealthRecord: facts.isHealthRecord,
    hasAddressFields,
    isTrackingRecord,
    isPaymentCard,
    isFinancialAccount,
    isSignInRecord,
    isPersonAttributeRecord,
    isConnection,
    isMessage,
  };
  if (head !== undefined) context.headWord = head.split(' ').pop()!;
  if (facts.headClass !== undefined) context.headClass = facts.headClass;
  if (credentialTerm !== undefined) context.credentialTerm = credentialTerm;
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
 * A word naming both a relative and the end of a tree (`parent`, `child`) is a person's relative
 * only on a person model; elsewhere it is a tree node (`CategoryTree.parentName`). A word that
 * repeats the owner's own head noun names the owner (`ApiClient.clientName` is the client app's).
 */
function nearestOwner(leading: readonly string[], category: string, owner?: OwnerContext): { word: string; nounClass: NounClass | 'role' } | undefined {
  for (let index = leading.length - 1; index >= 0; index--) {
    const word = leading[index]!;
    const pair = index > 0 ? `${leading[index - 1]} ${word}` : undefined;
    const pairClass = pair === undefined ? undefined : NOUN_CLASSES.get(pair);
    if (pairClass !== undefined) return { word: pair!, nounClass: pairClass };
    const nounClass = nounClassOf(word);
    if (nounClass === 'person' && owner !== undefined && !owner.isPerson) {
      const singular = singularOf(word);
      if (FAMILY_TREE_NOUNS.has(singular) || FAMILY_TREE_NOUNS.has(word)) return { word, nounClass: 'thing' };
      if (owner.headWord !== undefined && singular === owner.headWord && owner.headClass !== undefined) return { word, nounClass: owner.headClass };
    }
    if (nounClass !== undefined) return { word, nounClass };
    if (ADDRESS_ROLE_WORDS.has(word) && isContactCategory(category)) return { word, nounClass: 'role' };
  }
  return undefined;
}

function personal(category: string, confidence: number, evidence: string, term?: Term): Verdict {
  const classification: Classification = { category, confidence, evidence };
  return term ? { kind: 'personal', classification, term } : { kind: 'personal', classification };
}

/** `replyTo` alone: an address on a message, a reference on a comment. */
const BARE_REPLY_TO = 'reply to';

/** Model heads of a webhook subscription: its URL is where it delivers, not a secret. */
const WEBHOOK_HEADS: ReadonlySet<string> = new Set(['webhook', 'hook', 'endpoint', 'subscription']);

/** `webhookUrl`, `incomingWebhook`: a URL that carries its own token. */
function isSecretUrlTerm(term: Term): boolean {
  const last = term.words[term.words.length - 1]!;
  return term.category === 'user.authorization.credentials' && (term.words.includes('webhook') || term.words.includes('hook')) && (last === 'url' || last === 'webhook' || last === 'hook');
}

/** For evidence: ` on tracking record PageView`, or nothing for a value with no model. */
function ofRecord(relation: string, owner: OwnerContext): string {
  return owner.modelLabel === undefined ? '' : ` ${relation} ${owner.modelLabel}`;
}

/** The buyer whose purchases a name counts: a buyer qualifier (`guestLifetimeValue`) or a buyer model (`Customer`). */
function buyerOf(nearest: { word: string; nounClass: NounClass | 'role' } | undefined, owner: OwnerContext): string | undefined {
  if (nearest) return nearest.nounClass === 'person' && BUYER_NOUNS.has(singularOf(nearest.word)) ? nearest.word : undefined;
  return owner.isPerson && owner.headWord !== undefined && BUYER_NOUNS.has(owner.headWord) ? owner.headWord : undefined;
}

/**
 * On a tracking record a person-scope place or page is the visitor's, derived from their IP or
 * request: `country`, `region` and `city` are a coarse location (not an address), `url` a page
 * they saw; `language` stays their language. Other person-scope words keep their rule.
 */
function trackingCategoryOf(category: string): string | undefined {
  if (category.startsWith('user.contact.address') || category.startsWith('user.location')) return 'user.location.imprecise';
  if (category === 'user.contact.url') return 'user.behavior.browsing_history';
  if (category === 'user.demographic.language') return category;
  return undefined;
}

/**
 * Classifies a name already split into words. `evidenceKind` is `name`, or `column name` when the
 * words come from a database column name. `ownerSegmentEnds`: see `findTerms`.
 */
/** Words before `token(s)` that make it a count of LLM tokens, a pagination cursor or a design token. */
const NON_CREDENTIAL_TOKEN_WORDS: ReadonlySet<string> = new Set([
  'max', 'maximum', 'min', 'minimum', 'total', 'input', 'output', 'prompt', 'completion', 'used', 'remaining', 'reasoning',
  'cached', 'context', 'num', 'number', 'page', 'cursor', 'continuation', 'pagination', 'next', 'previous', 'prev', 'sync',
  // `designTokens`, `colorTokens`: a design system's named styles.
  'design', 'color', 'colour', 'theme', 'style', 'spacing', 'typography',
  // `searchTokens`, `parsedTokens`, `unsupportedTokens`: pieces of a text a parser split.
  'search', 'query', 'parsed', 'unsupported', 'lexer', 'lexical', 'syntax', 'word', 'text',
  // `captchaToken`, `turnstileToken`: a one-time proof that a human solved a challenge.
  'captcha', 'recaptcha', 'hcaptcha', 'turnstile',
]);

/** Words before `url` that make it a protocol endpoint. */
const ENDPOINT_URL_WORDS: ReadonlySet<string> = new Set(['info', 'userinfo', 'callback', 'redirect', 'authorize', 'authorization', 'token', 'issuer', 'jwks', 'discovery', 'endpoint']);

function classifyWords(words: readonly string[], owner: OwnerContext, evidenceKind = 'name', ownerSegmentEnds?: ReadonlySet<number>): Verdict {
  if (words.length === 0) return UNKNOWN;
  const matches = findTerms(words, ownerSegmentEnds);
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
  let category = term.category;
  if (category === null) return { kind: 'not-personal', reason: `${term.phrase} is not about a person` };

  const leading = words.slice(0, head.start);
  if (leading.length > 0 && BOOLEAN_PREFIX_WORDS.has(leading[0]!) && !allowsBoolean(category)) {
    return { kind: 'not-personal', reason: `a flag about ${term.phrase}` };
  }
  if (leading.length > 0 && OBJECT_PREPOSITIONS.has(leading[leading.length - 1]!)) {
    return { kind: 'not-personal', reason: `about something for ${term.phrase}` };
  }
  // `maxOutputTokens`, `promptTokens`: a count of LLM tokens; `nextPageToken`, `cursorToken`: a
  // pagination cursor; `designTokens`: named styles. None signs anyone in.
  if (category === 'user.authorization.credentials' && (term.phrase === 'token' || term.phrase === 'tokens') && leading.some((word) => NON_CREDENTIAL_TOKEN_WORDS.has(word))) {
    return { kind: 'not-personal', reason: `a ${leading.join(' ')} token count or cursor, not a credential` };
  }
  // `userInfoURL`, `callbackUrl`, `redirectUrl`: an endpoint of a protocol (OpenID Connect's
  // userinfo, an OAuth callback), not a person's web address.
  if (category === 'user.contact.url' && (term.phrase === 'url' || term.phrase === 'uri') && leading.some((word) => ENDPOINT_URL_WORDS.has(word))) {
    return { kind: 'not-personal', reason: `a ${leading.join(' ')} endpoint, not a person's address` };
  }
  // `partialSecret`, `redactedToken`: a part of a secret cannot sign anyone in.
  if (category === 'user.authorization.credentials' && leading.some((word) => PARTIAL_SECRET_WORDS.has(word))) {
    return { kind: 'not-personal', reason: `a part of ${term.phrase}, not the secret` };
  }
  // `AccessKey.last4`: the last characters of the key the model is named for, shown to tell keys apart.
  if (TRAILING_TERMS.has(term.phrase) && owner.isCredentialRecord) {
    return { kind: 'not-personal', reason: `the last characters of a ${owner.modelLabel ?? 'credential'}` };
  }
  // `toAddresses` as text is a list of emails; as a structured value, or after a shipping role, a postal address.
  if (term.isMessageAddress && (owner.type === 'json' || owner.type === 'object' || leading.some((word) => ADDRESS_ROLE_WORDS.has(word)))) {
    category = 'user.contact.address';
  }
  // `Program.supportEmail`, `Company.noreplyEmail`: a role mailbox of an organization, not a person's address.
  if (category === 'user.contact.email' && !owner.isPerson && (leading.some((word) => ROLE_MAILBOX_WORDS.has(word)) || leading.join(' ').includes('no reply'))) {
    return { kind: 'not-personal', reason: `a role mailbox (${leading.join(' ')}), not a person's address` };
  }
  // A bare `replyTo` is an address only on a message; on a chat message or a comment it is the message replied to.
  if (term.phrase === BARE_REPLY_TO && !owner.isMessage) return UNKNOWN;
  if (!typeFits(category, owner.type)) return { kind: 'not-personal', reason: `a ${owner.type} cannot hold ${term.phrase}` };

  const nameEvidence = `${evidenceKind}: ${describeTerm(term)}`;
  const nearest = nearestOwner(leading, category, owner);
  if (term.bareOrPersonOnly && leading.length > 0 && nearest?.nounClass !== 'person') {
    return { kind: 'not-personal', reason: `${term.phrase} of something that is not a person` };
  }

  switch (term.scope) {
    case 'anywhere': {
      // `Webhook.webhookUrl` is the address the webhook delivers to (its `secret` signs the
      // deliveries); a chat integration's `webhookUrl` is an incoming webhook that carries its token.
      if (isSecretUrlTerm(term) && owner.headWord !== undefined && WEBHOOK_HEADS.has(owner.headWord)) {
        return { kind: 'not-personal', reason: `the endpoint of the webhook itself` };
      }
      // `Link.geo`, `Campaign.geo`: the places a link or a campaign targets, not where someone is.
      if (category === 'user.location.precise' && !nearest && owner.headWord !== undefined && TARGETING_HEADS.has(owner.headWord)) {
        return { kind: 'not-personal', reason: `the places a ${owner.headWord} targets` };
      }
      if (term.notFor.length > 0) {
        const ownerClasses = nearest && nearest.nounClass !== 'role' ? [nearest.nounClass] : owner.ownerClasses;
        const blocking = ownerClasses.find((nounClass) => term.notFor.includes(nounClass));
        if (blocking !== undefined) return { kind: 'not-personal', reason: `${term.phrase} of a ${blocking}` };
      }
      return personal(category, CONFIDENCE.anywhere[term.strength], nameEvidence, term);
    }
    case 'tracking':
      // `browser` on a tracking record is the visitor's; elsewhere (a config, a query) it says nothing.
      return owner.isTrackingRecord ? personal(category, CONFIDENCE.personModel[term.strength], `${nameEvidence}${ofRecord('on tracking record', owner)}`, term) : UNKNOWN;
    case 'buyer': {
      const buyer = buyerOf(nearest, owner);
      return buyer !== undefined ? personal(category, CONFIDENCE.personModel[term.strength], `${nameEvidence} of ${buyer}`, term) : UNKNOWN;
    }
    case 'payment-card':
      return owner.isPaymentCard ? personal(category, CONFIDENCE.personModel[term.strength], `${nameEvidence}${ofRecord('of payment card', owner)}`, term) : UNKNOWN;
    case 'login': {
      // `externalIdentifier`, `providerIdentifier`: another system's id for the person, pseudonymous.
      if (leading.some((word) => EXTERNAL_IDENTIFIER_WORDS.has(word))) return { kind: 'not-personal', reason: `an identifier issued by another system` };
      if (nearest && nearest.nounClass !== 'person') return UNKNOWN;
      if (nearest || owner.isPerson) return personal(category, CONFIDENCE.personModel[term.strength], `${nameEvidence} (a login)${nearest ? ` of ${nearest.word}` : ''}`, term);
      if (owner.isSignInRecord) return personal(category, CONFIDENCE.personModel[term.strength], `${nameEvidence} (a login)${ofRecord('on sign-in record', owner)}`, term);
      return UNKNOWN;
    }
    case 'person':
      break;
  }

  // Person-scope: who owns the value decides.
  if (nearest && nearest.nounClass !== 'person' && nearest.nounClass !== 'role') {
    return { kind: 'not-personal', reason: `${term.phrase} of a ${nearest.nounClass} (${nearest.word})` };
  }
  if (owner.isTrackingRecord && !nearest && !(term.needsAddressContext && !owner.hasAddressFields)) {
    const trackingCategory = trackingCategoryOf(category);
    if (trackingCategory !== undefined) {
      return personal(trackingCategory, CONFIDENCE.personModel[term.strength], `${nameEvidence}${ofRecord('on tracking record', owner)}`, term);
    }
  }
  // A role inside the phrase counts too: `homeAddress`, `mailingAddress`, `personalWebsite`.
  const qualifier =
    nearest?.word ?? qualifierIn(term.words, category) ?? qualifierIn(trailing, category) ?? (isContactCategory(category) ? owner.ownerQualifier : undefined);
  if (term.needsAddressContext && !qualifier && !owner.hasAddressFields && !hasAddressWord(words)) return UNKNOWN;
  // `address_1`, `address2`: one line of the street address.
  if (category === 'user.contact.address' && trailing.length > 0 && trailing.every(isDigits)) category = 'user.contact.address.street';
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
  // The cardholder's name on a stored card (`SavedCard.fullName`).
  if (owner.isPaymentCard && category.startsWith('user.name')) {
    return personal(category, CONFIDENCE.personModel[term.strength], `${nameEvidence} (cardholder)${ofRecord('of payment card', owner)}`, term);
  }
  // The holder's money in a wallet or a financial account (`Wallet.balance`).
  if (owner.isFinancialAccount && category.startsWith('user.financial')) {
    return personal(category, CONFIDENCE.personModel[term.strength], `${nameEvidence}${ofRecord('of financial account', owner)}`, term);
  }
  if (!owner.hasOwner && term.personOnly) {
    return personal(category, CONFIDENCE.noOwner, `${nameEvidence} (no owner)`, term);
  }
  // A first or last name can only be a person's: unless the record is known to be something else
  // (an organization, a place, a system), `newsletterSignup.firstName` is a name.
  if (term.personOnly && category.startsWith('user.name.') && (owner.headClass === undefined || (owner.headClass === 'thing' && owner.modelLabel !== undefined))) {
    return personal(category, CONFIDENCE.noOwner, `${nameEvidence} (in ${owner.modelLabel ?? 'a record'} that names no other owner)`, term);
  }
  return { kind: 'not-personal', reason: `${term.phrase} of something that is not a person` };
}

function hasAddressWord(words: readonly string[]): boolean {
  return findTerms(words).some((match) => match.term.category === 'user.contact.address' || match.term.category === 'user.contact.address.mailing_address');
}

/**
 * A field named only "the value" (`hash`, `value`, `key`, `code`) holds what its owner is named
 * for: `UserPassword.hash` is a password, `ApiKey.key` a credential, `EmailAddress.value` an
 * email, `AuthorizationCode.code` an authorization code, `SecurityQuestion.answer` a security answer. When
 * the owner's name alone says nothing, it is read with the field (`Invite.code` -> invite code,
 * `invitations.key` -> invitation key). The owner is the model, or the segment before the field in a
 * nested path. `Product.value` is not a product's name: only values personal anywhere count,
 * and person-scope ones where the owner makes them personal (`WalletBalance.value`).
 */
function classifyByOwnerName(fieldWords: readonly string[], ownerWords: readonly string[], owner: OwnerContext): Verdict {
  if (fieldWords.length === 0 || ownerWords.length === 0 || !fieldWords.every((word) => VALUE_FIELD_WORDS.has(word))) return UNKNOWN;
  const context: OwnerContext = { ...owner, isHealthRecord: false, hasOwner: true };
  for (const words of [ownerWords, [...ownerWords, ...fieldWords]]) {
    const verdict = classifyWords(words, context);
    if (verdict.kind !== 'personal' || !verdict.term) continue;
    if (verdict.term.scope !== 'anywhere' && !(owner.isFinancialAccount && verdict.classification.category.startsWith('user.financial'))) continue;
    const { category, confidence } = verdict.classification;
    return personal(category, Math.min(confidence, CONFIDENCE.anywhere.medium), `model name: ${describeTerm(verdict.term)} (field ${fieldWords.join(' ')})`, verdict.term);
  }
  return UNKNOWN;
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
  const nearest = nearestOwner(words, category, owner);
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

/** Words before a term in a comment that point at the record itself: `this API key`, `its token`. */
const RECORD_DEMONSTRATIVES: ReadonlySet<string> = new Set(['this', 'these', 'its', 'dieser', 'diese', 'ce', 'cette', 'este', 'esta', 'deze', 'dit']);

/** Records that target places (geo-targeting), whose location fields are settings, not anyone's whereabouts. */
const TARGETING_HEADS: ReadonlySet<string> = new Set(['link', 'redirect', 'campaign', 'ad', 'advert', 'advertisement', 'promotion', 'offer', 'targeting']);

/** Words naming a mailbox by the role it serves (`support@`, `noreply@`), not by whose it is. */
const ROLE_MAILBOX_WORDS: ReadonlySet<string> = new Set(['support', 'help', 'helpdesk', 'noreply', 'postmaster', 'webmaster', 'abuse', 'press', 'sales']);

const NEGATION_WORDS: ReadonlySet<string> = new Set(['not', 'no', 'never', 'without', 'nicht', 'kein', 'keine', 'pas', 'sans', 'sin', 'sem', 'geen', 'niet']);
const MAX_DOC_WORDS = 60;

/**
 * A doc comment naming a value (`/// customer's personal mobile number`) classifies a field whose
 * name said nothing. Only strong words count; words followed by a qualifier (`email status`) and negated
 * mentions do not count; person-scope words need a person in the doc or a person model.
 */
/** Words saying a documented value is made from something else (`generated from the name`). */
const DERIVATION_WORDS: ReadonlySet<string> = new Set(['generated', 'derived', 'computed', 'calculated', 'inferred']);

function classifyByDoc(doc: string | undefined, owner: OwnerContext, fieldName: string): Verdict {
  if (!doc) return UNKNOWN;
  const words = splitWords(doc).slice(0, MAX_DOC_WORDS);
  // Where the doc first names the value by the field's own words ("deepLink: The deep link that
  // brought the user ..."), terms further on describe something else ("... the user's IP address").
  const ownWords = splitWords(fieldName.split('.').pop() ?? '').filter((word) => !GENERIC_CONTENT_WORDS.has(word) && word !== 'value');
  const namedAt = ownWords.length ? Math.max(...ownWords.map((word) => words.indexOf(word))) : -1;
  const namesItself = ownWords.length > 0 && ownWords.every((word) => words.includes(word));
  for (const match of findTerms(words)) {
    if (namesItself && namedAt < match.start - 6) continue;
    const { term } = match;
    // Prose mentions words loosely ("the credential-scope callback"): only strong words count.
    if (term.category === null || term.strength !== 'strong' || (term.scope !== 'anywhere' && term.scope !== 'person')) continue;
    const next = words[match.end];
    if (next !== undefined && (ABOUT_A_VALUE_WORDS.has(next) || REFERENCE_WORDS.has(next))) continue;
    const before = words.slice(Math.max(0, match.start - 3), match.start);
    if (before.some((word) => NEGATION_WORDS.has(word))) continue;
    // "the scopes that this API key has": the comment speaks of the record, not of the field's value.
    if (before.length > 0 && RECORD_DEMONSTRATIVES.has(before[before.length - 1]!)) continue;
    // "a unique code generated from the partner's name": the value is made from the term, not it.
    if (words.slice(Math.max(0, match.start - 6), match.start).some((word) => DERIVATION_WORDS.has(word))) continue;
    if (!typeFits(term.category, owner.type)) continue;
    if (term.scope === 'person' && !owner.isPerson && qualifierIn(before, term.category) === undefined) continue;
    const shown = doc.length > 60 ? `${doc.slice(0, 57)}...` : doc;
    return personal(term.category, CONFIDENCE.doc, `doc: "${shown}"`, term);
  }
  return UNKNOWN;
}

// ---- record kinds: what the model is says what a generic field holds --------------------------

/** Hash words: on a model named for a credential, any hash is that credential hashed (`AccessKey.lookupHash`). */
const HASH_WORDS: ReadonlySet<string> = new Set(['hash', 'hashed', 'digest']);

/**
 * A json or object field named for a person, or for who acted (`creator`, `reviews.user`,
 * `createdBy`), holds a copy of that person, not a reference: their name, email and so on.
 */
function classifyEmbeddedPerson(leafWords: readonly string[], type: FieldType): Verdict {
  if (type !== 'json' && type !== 'object') return UNKNOWN;
  const isActor = leafWords.length === 2 && ACTOR_VERBS.has(leafWords[0]!) && leafWords[1] === 'by';
  const isPersonNoun =
    leafWords.length === 1 && PERSON_MODEL_NOUNS.has(singularOf(leafWords[0]!)) && !FAMILY_TREE_NOUNS.has(singularOf(leafWords[0]!));
  if (!isActor && !isPersonNoun) return UNKNOWN;
  return personal('user', CONFIDENCE.recordKind, `embedded person: ${leafWords.join(' ')}`);
}

/**
 * The value of a key-value record about a person or a visitor (`CustomerAttribute.value`,
 * `VisitData.stringValue`): data about that person, whatever the key; the key decides the
 * exact category, so the category is `user`.
 */
function classifyAttributeValue(leafWords: readonly string[], modelName: string, type: FieldType): Verdict {
  if (!leafWords.includes('value') || !leafWords.every((word) => VALUE_TYPE_WORDS.has(word)) || type === 'boolean' || type === 'relation') return UNKNOWN;
  return personal('user', CONFIDENCE.recordKind, `value of a person's attribute (${modelName})`);
}

/**
 * A json or object field whose declared type is a person's address (`changedAddress: OrderAddress`)
 * holds an address, whatever its name says about it.
 */
function classifyByDeclaredType(typeName: string | undefined, type: FieldType): Verdict {
  if ((type !== 'json' && type !== 'object') || typeName === undefined || !/^[A-Za-z_$][\w$]*$/.test(typeName)) return UNKNOWN;
  const facts = modelNameFacts(typeName);
  if (facts.head === undefined || !ADDRESS_MODEL_NOUNS.has(facts.head) || !facts.isPerson) return UNKNOWN;
  return personal('user.contact.address', CONFIDENCE.recordKind, `type: ${typeName}`);
}

/**
 * The configuration of a connection to another system (`CrmConnector.config`,
 * `WarehouseConnection.params`, `IdentityProvider.oidcConfig`) holds the credentials it connects with. Its
 * `settings` are preferences, not credentials.
 */
function classifyConnectionConfig(leafWords: readonly string[], modelName: string, type: FieldType): Verdict {
  const last = leafWords[leafWords.length - 1];
  if (last === undefined || !CONNECTION_CONFIG_WORDS.has(last) || type === 'boolean' || type === 'number' || type === 'date') return UNKNOWN;
  if (!leafWords.slice(0, -1).every((word) => CONNECTION_PROTOCOL_WORDS.has(word))) return UNKNOWN;
  return personal('user.authorization.credentials', CONFIDENCE.recordKind, `connection config of ${modelName} (holds its credentials)`);
}

// ---- nested paths ----------------------------------------------------------------------------

interface PathWords {
  words: string[];
  /** The words of the last segment (the field itself). */
  leaf: string[];
  /** The words of the segment before it, for a nested path. */
  parent?: string[];
  /** See `findTerms`. */
  ownerSegmentEnds?: ReadonlySet<number>;
}

const pathWordsCache = new Map<string, PathWords>();

/**
 * The words of a field's path. A container segment after another (`employees.nodes.firstName`,
 * `edges.node.email`) is dropped: the segment before it is the owner. A segment made of one
 * person noun (`user.name`) owns what follows, so no phrase runs across it.
 */
function pathWordsOf(name: string): PathWords {
  const cached = pathWordsCache.get(name);
  if (cached) return cached;
  let result: PathWords;
  if (!name.includes('.')) {
    const words = splitWords(name);
    result = { words, leaf: words };
  } else {
    const segments = name
      .split('.')
      .map((segment) => splitWords(segment))
      .filter((segmentWords, index) => segmentWords.length > 0 && !(index > 0 && segmentWords.every((word) => CONTAINER_WORDS.has(word))));
    const words: string[] = [];
    const ownerSegmentEnds = new Set<number>();
    for (const segmentWords of segments) {
      words.push(...segmentWords);
      if (segmentWords.length === 1 && nounClassOf(segmentWords[0]!) === 'person') ownerSegmentEnds.add(words.length);
    }
    const leaf = segments[segments.length - 1] ?? [];
    result = { words, leaf };
    if (segments.length > 1) result.parent = segments[segments.length - 2]!.map(singularOf);
    if (ownerSegmentEnds.size > 0) result.ownerSegmentEnds = ownerSegmentEnds;
  }
  pathWordsCache.set(name, result);
  return result;
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
/**
 * `DATABASE_PASSWORD`, `SMTP_USER`, `env.SLACK_CLIENT_SECRET`: the application's own configuration
 * (environment variables and the classes that validate them), not data about a person. Constant
 * case with two or more words off a person's record, or any constant-case name on an environment
 * or config object.
 */
function isEnvironmentConstant(name: string, ownerName: string): boolean {
  if (!/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/.test(name)) return false;
  return name.includes('_') || /(^|[^a-z])(env|environment|config|configuration|secrets?)$/i.test(ownerName);
}

/** Nested objects named for records that are not people, beyond the noun classes (`link` is transparent in names). */
const NESTED_RECORD_CLASSES: ReadonlyMap<string, NounClass> = new Map([['link', 'thing']]);

export function classifyField(field: FieldFact, model: ModelFact, options: ClassifyOptions = {}): Classification | null {
  const id = `${model.name}.${field.name}`;
  const overrides = options.overrides;
  if (overrides && Object.hasOwn(overrides, id)) {
    const override = overrides[id]!;
    if (override === 'none') return null;
    return { category: canonicalCategory(override) ?? override, confidence: 1, evidence: `override: fields.${id}` };
  }
  if (field.isForeignKey || field.isRelation || field.type === 'relation') return null;

  const base = modelContextOf(model);
  if (!base.isPerson && isEnvironmentConstant(field.name.split('.').pop()!, model.name)) return null;
  const owner: OwnerContext = {
    isPerson: base.isPerson,
    personLabel: `in person model ${model.name}`,
    isHealthRecord: base.isHealthRecord,
    healthLabel: `in health record model ${model.name}`,
    hasAddressFields: base.hasAddressFields,
    hasOwner: true,
    ownerClasses: base.ownerClasses,
    type: field.type,
    isTrackingRecord: base.isTrackingRecord,
    isPaymentCard: base.isPaymentCard,
    isFinancialAccount: base.isFinancialAccount,
    isSignInRecord: base.isSignInRecord,
    isCredentialRecord: base.credentialTerm !== undefined,
    isMessage: base.isMessage,
    modelLabel: model.name,
  };
  if (base.headWord !== undefined) owner.headWord = base.headWord;
  if (base.headClass !== undefined) owner.headClass = base.headClass;
  // `trackLeadResponseSchema.link.url`: a nested object named for a thing (`link`, `program`)
  // owns the fields under it, whatever the model around it holds.
  const segments = field.name.split('.');
  if (segments.length > 1 && owner.isPerson) {
    const ownerWords = splitWords(segments[segments.length - 2]!);
    const nounClass = ownerWords.length === 1 ? NESTED_RECORD_CLASSES.get(singularOf(ownerWords[0]!)) ?? nounClassOf(ownerWords[0]!) : undefined;
    if (nounClass !== undefined && nounClass !== 'person') {
      owner.isPerson = false;
      owner.ownerClasses = [nounClass];
    }
  }

  const path = pathWordsOf(field.name);
  const words = path.words;
  const factor = model.kind === 'type' ? TYPE_MODEL_FACTOR : 1;

  // A primary key is a surrogate id, unless its name is a value personal anywhere: a
  // `sessionToken` or an `email` used as the key is still that token or email.
  if (field.isPrimaryKey) {
    const byKeyName = classifyWords(words, owner, 'name', path.ownerSegmentEnds);
    const isStrongValue = byKeyName.kind === 'personal' && (byKeyName.term?.scope === 'anywhere' || byKeyName.term?.scope === 'login');
    return isStrongValue ? finish(byKeyName, factor) : null;
  }

  let byName = classifyWords(words, owner, 'name', path.ownerSegmentEnds);
  if (byName.kind === 'unknown' && field.columnName && field.columnName !== field.name) {
    byName = classifyWords(splitWords(field.columnName), owner, 'column name');
  }
  // A UUID or id validator says the field holds a reference: `@IsUUID() organization` is not a workplace.
  if (byName.kind === 'personal' && byName.term?.scope === 'person' && field.validators.some((validator) => validator === 'uuid' || validator === 'id')) {
    byName = { kind: 'not-personal', reason: 'a reference by its validator' };
  }

  const leaf = path.leaf;
  if (byName.kind === 'unknown' || (byName.kind === 'not-personal' && leaf.every((word) => VALUE_FIELD_WORDS.has(word)))) {
    const ownerWords = path.parent ?? coreWordsOfModelName(model.name);
    const byOwnerName = classifyByOwnerName(leaf, ownerWords, owner);
    if (byOwnerName.kind === 'personal') byName = byOwnerName;
  }
  if (byName.kind !== 'personal') {
    const byRecordKind = firstPersonal(
      base.credentialTerm !== undefined && HASH_WORDS.has(leaf[leaf.length - 1] ?? '')
        ? personal(base.credentialTerm.category!, CONFIDENCE.anywhere.medium, `model name: ${describeTerm(base.credentialTerm)} (field ${leaf.join(' ')})`, base.credentialTerm)
        : UNKNOWN,
      classifyEmbeddedPerson(leaf, field.type),
      base.isPersonAttributeRecord ? classifyAttributeValue(leaf, model.name, field.type) : UNKNOWN,
      base.isConnection ? classifyConnectionConfig(leaf, model.name, field.type) : UNKNOWN,
      classifyByDeclaredType(field.typeName, field.type),
    );
    if (byRecordKind.kind === 'personal') byName = byRecordKind;
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
    if (verdict.kind !== 'personal' && byName.kind === 'unknown') verdict = classifyByDoc(field.doc, owner, field.name);
  }
  return finish(verdict, factor);
}

/**
 * Classifies a value that has no schema behind it by its name: a property (`customer.email`,
 * or `email` with owner `customer`), a destructured name (`{ phone }`), a variable
 * (`ipAddress`). The owner is the object the value was read from; a person-like owner makes
 * `name` or `address` personal. Confidence is lower than for a schema field.
 */
/** Names recur across a project (`user.email` in hundreds of places): each is classified once. */
const nameCache = new Map<string, Readonly<Classification> | null>();
const NAME_CACHE_LIMIT = 50_000;

export function classifyName(name: string, context: { owner?: string; type?: FieldType } = {}): Readonly<Classification> | null {
  const key = `${context.owner ?? ''}\u0000${context.type ?? ''}\u0000${name}`;
  const cached = nameCache.get(key);
  if (cached !== undefined) return cached;
  const result = classifyNameUncached(name, context);
  if (nameCache.size >= NAME_CACHE_LIMIT) nameCache.clear();
  nameCache.set(key, result ? Object.freeze(result) : null);
  return result;
}

function classifyNameUncached(name: string, context: { owner?: string; type?: FieldType }): Classification | null {
  let ownerPath = context.owner;
  let leaf = name;
  const lastDot = name.lastIndexOf('.');
  if (lastDot >= 0) {
    const prefix = name.slice(0, lastDot);
    ownerPath = ownerPath ? `${ownerPath}.${prefix}` : prefix;
    leaf = name.slice(lastDot + 1);
  }
  if (isEnvironmentConstant(leaf, ownerPath?.split('.').pop() ?? '')) return null;
  const owner: OwnerContext = { isPerson: false, ownerClasses: [], isHealthRecord: false, hasAddressFields: false, hasOwner: ownerPath !== undefined && ownerPath !== '' };
  if (context.type !== undefined) owner.type = context.type;
  if (owner.hasOwner) {
    const segments = ownerPath!.split('.').filter((segment) => segment !== '');
    // `data.items.email`: a container is not the owner; the segment before it is.
    let ownerIndex = segments.length - 1;
    while (ownerIndex > 0 && splitWords(segments[ownerIndex]!).every((word) => CONTAINER_WORDS.has(word))) ownerIndex--;
    const ownerName = segments[ownerIndex] ?? '';
    const facts = modelNameFacts(ownerName);
    owner.isPerson = facts.isPerson;
    owner.personLabel = `of ${ownerName}`;
    owner.isHealthRecord = facts.isHealthRecord;
    owner.healthLabel = `of ${ownerName}`;
    owner.ownerClasses = facts.isPerson ? ['person'] : facts.classes;
    if (facts.head !== undefined) owner.headWord = facts.head.split(' ').pop()!;
    if (facts.headClass !== undefined) owner.headClass = facts.headClass;
    const role = splitWords(ownerName).find((word) => ADDRESS_ROLE_WORDS.has(word));
    if (role !== undefined) owner.ownerQualifier = role;
  }
  const classification = finish(classifyWords(splitWords(leaf), owner), SCHEMALESS_FACTOR);
  if (classification && isSystemValue(classification.category, leaf, ownerPath)) return null;
  return classification;
}

/**
 * Words that name the application's own machinery. A value with no schema behind it whose name
 * or owner says it belongs to one (`dbConfig.password`, `channelToken`, `server.ip`,
 * `smtp.webhookUrl`) is the system's secret or address, not a person's, unless a person is
 * named too (`user.settings.password`).
 */
const SYSTEM_WORDS = new Set([
  'db', 'database', 'datasource', 'connection', 'conn', 'config', 'configuration', 'settings', 'options', 'opts', 'env', 'environment',
  'server', 'host', 'integration', 'channel', 'smtp', 'transport', 'transporter', 'webhook', 'app', 'application',
  'system', 'redis', 'cache', 'queue', 'bucket', 'cluster', 'instance', 'proxy', 'vault', 'license', 'licence', 'global', 'globals',
  'intent', 'bot', 'service', 'machine', 'node', 'deployment', 'registry', 'repository', 'repo', 'org', 'organization', 'organisation',
  'workspace', 'team', 'tenant', 'project', 'public', 'localhost',
]);

/** Categories a system also has: secrets, network addresses and device ids. */
export function isSystemCategory(category: string): boolean {
  return (
    category === 'user.authorization.credentials' ||
    category === 'user.authorization.password' ||
    category === 'user.device.ip_address' ||
    category === 'user.device.device_id' ||
    category === 'user.contact.url'
  );
}

function isSystemValue(category: string, leaf: string, ownerPath: string | undefined): boolean {
  if (!isSystemCategory(category)) return false;
  const segments = (ownerPath ?? '').split('.').filter((segment) => segment !== '');
  if (segments.some((segment) => splitWords(segment).some((word) => PERSON_MODEL_NOUNS.has(singularOf(word))))) return false;
  const words = [...segments.flatMap((segment) => splitWords(segment)), ...splitWords(leaf)].map((word) => singularOf(word));
  // An OAuth client's secret is the application's; a client's IP is the person's.
  if (category.startsWith('user.authorization.') && words.includes('client')) return true;
  return words.some((word) => SYSTEM_WORDS.has(word));
}
