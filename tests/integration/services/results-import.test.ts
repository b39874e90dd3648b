import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TrackingView } from '../../../src/shared/api/tracking-contract';
import { computeFingerprint } from '../../../src/shared/domain/approval-rules/compute-fingerprint';
import type { StoredApproval } from '../../../src/shared/domain/approved/stored-approval';
import { approvedV8Folder, february3, handlerFolder } from './handler-folder';
import { english, englishProblems } from '../../support/english-said';

const dataFile = (dir: string) => readFile(join(dir, 'los-builder.json'), 'utf8');

const approvalsOf = (text: string) =>
  (JSON.parse(text) as { data: { approvals: StoredApproval[] } }).data.approvals;

const resultsOf = (view: TrackingView, id: string) =>
  view.areas
    .flatMap((area) => area.goals)
    .find((goal) => goal.id === id)
    ?.actuals.map((actual) => [actual.period, actual.value, actual.source, actual.note]);

// Goals as revision 5 prints them: 1 lost water (%), 2 main breaks, 3 pressure (psi).
/** As Excel saves "CSV UTF-8": a byte-order mark, CRLF, quotes around cells with commas. */
const excelExport = [
  '\uFEFFGoal,Month ending,Result,Data source,Notes',
  'Goal 2,Nov 2027,9,Operator log,"Two breaks on Main St, one on Elm"',
  '2,12/2027,10,Operator log,',
  '"We lose little of the water we produce.",2027-11,14.5%,"Meter audit, monthly",',
  '1,2027-12,"1,012.5",Meter audit,Meter replaced mid-month',
  '3,2028-01-31,31,"Logger ""North""",',
  '3,2028-02,,,Not measured yet',
  ',,,,',
  ',,,,',
  '',
].join('\r\n');

