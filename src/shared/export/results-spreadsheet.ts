import type { CustomerRecords } from '../domain/customers/customer-records';
import type { ComplaintSummary } from '../domain/customers/feedback-summary';
import { plural } from '../domain/numbers/plural';
import { tallyFeedback } from '../domain/customers/tally-feedback';
import type { Actual } from '../domain/tracking/tracking-records';
import type { SystemType } from '../domain/utility';
import { csvText, type CsvValue } from './csv-cell';
import { complaintRows } from './spreadsheet-complaints';
import { feedbackRows } from './spreadsheet-feedback';
import { goalRows, type SheetGoal } from './spreadsheet-goals';
import { resultRows, type ApprovedGoals } from './spreadsheet-results';

/** The revision in force, or the working draft when none can be used. */
export type SheetAgreement =
  | {
      approved: true;
      revision: number;
      /** The meeting's date (YYYY-MM-DD). */
      approvedOn: string;
      nextReviewOn: string;
      goals: readonly SheetGoal[];
    }
  | {
      approved: false;
      revision: number;
      goals: readonly SheetGoal[];
      /** Why the approved revision cannot be used; null when nothing was ever approved. */
      problem: string | null;
    };

export interface SpreadsheetInput {
  utilityName: string;
  systemType: SystemType | null;
  /** The day of the export (YYYY-MM-DD). */
  exportedOn: string;
  agreement: SheetAgreement;
  /** Every approved revision whose record can be read: the goals its results are held to. */
  approvedRevisions: readonly ApprovedGoals[];
  actuals: readonly Actual[];
  feedback: Pick<CustomerRecords, 'outreaches' | 'entries'>;
  complaints: ComplaintSummary;
}

function opening(input: SpreadsheetInput): CsvValue[][] {
  const { agreement } = input;
  const about: CsvValue[][] = [
    ['Utility', input.utilityName],
    ['Exported on', input.exportedOn],
  ];
  if (agreement.approved) {
    return [
      ['Level of Service results'],
      ...about,
      ['Revision in force', agreement.revision],
      ['Approved by the board on', agreement.approvedOn],
      ['Next annual review', agreement.nextReviewOn],
    ];
  }
  const why =
    agreement.problem === null
      ? 'nothing is approved yet'
      : `the approved agreement cannot be used (${agreement.problem.trim()})`;
  // The first line, so nobody takes a draft's targets for promises the board made.
  return [
    [
      `Not approved: ${why}, so the goals below are the working draft's, which the board has not voted on.`,
    ],
    ...about,
    ['Working draft', agreement.revision],
  ];
}

function section(title: string, rows: CsvValue[][], empty: string): CsvValue[][] {
  return [[], [title], ...(rows.length === 0 ? [[empty]] : rows)];
}

/**
 * The spreadsheet for the treasurer, funders and the state: the goals of the agreement in
 * force, the results recorded since the vote, the customer feedback tallies and the complaint
 * log's figures, as titled sections one under another (decision 48). The figures are the ones
 * the app shows, from the same functions; the text is a CSV file's (csv-cell.ts).
 */
export function resultsSpreadsheet(input: SpreadsheetInput): string {
  const { agreement } = input;
  const goalsTitle = agreement.approved
    ? `Goals of the agreement in force (revision ${agreement.revision})`
    : `Goals of the working draft (revision ${agreement.revision}), not approved`;
  const results = resultRows(input.approvedRevisions, input.actuals);
  const resultNotes: CsvValue[][] =
    results.leftOut === 0
      ? []
      : [
          [
            `Not listed: ${plural(results.leftOut, 'result')} recorded against a revision whose record cannot be read (the goals they were held to are unknown).`,
          ],
        ];
  const tally = tallyFeedback(input.feedback);
  return csvText([
    ...opening(input),
    ...section(
      goalsTitle,
      agreement.goals.length === 0 ? [] : goalRows(agreement.goals),
      'No goals yet.',
    ),
    ...section(
      'Results recorded after the vote',
      [...results.rows, ...resultNotes],
      'No results have been recorded yet.',
    ),
    ...section(
      'Customer feedback',
      feedbackRows(tally, input.feedback.outreaches.length, input.systemType),
      'No customer feedback has been recorded yet.',
    ),
    ...section(
      'Complaint log',
      complaintRows(input.complaints),
      'No complaint log has been imported.',
    ),
  ]);
}
