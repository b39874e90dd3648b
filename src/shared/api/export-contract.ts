import { z } from 'zod';
import { exportResultSchema } from './export-result';
import type { AreaContract } from './method-spec';
import { noInput } from './no-input';

/** Which version to print: an approved revision, or null for the current draft. */
const revisionChoice = z.number().int().min(1).nullable();

/** Typed text the PDF fonts cannot draw, found before export so nothing vanishes silently. */
export const unprintableSchema = z.strictObject({
  /** Where it was typed, in the user's words: "Goal 3, What customers said". */
  field: z.string(),
  characters: z.string(),
});
export type Unprintable = z.output<typeof unprintableSchema>;

/** A passage a Spanish paper would print in English, listed before printing (missing-spanish.ts). */
export const missingSpanishSchema = z.strictObject({
  where: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('mission') }),
    z.strictObject({ kind: z.literal('goal'), goalId: z.string(), number: z.number().int() }),
  ]),
  field: z.enum(['mission', 'statement', 'measure', 'unit']),
  /** The field's name as the app says it ("Goal in Spanish"). */
  label: z.string(),
  /** The English text the Spanish paper would otherwise print. */
  english: z.string(),
});

/** Printing (the agreement, the customer summary, step 4's survey forms) and the results spreadsheet. */
export const exportContract = {
  /** Lists typed characters the PDF fonts cannot print, before an export. */
  'export:check': {
    input: z.strictObject({
      revision: revisionChoice,
      /**
       * Which documents will print: the agreement (the default), step 4's survey forms, the
       * reports after the vote (the agreement in force and the board's follow-ups), or the
       * meeting's papers: the board packet, or the minutes excerpt and the resolution.
       */
      document: z
        .enum(['agreement', 'survey-forms', 'reports', 'board-packet', 'minutes'])
        .default('agreement'),
      /** The paper's language: a Spanish paper also lists what has no Spanish wording yet. */
      language: z.enum(['en', 'es']).default('en'),
    }),
    output: z.strictObject({
      unprintable: z.array(unprintableSchema),
      /** What a Spanish paper would print in the board's English (empty for English). */
      missingSpanish: z.array(missingSpanishSchema),
    }),
  },
  /** The agreement PDF: the draft (watermarked) or an approved revision. */
  'export:agreementPdf': {
    input: z.strictObject({
      revision: revisionChoice,
      language: z.enum(['en', 'es']).default('en'),
    }),
    output: exportResultSchema,
  },
  /**
   * The one-page customer summary of an approved revision, in English or Spanish, or both side
   * by side ('both') for mailing to every customer.
   */
  'export:customerSummaryPdf': {
    input: z.strictObject({
      revision: z.number().int().min(1),
      language: z.enum(['en', 'es', 'both']),
    }),
    output: exportResultSchema,
  },
  /**
   * The board packet for the meeting that votes on the working draft: the agenda memo, the draft
   * resolution with blanks for the vote, the public notice, the review's findings, what customers
   * said and the draft agreement. Refused once the working copy is approved.
   */
  'export:boardPacketPdf': {
    input: z.strictObject({ language: z.enum(['en', 'es']).default('en') }),
    output: exportResultSchema,
  },
  /**
   * After the vote: the minutes excerpt and the resolution filled in from the recorded vote, for
   * an approved revision or (null) the working copy's vote as recorded in step 7.
   */
  'export:minutesPdf': {
    input: z.strictObject({
      revision: revisionChoice,
      language: z.enum(['en', 'es']).default('en'),
    }),
    output: exportResultSchema,
  },
  /** Opens the file just saved in the system's PDF viewer, to print (desktop only). */
  'export:openSaved': { input: noInput, output: z.strictObject({ opened: z.boolean() }) },
  /** The printable survey and comment card, or the door-to-door tally sheet, in English or Spanish. */
  'export:surveyPdf': {
    input: z.strictObject({
      form: z.enum(['survey', 'tally-sheet']),
      language: z.enum(['en', 'es']),
    }),
    output: exportResultSchema,
  },
  /**
   * A CSV spreadsheet for the treasurer, funders and the state: the goals in force, the results
   * recorded since the vote, the customer feedback tallies and the complaint log's figures.
   */
  'export:spreadsheet': { input: noInput, output: exportResultSchema },
  /** The board report of a quarter ("2027-Q4") or a year ("2027") since the approval (reports/). */
  'export:boardReportPdf': {
    input: z.strictObject({
      period: z.string().regex(/^\d{4}(-Q[1-4])?$/, 'Period: choose a quarter or a year.'),
      language: z.enum(['en', 'es']).default('en'),
    }),
    output: exportResultSchema,
  },
  /** The one-page customer report card "How we did in <year>", in English or Spanish. */
  'export:reportCardPdf': {
    input: z.strictObject({
      year: z.number().int().min(2000).max(2200),
      language: z.enum(['en', 'es']),
    }),
    output: exportResultSchema,
  },
} as const satisfies AreaContract<'export'>;
