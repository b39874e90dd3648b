import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeFingerprint } from '../../../src/shared/domain/approval-rules/compute-fingerprint';
import { auditOf } from '../../../src/main/services/records';
import { decodeComplaintLogFile } from '../../../src/main/store/complaint-log-codec';
import { migrations } from '../../../src/main/store/migrations';
import { currentSchemaVersion } from '../../../src/main/store/schema-version';
import { decodeWorkbookFile } from '../../../src/main/store/workbook-codec';

const shipped = join(import.meta.dirname, '../../../resources/example');

/**
 * The example utility shipped with the app (made by `npm run make-example`). Read at the current
 * format with no migration, so the next format change must make it again or the check fails.
 */
describe('the example utility shipped in resources/example', () => {
  it('is at the current format, marked as the example, its approval intact', async () => {
    const bytes = await readFile(join(shipped, 'los-builder.json'));
    const envelope = JSON.parse(bytes.toString('utf8')) as { schemaVersion: number };
    expect(envelope.schemaVersion).toBe(currentSchemaVersion);
    const { workbook } = decodeWorkbookFile(bytes, {
      schemaVersion: currentSchemaVersion,
      migrations,
    });
    expect(workbook.example).toBe(true);
    expect(workbook.utility.value.name).toMatch(/^Example: /);
    const audit = auditOf(workbook);
    expect(audit.problems).toEqual([]);
    expect(audit.workingCopyTrusted).toBe(true);
    expect(audit.revisions.map((check) => check.state)).toEqual(['intact']);
    const [approval] = workbook.approvals;
    expect(workbook.approvals).toHaveLength(1);
    expect(audit.revisions[0]?.meetingDate).toBe('2025-12-09');
    expect(await computeFingerprint(approval!)).toBe(approval?.fingerprint);
    // No approved record carries the mark: it is the working copy's alone.
    expect(JSON.stringify(workbook.approvals)).not.toContain('"example"');
  });

  it('holds a whole story to explore: goals, cards, the log, and revision 2 ready for its vote', async () => {
    const { workbook } = decodeWorkbookFile(await readFile(join(shipped, 'los-builder.json')), {
      schemaVersion: currentSchemaVersion,
      migrations,
    });
    expect(workbook.agreement).toEqual({ revision: 2, status: 'draft' });
    expect(workbook.utility.value.board).toHaveLength(5);
    expect(new Set(workbook.goals.map((goal) => goal.kind))).toEqual(
      new Set(['internal', 'external']),
    );
    expect(workbook.goals.length).toBeGreaterThanOrEqual(8);
    expect(workbook.customers.entries.length).toBeGreaterThanOrEqual(30);
    expect(workbook.customers.entries.every((entry) => entry.satisfaction !== null)).toBe(true);
    expect(workbook.meeting.value).toMatchObject({ seats: 5, votes: [] });
    expect(workbook.meeting.value.date > '2025-12-09').toBe(true);
    const log = decodeComplaintLogFile(await readFile(join(shipped, 'complaint-log.json')));
    expect(log.rows.length).toBeGreaterThanOrEqual(30);
  });
});
