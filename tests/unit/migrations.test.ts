import { describe, expect, it } from 'vitest';
import {
  migrate,
  MigrationError,
  migrations,
  type Migration,
} from '../../src/main/store/migrations';
import { currentSchemaVersion } from '../../src/main/store/schema-version';

// Synthetic formats: v1 {name}, v2 {title}, v3 {title, tags}.
const renameName: Migration = {
  from: 1,
  up: (data) => {
    const { name, ...rest } = data as { name: string };
    return { ...rest, title: name };
  },
};
const addTags: Migration = { from: 2, up: (data) => ({ ...(data as object), tags: [] }) };

describe('migrate', () => {
  it('runs the steps in order from the saved format to the target', () => {
    expect(migrate({ name: 'Mesa' }, 1, [renameName, addTags], 3)).toEqual({
      title: 'Mesa',
      tags: [],
    });
  });

  it('starts from the saved format, skipping steps already applied', () => {
    expect(migrate({ title: 'Mesa' }, 2, [renameName, addTags], 3)).toEqual({
      title: 'Mesa',
      tags: [],
    });
  });

  it('finds steps by their source format, whatever order the list is in', () => {
    expect(migrate({ name: 'Mesa' }, 1, [addTags, renameName], 3)).toEqual({
      title: 'Mesa',
      tags: [],
    });
  });

  it('returns data already in the target format as it is', () => {
    const data = { title: 'Mesa', tags: ['a'] };
    expect(migrate(data, 3, [renameName, addTags], 3)).toBe(data);
  });

  it('does not change the data it was given', () => {
    const data = { name: 'Mesa' };
    migrate(data, 1, [renameName, addTags], 3);
    expect(data).toEqual({ name: 'Mesa' });
  });

  it('refuses a gap in the steps', () => {
    expect(() => migrate({ name: 'Mesa' }, 1, [addTags], 3)).toThrow(
      expect.objectContaining({ kind: 'missing-step' }) as Error,
    );
    expect(() => migrate({ name: 'Mesa' }, 1, [renameName], 3)).toThrow(
      /no step from format 2 to format 3/,
    );
  });

  it('refuses a format newer than the target', () => {
    expect(() => migrate({}, 4, [renameName, addTags], 3)).toThrow(MigrationError);
    expect(() => migrate({}, 4, [renameName, addTags], 3)).toThrow(
      expect.objectContaining({ kind: 'future-version' }) as Error,
    );
  });

  it('refuses a format number that is not a positive whole number', () => {
    for (const version of [0, -1, 1.5, Number.NaN]) {
      expect(() => migrate({}, version, [], 3)).toThrow(
        expect.objectContaining({ kind: 'bad-version' }) as Error,
      );
    }
  });

  it('has a step for every format before the current one', () => {
    for (let version = 1; version < currentSchemaVersion; version += 1) {
      expect(migrations.some((step) => step.from === version)).toBe(true);
    }
    expect(migrate({ kept: true }, currentSchemaVersion, migrations)).toEqual({ kept: true });
  });
});
