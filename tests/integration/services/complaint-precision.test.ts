import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { UtilityHandlers } from '../../../src/main/handlers';
import type { ExportResult } from '../../../src/shared/api/export-result';
import type { SpanStats } from '../../../src/shared/domain/customers/feedback-summary';
import type { FeedbackTopic } from '../../../src/shared/domain/customers/feedback-entry';
import { prepareApprovable } from '../../support/approval-sample';
import { oneLine, pdfText } from '../pdf/poppler';
import { handlerFolder } from './handler-folder';

const fixtures = join(import.meta.dirname, '../../fixtures/complaints');

interface Case {
  file: string;
  /** The suggested time columns. */
  times: { receivedTime: string | null; respondedTime: string | null; resolvedTime: string | null };
  topic: FeedbackTopic;
  responded: SpanStats;
  resolved: SpanStats;
  /** The topic's row of the PDF's complaint table, as pdftotext reads it. */
  tableRow: string;
  /** What the goal linked to the topic's complaints says in the notes on the goals. */
  evidence: string;
  /** What the PDF must not print for this log. */
  never: RegExp[];
}

const cases: Case[] = [
  {
    file: 'time-column-am-pm.csv',
    times: { receivedTime: 'Time', respondedTime: 'Response Time', resolvedTime: null },
    topic: 'pressure',
    // Answered after 2 h 15, 55 min and 30 min; fixed the next day, the same day, 3 days later.
    responded: { count: 3, medianHours: 55 / 60, p90Hours: expect.closeTo(1.9833, 3) as number },
    resolved: { count: 3, medianHours: 24, p90Hours: 72, unit: 'days' },
    tableRow: 'Pressure 3 55 min 2 h 1 day 3 days',
    evidence:
      '3 complaints about Pressure; median response 55 min, 90% within 2 h; median time to resolve 1 day, 90% within 3 days',
    never: [/after \d/, /no resolved date/],
  },
  {
    file: 'time-column-24-hour.csv',
    times: {
      receivedTime: 'Time Received',
      respondedTime: 'Time Responded',
      resolvedTime: 'Time Resolved',
    },
    topic: 'water-quality',
    responded: { count: 2, medianHours: 1, p90Hours: expect.closeTo(1.4, 6) as number },
    resolved: { count: 2, medianHours: 18.5, p90Hours: expect.closeTo(29.3, 6) as number },
    tableRow: 'Water quality 2 1 h 1.4 h 19 h 29 h',
    evidence:
      '2 complaints about Water quality; median response 1 h, 90% within 1.4 h; median time to resolve 19 h, 90% within 29 h',
    never: [/same day/, /\b\d+ days?\b/],
  },
  {
    file: 'comma-month-first.csv',
    times: { receivedTime: null, respondedTime: null, resolvedTime: null },
    topic: 'pressure',
    responded: { count: 1, medianHours: 2.25, p90Hours: 2.25 },
    resolved: { count: 1, medianHours: 31.75, p90Hours: 31.75 },
    tableRow: 'Pressure 1 2.3 h 2.3 h 32 h 32 h',
    evidence:
      '1 complaint about Pressure; median response 2.3 h, 90% within 2.3 h; median time to resolve 32 h, 90% within 32 h',
    never: [/same day/, /\b\d+ days?\b/],
  },
  {
    file: 'dates-only.csv',
    times: { receivedTime: null, respondedTime: null, resolvedTime: null },
    topic: 'pressure',
    // Answered the same day, the same day, the next day, the same day; fixed after 2, 0, 2 days.
    responded: { count: 4, medianHours: 0, p90Hours: 24, unit: 'days' },
    resolved: { count: 3, medianHours: 48, p90Hours: 48, unit: 'days' },
    tableRow: 'Pressure 4 same day 1 day 2 days 2 days',
    evidence:
      '4 complaints about Pressure; median response same day, 90% within 1 day; median time to resolve 2 days, 90% within 2 days',
    never: [/\d min\b/, /\d h\b/],
  },
];

/** The PDF handed over as a download, written to `dir` so poppler can read it. */
async function textOf(dir: string, result: ExportResult): Promise<string> {
  if (result.status !== 'download') throw new Error(`Expected a download, got ${result.status}.`);
  const path = join(dir, 'agreement.pdf');
  await writeFile(path, Buffer.from(result.base64, 'base64'));
  return oneLine(pdfText(path));
}

async function importWithSuggestedColumns(handlers: UtilityHandlers, file: string) {
  const csvText = await readFile(join(fixtures, file), 'utf8');
  const { fileId, preview } = await handlers['complaints:open']({ fileName: file, csvText });
  expect(preview).toMatchObject({ mappingProblems: [], problemCount: 0 });
  await handlers['complaints:import']({ fileId, mapping: preview.mapping });
  return preview;
}

describe.each(cases)('a complaint log like $file', (c) => {
  it('gives the response times at the precision of its times, on screen and in the agreement', async () => {
    const { dir, handlers } = await handlerFolder('complaint-precision');
    await prepareApprovable(handlers);
    const preview = await importWithSuggestedColumns(handlers, c.file);
    expect(preview.mapping).toMatchObject(c.times);

    const { complaints } = await handlers['customers:get'](undefined);
    const stats = complaints.byTopic.find((row) => row.topic === c.topic);
    expect(stats?.responded).toEqual(c.responded);
    expect(stats?.resolved).toEqual(c.resolved);

    // The goal "Answer complaints within 1 working day" rests on these complaints.
    const goal = (await handlers['goals:list'](undefined)).find((g) => g.kind === 'external');
    await handlers['customers:link']({
      goalId: goal!.id,
      ref: { kind: 'complaints', topic: c.topic },
    });
    const text = await textOf(
      dir,
      await handlers['export:agreementPdf']({ revision: null, language: 'en' }),
    );
    expect(text).toContain(c.tableRow);
    expect(text).toContain(c.evidence);
    for (const words of c.never) expect(text).not.toMatch(words);
    const inDays = c.responded.unit === 'days' || c.resolved.unit === 'days';
    expect(text.includes('counted in whole calendar days')).toBe(inDays);
  });
});

describe('a version approved before figures in days', () => {
  it('prints its complaint figures as it always did', async () => {
    const v4 = join(import.meta.dirname, '../../fixtures/store/v4-valid.json');
    const { dir, handlers } = await handlerFolder('complaint-precision-v4', async (folder) =>
      writeFile(join(folder, 'los-builder.json'), await readFile(v4, 'utf8')),
    );
    const text = await textOf(
      dir,
      await handlers['export:agreementPdf']({ revision: 1, language: 'en' }),
    );
    // Its log said "same day" as 0 hours; the approved snapshot keeps the words it printed then.
    expect(text).toContain('Pressure 1 1.8 h 1.8 h 23 h 23 h');
    expect(text).toContain('Billing 1 0 min 0 min 2 days 2 days');
    expect(text).not.toContain('counted in whole calendar days');
  });
});
