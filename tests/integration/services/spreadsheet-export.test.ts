import { describe, expect, it } from 'vitest';
import type { TrackedGoal } from '../../../src/shared/api/tracking-contract';
import { tallyFeedback } from '../../../src/shared/domain/customers/tally-feedback';
import { topicTitle } from '../../../src/shared/domain/customers/topic-words';
import {
  annualMeeting,
  commentCard,
  smallComplaintLog,
  smallLogMapping,
} from '../../support/customer-sample';
import { csvRecords, csvSection, downloadedCsv, parseCsv } from '../../support/csv-sections';
import { importComplaintCsv } from '../../support/import-complaint-csv';
import { approvedV8Folder, goalFields, handlerFolder } from './handler-folder';
import { sayIn } from '../../../src/shared/i18n/say-in';

describe('export:spreadsheet', () => {
  it('holds the figures the app shows, neutralising formulas and keeping numbers numbers', async () => {
    const { handlers } = await approvedV8Folder('spreadsheet-export');
    await handlers['tracking:saveActuals']({
      entries: [
        {
          goalId: 'g-breaks',
          period: '2027-12',
          value: 10,
          source: 'Operator log',
          note: '=HYPERLINK("http://x")',
        },
        { goalId: 'g-breaks', period: '2028-01', value: 4, source: 'Operator log', note: '' },
        {
          goalId: 'g-loss',
          period: '2028-01',
          value: -3,
          source: '+ meter audit',
          note: '-3: the meter read high, line one\nline two',
        },
        {
          goalId: 'g-pressure',
          period: '2028-01',
          value: 25.5,
          source: 'Gauge, "the hill"',
          note: '@ María’s house',
        },
      ],
    });
    // A new revision opens the working copy to edits, while revision 5 stays in force.
    await handlers['approval:newRevision'](undefined);
    const [draftGoal] = await handlers['goals:list'](undefined);
    if (!draftGoal) throw new Error('The fixture has goals.');
    const { id, rev, ...fields } = draftGoal;
    await handlers['goals:update']({
      id,
      rev,
      fields: { ...fields, statement: 'A draft statement' },
    });
    const outreach = await handlers['customers:addOutreach']({
      fields: annualMeeting({ date: '2028-01-20' }),
    });
    await handlers['customers:addEntry']({
      outreachId: outreach.id,
      fields: commentCard({ satisfaction: 5 }),
    });
    await importComplaintCsv(handlers, {
      fileName: 'complaints.csv',
      csvText: smallComplaintLog,
      mapping: smallLogMapping,
    });

    const file = downloadedCsv(await handlers['export:spreadsheet'](undefined));
    expect(file.fileName).toBe('Smith & Sons Mutual Water Co. Agua Pura results 2028-02-03.csv');
    expect([...file.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // Every line ends with CRLF; the only bare line feed is the one typed inside the note.
    expect(file.text.endsWith('\r\n')).toBe(true);
    expect(file.text.replaceAll('\r\n', '').split('\n')).toHaveLength(2);

    const rows = parseCsv(file.text);
    expect(rows[0]).toEqual(['Level of Service results']);
    expect(rows[1]).toEqual(['Utility', 'Smith & Sons "Mutual" Water Co. <Agua Pura>']);
    expect(rows[2]).toEqual(['Exported on', '2028-02-03']);
    expect(rows[3]).toEqual(['Revision in force', '5']);
    expect(rows[4]).toEqual(['Approved by the board on', '2027-11-18']);

    const view = await handlers['tracking:get'](undefined);
    const tracked = view.areas.flatMap((area) => area.goals);
    const goals = csvRecords(csvSection(rows, 'Goals of the agreement in force (revision 5)'));
    expect(
      goals.map((goal) => [goal['Goal number'], goal.Goal, goal['Target in words'], goal.Target]),
    ).toEqual(
      tracked.map((goal) => [
        String(goal.number),
        goal.statement,
        sayIn(goal.targetWords, 'en'),
        String(goal.target),
      ]),
    );
    expect(goals.map((goal) => goal.Goal)).not.toContain('A draft statement');

    const results = csvRecords(csvSection(rows, 'Results recorded after the vote'));
    const keptWord = (kept: boolean | null) => (kept === null ? "can't tell" : kept ? 'yes' : 'no');
    const expected = tracked.flatMap((goal: TrackedGoal) =>
      goal.actuals.map((actual) => ({
        Revision: '5',
        'Goal number': String(goal.number),
        Period: actual.period,
        Result: String(actual.value),
        'Where the figure comes from': actual.source.replace(/^\+/, "'+"),
        'Recorded at': '2028-02-03 12:00',
      })),
    );
    expect(results).toMatchObject(expected);
    const latest = (goal: TrackedGoal) =>
      results.filter((row) => row['Goal number'] === String(goal.number)).at(-1);
    for (const goal of tracked)
      expect(latest(goal)?.['Kept the target']).toBe(keptWord(goal.latestMeets));
    const breaks = results.filter((row) => row.Period === '2027-12');
    expect(breaks).toMatchObject([
      {
        'Period name': 'December 2027',
        Result: '10',
        'Kept the target': 'no',
        Note: '\'=HYPERLINK("http://x")',
      },
    ]);
    expect(file.text).toContain(
      `,10,breaks per 100 miles,no,Operator log,"'=HYPERLINK(""http://x"")",`,
    );
    // A negative result is a number; a note or a source that starts like a formula is text.
    const loss = results.find((row) => row.Result === '-3');
    expect(loss).toMatchObject({
      'Where the figure comes from': "'+ meter audit",
      Note: "'-3: the meter read high, line one\nline two",
    });
    expect(file.text).toMatch(/,2028-01,January 2028,-3,%,/);
    expect(results.find((row) => row.Result === '25.5')).toMatchObject({
      'Kept the target': 'yes',
      Note: "'@ María’s house",
      'Where the figure comes from': 'Gauge, "the hill"',
    });

    const customers = await handlers['customers:get'](undefined);
    const tally = tallyFeedback(customers.records);
    const feedback = csvRecords(csvSection(rows, 'Customer feedback'));
    const figure = (question: string, answer: string) =>
      feedback.find((row) => row.Question === question && row.Answer === answer)?.Number;
    expect(figure('Cards recorded', 'All')).toBe(String(tally.entries));
    expect(figure('Outreaches', 'All')).toBe(String(customers.records.outreaches.length));
    for (const { topic, count, strong } of tally.byTopic) {
      expect(figure('Comments by topic', topicTitle(topic))).toBe(String(count));
      expect(figure('Felt strongly, by topic', topicTitle(topic))).toBe(String(strong));
    }
    const satisfied = tally.satisfaction.shareSatisfied ?? 0;
    expect(
      Number(
        figure(
          'Overall satisfaction, 1 (very dissatisfied) to 5 (very satisfied)',
          'Satisfied (4 or 5)',
        ),
      ),
    ).toBeCloseTo(satisfied * 100, 1);
    expect(figure('Acceptable outage', 'Median')).toBe(String(tally.outage.medianHours));

    const summary = customers.complaints;
    const complaints = csvSection(rows, 'Complaint log');
    expect(complaints.slice(0, 3)).toEqual([
      ['Complaints received', String(summary.total)],
      ['First received', '2026-03-14'],
      ['Last received', '2026-03-20'],
    ]);
    const times = csvRecords(complaints.slice(3)).filter((row) => row['Time to'] !== '');
    for (const stats of summary.byTopic) {
      const respond = times.find(
        (row) => row.Topic === topicTitle(stats.topic) && row['Time to'] === 'respond',
      );
      expect(respond?.Complaints).toBe(String(stats.count));
      expect(respond?.['Complaints with both dates']).toBe(String(stats.responded.count));
      const inDays = stats.responded.unit === 'days';
      const median = stats.responded.medianHours ?? 0;
      expect(Number(respond?.Median)).toBeCloseTo(inDays ? median / 24 : median, 2);
      expect(respond?.Unit).toBe(inDays ? 'days' : 'hours');
    }
    // The billing complaint has dates only: its times are whole days, never hours or minutes.
    expect(
      times.find((row) => row.Topic === 'Billing' && row['Time to'] === 'resolve'),
    ).toMatchObject({ Median: '2', Unit: 'days' });
    expect(
      times.find((row) => row.Topic === 'All topics' && row['Time to'] === 'respond'),
    ).toMatchObject({ Complaints: '3', Unit: 'days' });
  });

  it('says in its first line that the goals are the working draft’s when nothing is approved', async () => {
    const { handlers } = await handlerFolder('spreadsheet-draft');
    await handlers['goals:add']({
      fields: { ...goalFields('Fix every leak within a week'), target: -1 },
    });
    const file = downloadedCsv(await handlers['export:spreadsheet'](undefined));
    const rows = parseCsv(file.text);
    expect(rows[0]?.[0]).toBe(
      "Not approved: nothing is approved yet, so the goals below are the working draft's, which the board has not voted on.",
    );
    const goals = csvRecords(
      csvSection(rows, 'Goals of the working draft (revision 1), not approved'),
    );
    expect(goals).toMatchObject([
      { 'Goal number': '1', Goal: 'Fix every leak within a week', Target: '-1' },
    ]);
    expect(file.text).toContain(',at most -1,-1,,');
    expect(csvSection(rows, 'Results recorded after the vote')).toEqual([
      ['No results have been recorded yet.'],
    ]);
    expect(csvSection(rows, 'Customer feedback')).toEqual([
      ['No customer feedback has been recorded yet.'],
    ]);
    expect(csvSection(rows, 'Complaint log')).toEqual([['No complaint log has been imported.']]);
  });
});
