import { issueMessage } from './issue-said';
import { said, type Said } from './said';
import { sharedCatalogs, type SaidKey } from './shared-catalog';

/** A field's name in a schema's message: a key of the `validation` area, or one with values. */
export type FieldLabel = SaidKey | Said;

export function labelSaid(label: FieldLabel): Said {
  return typeof label === 'string' ? said(label) : label;
}

/**
 * A record of English field names read from the catalog, for what prints or compares them in
 * English (papers, review findings): the catalog stays the one home of each name.
 */
export function englishLabels<const Keys extends Record<string, SaidKey>>(
  keys: Keys,
): { readonly [Name in keyof Keys]: string } {
  return Object.fromEntries(
    Object.entries(keys).map(([name, key]) => [name, sharedCatalogs.en[key]]),
  ) as { readonly [Name in keyof Keys]: string };
}

/** A schema's message that names its field: `{label}: …`, as zod keeps it (issue-said.ts). */
export function fieldMessage(key: SaidKey, label: FieldLabel): string {
  return issueMessage(said(key, { label: labelSaid(label) }));
}

/** A stored choice ("door-to-door") as an ICU select's selector, which cannot hold a dash. */
export function choiceOf(value: string): string {
  return value.replace(/-(\w)/g, (_dash, letter: string) => letter.toUpperCase());
}
