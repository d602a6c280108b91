/**
 * Small helpers several rules share. Rules read facts and the manifest only; nothing here touches
 * syntax trees or the file system.
 */
import type { PersonalField } from '../src/types.js';

/**
 * Whether a field is one the application stores (an ORM entity) or accepts (a DTO or validation
 * schema). Plain TypeScript record types usually mirror one of those, so the field-level rules
 * leave them out: reporting them too would repeat every finding of the model they mirror.
 */
export function isStoredOrCollected(field: PersonalField): boolean {
  return field.kind === 'entity' || field.kind === 'collection-point';
}

/** `User.phone (user.contact.phone_number)`: how messages name a field. */
export function describeField(field: Pick<PersonalField, 'id' | 'category'>): string {
  return `${field.id} (${field.category})`;
}

/** `"account"`, `"account" and "support"`, `"account", "billing" and "support"`. */
export function quotedList(names: readonly string[]): string {
  const quoted = names.map((name) => `"${name}"`);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
}
