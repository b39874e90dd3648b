/**
 * The data-file format this version writes (the envelope's `schemaVersion`). Raise it by one
 * with each new step in migrations.ts; docs/data-format.md explains the policy.
 */
export const currentSchemaVersion = 7;
