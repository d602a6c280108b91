export { ConfigError, formatIssue, formatKeyPath, type ConfigIssue, type KeyPath } from './errors.js';
export { loadManifest, searchDirectories, SEARCH_PLACES, MODULE_NAME, type LoadManifestOptions, type LoadedManifest } from './load.js';
export { NO_LOCATIONS, yamlLocator, type ManifestLocator, type Position } from './locations.js';
export {
  ARTICLE9_CONDITIONS,
  LEGAL_BASES,
  NOT_PERSONAL,
  RECIPIENT_ROLES,
  dataReferenceCovers,
  fieldOverride,
  findPurpose,
  hostMatches,
  purposeAllowsRecipient,
  purposeCoversField,
  purposesAllowRecipient,
  purposesCovering,
  recipientForHost,
  recipientForPackage,
  type Article9Condition,
  type CoverageSubject,
  type DataReference,
  type LegalBasis,
  type Manifest,
  type ManifestRecipient,
  type Purpose,
  type RecipientRole,
} from './manifest.js';
export { DEFAULT_SEVERITIES, RULE_IDS, SEVERITIES, isRuleId, type RuleId, type Severity } from './rule-ids.js';
export { DEFAULT_SCHEMA_URL, purposeName, renderStarterManifest, type StarterInput, type StarterRecipient } from './starter.js';
export {
  describeValue,
  didYouMean,
  parseDataEntry,
  readManifestSchema,
  validateManifest,
  type ValidateOptions,
  type ValidationIssue,
  type ValidationResult,
} from './validate.js';