describe('importing results from a spreadsheet', () => {
  it('reads a spreadsheet export and records every row, leaving the approvals as they were', async () => {
    const { dir, handlers, reopen } = await approvedV8Folder('results-import-excel');
    const before = await dataFile(dir);
    const opened = await handlers['tracking:openCsv']({
      fileName: 'results.csv',
      csvText: excelExport,
    });
    const { preview } = opened;
    expect(preview.mapping).toEqual({
      goal: 'Goal',
      period: 'Month ending',
      value: 'Result',
      source: 'Data source',
      note: 'Notes',
    });
    expect(preview).toMatchObject({
      delimiter: ',',
      mappingProblems: [],
      rowCount: 6,
      problems: [],
      problemCount: 0,
      skipped: 1,
      added: 5,
      replaced: 0,
      monthFirstDates: false,
    });
    expect(
      preview.rows.map((row) => [
        row.row,
        row.goalNumber,
        english(row.periodWords),
        english(row.valueWords),
      ]),
    ).toEqual([
      [2, 2, 'November 2027', '9 breaks per 100 miles'],
      [3, 2, 'December 2027', '10 breaks per 100 miles'],
      [4, 1, 'November 2027', '14.5%'],
      [5, 1, 'December 2027', '1,012.5%'],
      [6, 3, 'January 2028', '31 psi'],
    ]);

    const view = await handlers['tracking:importCsv']({
      fileId: opened.fileId,
      mapping: preview.mapping,
    });
    expect(resultsOf(view, 'g-breaks')).toEqual([
      ['2027-11', 9, 'Operator log', 'Two breaks on Main St, one on Elm'],
      ['2027-12', 10, 'Operator log', ''],
    ]);
    expect(resultsOf(view, 'g-loss')).toEqual([
      ['2027-11', 14.5, 'Meter audit, monthly', ''],
      ['2027-12', 1012.5, 'Meter audit', 'Meter replaced mid-month'],
    ]);
    expect(resultsOf(view, 'g-pressure')).toEqual([['2028-01', 31, 'Logger "North"', '']]);

    const after = await dataFile(dir);
    expect(JSON.stringify(approvalsOf(after))).toBe(JSON.stringify(approvalsOf(before)));
    for (const approval of approvalsOf(after)) {
      expect(await computeFingerprint(approval)).toBe(approval.fingerprint);
    }
    const approval = await handlers['approval:get'](undefined);
    expect(approval.problems).toEqual([]);
    const reread = await (await reopen())['tracking:get'](undefined);
    expect(resultsOf(reread, 'g-loss')).toEqual(resultsOf(view, 'g-loss'));

    // The file is let go once imported.
    await expect(
      handlers['tracking:previewCsv']({ fileId: opened.fileId, mapping: preview.mapping }),
    ).rejects.toMatchObject({
      code: 'conflict',
      message:
        'This results file is no longer open in LOS Builder: a file is let go after 15 minutes unused, or when another file is chosen. Choose the file again.',
    });
  });

  it('reads a semicolon-separated file with Spanish headers and month names', async () => {
    const { handlers } = await approvedV8Folder('results-import-semicolon');
    const csvText = [
      'Objetivo;Periodo;Resultado;Fuente;Notas',
      '2;nov 2027;8;Registro;',
      '1;diciembre 2027;13.5;Auditoría;"Medido; estación norte"',
      '3;Q1 2028;30;;',
    ].join('\n');
    const { fileId, preview } = await handlers['tracking:openCsv']({
      fileName: 'resultados.csv',
      csvText,
    });
    expect(preview.delimiter).toBe(';');
    expect(preview.mapping).toEqual({
      goal: 'Objetivo',
      period: 'Periodo',
      value: 'Resultado',
      source: 'Fuente',
      note: 'Notas',
    });
    // A quarter is longer than the month goal 3 is kept by: named, never guessed.
    expect(englishProblems(preview.problems)).toEqual([
      {
        row: 4,
        column: 'Periodo',
        message:
          'Row 4, Period: this goal is kept by the month, and “Q1 2028” is a whole quarter. Write it such as 2027-11, 11/2027 or Nov 2027.',
      },
    ]);
    const fixed = await handlers['tracking:openCsv']({
      fileName: 'resultados.csv',
      csvText: csvText.replace('Q1 2028', 'enero 2028'),
    });
    expect(fixed.preview).toMatchObject({ problemCount: 0, added: 3 });
    // Opening another file let go of the first.
    await expect(
      handlers['tracking:previewCsv']({ fileId, mapping: preview.mapping }),
    ).rejects.toMatchObject({ code: 'conflict' });
    const view = await handlers['tracking:importCsv']({
      fileId: fixed.fileId,
      mapping: fixed.preview.mapping,
    });
    expect(resultsOf(view, 'g-loss')).toEqual([
      ['2027-12', 13.5, 'Auditoría', 'Medido; estación norte'],
    ]);
    expect(resultsOf(view, 'g-pressure')).toEqual([['2028-01', 30, '', '']]);
  });

  it('imports nothing when one row is wrong, naming the rows and fields', async () => {
    const { dir, handlers } = await approvedV8Folder('results-import-refused');
    const before = await readFile(join(dir, 'los-builder.json'));
    const csvText = [
      'Goal,Period,Result',
      '2,2027-11,9',
      '2,2027-12,n/a',
      '2,2028-03,4',
      '1,2027-12,"12,5"',
      '2,2027-11,7',
      // Meant day first (4 February), read month first as every typed date is: April, refused.
      '2,04/02/2028,4',
    ].join('\n');
    const { fileId, preview } = await handlers['tracking:openCsv']({
      fileName: 'results.csv',
      csvText,
    });
    const messages = [
      "Row 3, Result: 'n/a' is not a number.",
      'Row 4, Goal 2, Period: choose one from November 2027 to February 2028.',
      "Row 5, Result: '12,5' cannot be read as a number: write it like 1,234.5, with a comma only between thousands and a point only before decimals.",
      'Row 6, Period: row 2 already holds goal 2’s result for November 2027; keep one of the two.',
      'Row 7, Goal 2, Period: choose one from November 2027 to February 2028. The file’s “04/02/2028” was read month first: April 2028.',
    ];
    expect(preview.problems.map((problem) => english(problem.message))).toEqual(messages);
    expect(preview.problems.map((problem) => [problem.row, problem.column])).toEqual([
      [3, 'Result'],
      [4, 'Period'],
      [5, 'Result'],
      [6, 'Period'],
      [7, 'Period'],
    ]);
    await expect(
      handlers['tracking:importCsv']({ fileId, mapping: preview.mapping }),
    ).rejects.toMatchObject({
      code: 'invalid-input',
      message: `Nothing was imported: the file has 5 problems. ${messages.slice(0, 3).join(' ')} (and 2 more)`,
    });
    expect((await readFile(join(dir, 'los-builder.json'))).equals(before)).toBe(true);
    const view = await handlers['tracking:get'](undefined);
    expect(resultsOf(view, 'g-breaks')).toEqual([]);
  });

  it('replaces the results of a file imported again rather than adding them twice', async () => {
    const { handlers } = await approvedV8Folder('results-import-again');
    const first = await handlers['tracking:openCsv']({
      fileName: 'results.csv',
      csvText: excelExport,
    });
    const imported = await handlers['tracking:importCsv']({
      fileId: first.fileId,
      mapping: first.preview.mapping,
    });
    const again = await handlers['tracking:openCsv']({
      fileName: 'results.csv',
      csvText: excelExport.replace('2,12/2027,10', '2,12/2027,11'),
    });
    expect(again.preview).toMatchObject({ added: 0, replaced: 5, problemCount: 0 });
    expect(again.preview.rows.every((row) => row.action === 'replace')).toBe(true);
    const view = await handlers['tracking:importCsv']({
      fileId: again.fileId,
      mapping: again.preview.mapping,
    });
    const ids = (tracked: TrackingView) =>
      tracked.areas.flatMap((area) => area.goals.flatMap((goal) => goal.actuals.map((a) => a.id)));
    expect(ids(view)).toEqual(ids(imported));
    expect(resultsOf(view, 'g-breaks')?.map(([period, value]) => [period, value])).toEqual([
      ['2027-11', 9],
      ['2027-12', 11],
    ]);
  });

  it('previews again with other columns, and says which are still to choose', async () => {
    const { handlers } = await approvedV8Folder('results-import-mapping');
    const { fileId, preview } = await handlers['tracking:openCsv']({
      fileName: 'results.csv',
      csvText: 'Which,When,Figure\n2,Nov 2027,9\n',
    });
    expect(preview.mapping).toEqual({
      goal: null,
      period: null,
      value: 'Figure',
      source: null,
      note: null,
    });
    expect(preview.mappingProblems.map(english)).toEqual([
      'Goal: choose the column that holds the goal’s number or statement.',
      'Period: choose the column that holds the month, quarter, year or day each result is for.',
    ]);
    expect(preview.rows).toEqual([]);
    const mapped = await handlers['tracking:previewCsv']({
      fileId,
      mapping: { ...preview.mapping, goal: 'Which', period: 'When' },
    });
    expect(mapped).toMatchObject({ mappingProblems: [], added: 1 });
    const stale = await handlers['tracking:previewCsv']({
      fileId,
      mapping: { ...mapped.mapping, note: 'Comments' },
    });
    expect(stale.mappingProblems.map(english)).toEqual([
      "Note: the file has no column called 'Comments'; choose one of its columns.",
    ]);
  });

  it('refuses a file before anything is approved, and a file that is not CSV', async () => {
    const { handlers } = await handlerFolder('results-import-draft', undefined, february3);
    await expect(
      handlers['tracking:openCsv']({
        fileName: 'results.csv',
        csvText: 'Goal,Period,Result\n1,2027-11,3',
      }),
    ).rejects.toThrow(/^Nothing is approved yet/);
    const approved = await approvedV8Folder('results-import-empty');
    await expect(
      approved.handlers['tracking:openCsv']({
        fileName: 'results.csv',
        csvText: 'Goal,Period,Result\r\n',
      }),
    ).rejects.toMatchObject({
      code: 'invalid-input',
      message: 'The file names its columns in the first row but has no results below it.',
    });
  });
});
