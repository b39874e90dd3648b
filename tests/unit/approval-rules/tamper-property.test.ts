import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { readApprovedVersion } from '../../../src/shared/domain/approved/read-approved-version';
import {
  currentSnapshotFormat,
  type StoredApproval,
} from '../../../src/shared/domain/approved/stored-approval';
import { sha256Hex } from '../../../src/main/services/records';
import { sewerDistrictContent, storedSnapshot } from './snapshot-fixtures';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A sanitation district's approval in today's format: sewer answers, tallies and all. */
const example = storedSnapshot(currentSnapshotFormat, sewerDistrictContent());
const storedExample = (): StoredApproval => structuredClone(example);

/** Every place in the covered snapshot a value sits, as a path of keys and indexes. */
function paths(value: Json, at: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [at];
  const inner = Array.isArray(value)
    ? value.flatMap((item, index) => paths(item, [...at, index]))
    : Object.entries(value).flatMap(([key, item]) => paths(item, [...at, key]));
  return [at, ...inner];
}

function changed(value: Json, how: number): Json {
  if (value === null) return how % 2 === 0 ? 0 : '';
  if (typeof value === 'boolean') return !value;
  if (typeof value === 'number') return how % 2 === 0 ? value + 1 : -value - 0.5;
  if (typeof value === 'string') return how % 2 === 0 ? `${value}x` : ` ${value}`;
  if (Array.isArray(value)) {
    return how % 2 === 0 || value.length === 0 ? [...value, null] : value.slice(1);
  }
  const keys = Object.keys(value);
  if (how % 2 === 0 || keys.length === 0) return { ...value, added: true };
  const { [keys[0]!]: _removed, ...rest } = value;
  return rest;
}

/** The snapshot with the value at `path` replaced; the path's root is content, meeting or outcome. */
function withChange(
  stored: StoredApproval,
  path: (string | number)[],
  how: number,
): StoredApproval {
  const copy = structuredClone(stored) as unknown as Record<string, Json>;
  const covered = {
    content: copy.content!,
    meeting: copy.meeting!,
    outcome: copy.outcome!,
  } as Json;
  if (path.length === 0) return stored;
  let parent = covered as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, Json>;
  const last = path.at(-1)!;
  parent[last] = changed(parent[last]!, how);
  return { ...stored, ...(covered as object) };
}

describe('a stored approval read back', () => {
  it('is intact as written', () => {
    expect(readApprovedVersion(storedExample(), sha256Hex).ok).toBe(true);
  });
});

const all = paths({
  content: storedExample().content,
  meeting: storedExample().meeting,
  outcome: storedExample().outcome,
}).filter((path) => path.length > 0);

test.prop([fc.integer({ min: 0, max: all.length - 1 }), fc.nat()], { numRuns: 1000 })(
  'any single change to any field of the snapshot is detected',
  (index, how) => {
    const read = readApprovedVersion(withChange(storedExample(), all[index]!, how), sha256Hex);
    expect(read).toEqual({ ok: false, problem: 'altered' });
  },
);
