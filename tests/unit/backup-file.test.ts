import { describe, expect, it } from 'vitest';
import { decodeBackup, encodeBackup, type BackupParts } from '../../src/main/backup/backup-file';
import { encodeComplaintLogFile } from '../../src/main/store/complaint-log-codec';
import { migrations } from '../../src/main/store/migrations';
import { currentSchemaVersion } from '../../src/main/store/schema-version';
import {
  emptyComplaintLog,
  type ComplaintLog,
} from '../../src/shared/domain/customers/complaint-log';
import { addImport } from '../support/complaint-sample';
import { sampleFileText, sampleWorkbook } from '../support/store-sample';

const versioning = { schemaVersion: currentSchemaVersion, migrations };
const lineage = {
  utilityId: '0b6e8f8e-2f7a-4a8e-9f3e-1c2d3e4f5a6b',
  changes: { '0b6e8f8e-2f7a-4a8e-9f3e-1c2d3e4f5a6c': 3 },
};

function logText(rows: number): string {
  const log: ComplaintLog = structuredClone(emptyComplaintLog);
  addImport('import-1', 1, rows)(log);
  return encodeComplaintLogFile(log, { appVersion: '0.1.0', savedAt: new Date('2026-12-01') });
}

function backupOf(parts: BackupParts): string {
  return encodeBackup({
    parts,
    workbook: sampleWorkbook(4),
    holds: { lastChange: new Date('2026-11-26T14:05:00Z'), complaintRows: 3 },
    lineage,
    appVersion: '0.1.0',
    dataFormat: currentSchemaVersion,
    createdAt: new Date('2026-12-06T10:00:00Z'),
  });
}

const goodParts = (): BackupParts => ({
  // A byte-order mark and CRLF are kept exactly: the restore must write the same bytes.
  workbook: `\uFEFF${sampleFileText(4)}`.replace('\n', '\r\n'),
  complaintLog: logText(3),
});

const bytes = (text: string) => Buffer.from(text, 'utf8');

interface BackupJson {
  format: number;
  manifest?: unknown;
  parts: { workbook: string; complaintLog: string | null };
}

/** Edits the backup's JSON as an attacker or a bad copy would. */
function edited(change: (file: BackupJson) => void): Uint8Array {
  const file = JSON.parse(backupOf(goodParts())) as BackupJson;
  change(file);
  return bytes(JSON.stringify(file));
}

describe('a backup file', () => {
  it('gives back each part byte for byte, with what it holds and whose it is', () => {
    const parts = goodParts();
    const backup = decodeBackup(bytes(backupOf(parts)), versioning);
    expect(backup.parts).toEqual(parts);
    expect(backup.workbook.utility.value.name).toBe('Save 4');
    expect(backup.complaintRows).toBe(3);
    expect(backup.lineage).toEqual(lineage);
    expect(backup.createdAt.toISOString()).toBe('2026-12-06T10:00:00.000Z');
    expect(backup.savedAt.toISOString()).toBe('2026-11-26T14:05:00.000Z');
  });

  it('holds no complaint log when none was imported', () => {
    const backup = decodeBackup(
      bytes(backupOf({ workbook: sampleFileText(2), complaintLog: null })),
      versioning,
    );
    expect(backup.parts.complaintLog).toBeNull();
    expect(backup.complaintRows).toBe(0);
  });

  const refusals: [string, () => Uint8Array, RegExp][] = [
    ['not JSON at all', () => bytes('PK\u0003\u0004 a zip file'), /cut off or damaged/],
    ['another JSON file', () => bytes('{"name":"report"}'), /not an LOS Builder backup/],
    ['a data file, not a backup', () => bytes(sampleFileText(1)), /not an LOS Builder backup/],
    ['cut off half way', () => bytes(backupOf(goodParts()).slice(0, 400)), /cut off or damaged/],
    ['empty', () => bytes(''), /empty/],
    [
      'a part changed after it was made',
      () =>
        edited((file) => (file.parts.workbook = file.parts.workbook.replace('Save 4', 'Save 5'))),
      /agreement data does not match its checksum/,
    ],
    [
      'the log changed after it was made',
      () =>
        edited(
          (file) =>
            (file.parts.complaintLog = (file.parts.complaintLog ?? '').replace('12 Elm', '13 Elm')),
        ),
      /complaint log does not match its checksum/,
    ],
    [
      'the log dropped but still listed',
      () => edited((file) => (file.parts.complaintLog = null)),
      /complaint log does not match its list of parts/,
    ],
    [
      'a newer backup format',
      () => edited((file) => (file.format = 2)),
      /newer version of LOS Builder \(backup format 2\)/,
    ],
    [
      'a part missing',
      () => edited((file) => delete file.manifest),
      /damaged: its parts are not all there/,
    ],
  ];

  it.each(refusals)('is refused when it is %s, with a plain message', (_case, make, message) => {
    let thrown: unknown;
    try {
      decodeBackup(make(), versioning);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toMatchObject({ code: 'invalid-input' });
    const text = (thrown as Error).message;
    expect(text).toMatch(/^This file cannot be restored because /);
    expect(text).toMatch(message);
    expect(text).toMatch(/Nothing was changed\.$/);
  });

  it('is refused when its data is from a newer version, even with matching checksums', () => {
    const newer = sampleFileText(1).replace(
      `"schemaVersion":${currentSchemaVersion}`,
      `"schemaVersion":${currentSchemaVersion + 1}`,
    );
    expect(() =>
      decodeBackup(bytes(backupOf({ workbook: newer, complaintLog: null })), versioning),
    ).toThrow(/agreement data is in a format this version of LOS Builder cannot use/);
  });
});
