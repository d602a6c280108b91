import { categoryCovers } from '../classify/taxonomy.js';
import type { RuleId, Severity } from './rule-ids.js';

/**
 * The purpose manifest after validation, with every default filled in (DESIGN.md section 2).
 * Plain data: rules read it, the cache hashes it, the report prints it.
 */

/** GDPR Art. 6(1) (a)..(f). */
export const LEGAL_BASES = [
  'consent',
  'contract',
  'legal_obligation',
  'vital_interests',
  'public_task',
  'legitimate_interests',
] as const;
export type LegalBasis = (typeof LEGAL_BASES)[number];

/** GDPR Art. 9(2) (a)..(j): the conditions under which special-category data may be processed. */
export const ARTICLE9_CONDITIONS = [
  'explicit_consent',
  'employment',
  'vital_interests',
  'nonprofit',
  'made_public',
  'legal_claims',
  'substantial_public_interest',
  'health_care',
  'public_health',
  'research',
] as const;
export type Article9Condition = (typeof ARTICLE9_CONDITIONS)[number];

export const RECIPIENT_ROLES = ['controller', 'processor', 'third_party', 'joint_controller'] as const;
export type RecipientRole = (typeof RECIPIENT_ROLES)[number];

/** The value of a `fields` override that marks a field as holding no personal data. */
export const NOT_PERSONAL = 'none';

/** One entry of a purpose's `data`, read once at load time so that coverage checks are cheap. */
export type DataReference =
  /** A taxonomy key; covers its sub-categories. */
  | { kind: 'category'; category: string }
  /** One field by id: `User.email`, `User.profile.address.city`. */
  | { kind: 'field'; id: string }
  /** Every field under a prefix: `User.*` (prefix `User`) or `User.profile.*` (prefix `User.profile`). */
  | { kind: 'fields-under'; prefix: string };

export interface Purpose {
  /** The purpose's key in the manifest, as written in `// datamin-purpose:` comments. */
  name: string;
  description?: string;
  basis: LegalBasis;
  article9?: Article9Condition;
  use?: string;
  /** The consent flag that must be checked before data leaves for this purpose. */
  consent?: string;
  /** The entries as written (category keys in their canonical form), for reports and drift. */
  data: string[];
  /** `data`, parsed; same order and length. */
  dataReferences: DataReference[];
  /** An ISO-8601 duration (`P3Y`) or an event name (`account-deletion`). */
  retention?: string;
  recipients: string[];
  /** Globs relative to the project root. */
  code: string[];
}

export interface ManifestRecipient {
  name?: string;
  role?: RecipientRole;
  /** ISO 3166-1 alpha-2. */
  country?: string;
  /** Host names, `*.example.com` for every subdomain. */
  hosts: string[];
  packages: string[];
  description?: string;
}

export interface Manifest {
  version: 1;
  /** Absent: the project stage's default (every script file, the tsconfig's files, schemas). */
  include?: string[];
  /** Absent: the project stage's default list (tests, mocks, stories); present: replaces it. */
  exclude?: string[];
  /** In the manifest's order. */
  purposes: Purpose[];
  /** By key, in the manifest's order. Read with `Object.hasOwn`: keys are user data. */
  recipients: Record<string, ManifestRecipient>;
  /** Classification overrides by field id: a category key or `none`. */
  fields: Record<string, string>;
  /** Every rule id with its effective severity. */
  rules: Record<RuleId, Severity>;
  sanitizers: string[];
  consentGuards: string[];
}

/**
 * What coverage needs to know of a value: the inventory id and model when it comes from a known
 * model, and its category. Flows of values with no model behind them (`customer.email` on an
 * untyped object) have no id and are covered by categories only.
 */
export interface CoverageSubject {
  id?: string | null;
  model?: string | null;
  category: string;
}

/** Whether one `data` entry covers the subject. */
export function dataReferenceCovers(reference: DataReference, subject: CoverageSubject): boolean {
  switch (reference.kind) {
    case 'category':
      return categoryCovers(reference.category, subject.category);
    case 'field':
      return subject.id === reference.id;
    case 'fields-under':
      // `User.*` compares the model exactly when it is known, so that a model named `User.x`
      // (impossible today, but ids are strings) cannot be mistaken for a nested path.
      if (!reference.prefix.includes('.') && subject.model != null) return subject.model === reference.prefix;
      return subject.id != null && subject.id.startsWith(`${reference.prefix}.`);
  }
}

/** Whether the purpose's `data` declares the field: by category, by field id, or by `Model.*`. */
export function purposeCoversField(purpose: Purpose, subject: CoverageSubject): boolean {
  return purpose.dataReferences.some((reference) => dataReferenceCovers(reference, subject));
}

/** The purposes whose `data` declares the field, in the manifest's order. */
export function purposesCovering(manifest: Manifest, subject: CoverageSubject): Purpose[] {
  return manifest.purposes.filter((purpose) => purposeCoversField(purpose, subject));
}

export function findPurpose(manifest: Manifest, name: string): Purpose | undefined {
  return manifest.purposes.find((purpose) => purpose.name === name);
}

/**
 * Whether the purpose lists the recipient. `recipient` is what the flow analysis names: a catalog
 * or manifest key (`segment`, `crm`), or the host name of an unknown HTTP host. A host matches a
 * listed recipient whose manifest entry declares that host.
 */
export function purposeAllowsRecipient(manifest: Manifest, purpose: Purpose, recipient: string): boolean {
  for (const listed of purpose.recipients) {
    if (listed === recipient) return true;
    const declared = Object.hasOwn(manifest.recipients, listed) ? manifest.recipients[listed] : undefined;
    if (declared && declared.hosts.some((pattern) => hostMatches(pattern, recipient))) return true;
  }
  return false;
}

/** Whether any of the named purposes lists the recipient: a use is allowed when any purpose allows it. */
export function purposesAllowRecipient(manifest: Manifest, purposeNames: readonly string[], recipient: string): boolean {
  return purposeNames.some((name) => {
    const purpose = findPurpose(manifest, name);
    return purpose !== undefined && purposeAllowsRecipient(manifest, purpose, recipient);
  });
}

/** The manifest recipient that declares this host, if any: how an HTTP call to it is named. */
export function recipientForHost(manifest: Manifest, host: string): string | undefined {
  for (const [key, recipient] of Object.entries(manifest.recipients)) {
    if (recipient.hosts.some((pattern) => hostMatches(pattern, host))) return key;
  }
  return undefined;
}

/** The manifest recipient that declares this npm package, if any. */
export function recipientForPackage(manifest: Manifest, packageName: string): string | undefined {
  for (const [key, recipient] of Object.entries(manifest.recipients)) {
    if (recipient.packages.includes(packageName)) return key;
  }
  return undefined;
}

/** `api.example.com` matches itself; `*.example.com` matches every subdomain, not the apex. */
export function hostMatches(pattern: string, host: string): boolean {
  const normalizedPattern = pattern.toLowerCase();
  const normalizedHost = host.toLowerCase();
  if (normalizedPattern.startsWith('*.')) return normalizedHost.endsWith(normalizedPattern.slice(1));
  return normalizedHost === normalizedPattern;
}

/** The `fields` override for a field id: a category key, `none`, or undefined when there is none. */
export function fieldOverride(manifest: Manifest, fieldId: string): string | undefined {
  return Object.hasOwn(manifest.fields, fieldId) ? manifest.fields[fieldId] : undefined;
}
