import { currentSchemaVersion } from './schema-version';

/** One pure step from format `from` to `from + 1`; it must not mutate its input. */
export interface Migration {
  from: number;
  up: (data: unknown) => unknown;
}

/**
 * The real steps, oldest first. Empty: format 1 is the first format. A new step comes with a
 * fixture of the old format in tests/fixtures/store and a test that it loads.
 */
export const migrations: readonly Migration[] = [];

export class MigrationError extends Error {
  constructor(
    readonly kind: 'future-version' | 'missing-step' | 'bad-version',
    message: string,
  ) {
    super(message);
    this.name = 'MigrationError';
  }
}

/**
 * Brings `raw` (saved in format `fromVersion`) up to `targetVersion` by running each step in
 * turn. Refuses a version newer than the target and a gap in the steps.
 */
export function migrate(
  raw: unknown,
  fromVersion: number,
  steps: readonly Migration[],
  targetVersion: number = currentSchemaVersion,
): unknown {
  if (!Number.isInteger(fromVersion) || fromVersion < 1) {
    throw new MigrationError('bad-version', `Format ${fromVersion} is not a valid format number.`);
  }
  if (fromVersion > targetVersion) {
    throw new MigrationError(
      'future-version',
      `Format ${fromVersion} is newer than format ${targetVersion}, the newest this version knows.`,
    );
  }
  let data = raw;
  for (let version = fromVersion; version < targetVersion; version += 1) {
    const step = steps.find((candidate) => candidate.from === version);
    if (!step) {
      throw new MigrationError(
        'missing-step',
        `There is no step from format ${version} to format ${version + 1}.`,
      );
    }
    data = step.up(data);
  }
  return data;
}
