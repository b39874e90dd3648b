import { migrations, newestFormat } from './migrations';

/**
 * The data-file format this version writes (the envelope's `schemaVersion`): the one the newest
 * step in migrations.ts reaches, so adding a step raises it. docs/data-format.md explains the
 * policy.
 */
export const currentSchemaVersion = newestFormat(migrations);
