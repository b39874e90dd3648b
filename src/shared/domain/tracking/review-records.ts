import { z } from 'zod';
import { englishLabels, fieldMessage } from '../../i18n/field-label';
import { paragraphText, rowId } from '../text';

/** What the board decides for a goal at the annual review (DOMAIN.md: review it every year). */
export const reviewChoices = ['keep', 'raise', 'lower', 'drop', 'reword'] as const;
export type ReviewChoice = (typeof reviewChoices)[number];

/**
 * The annual review's decision on one goal of an approved revision, with the board's reason. A
 * record about the agreement, outside every fingerprint; the next revision is started from the
 * decisions, and the reasons appear in its "What changed since revision N".
 */
export const reviewDecisionSchema = z.strictObject({
  id: rowId,
  /** The approved revision reviewed. */
  revision: z.number().int().min(1),
  goalId: rowId,
  choice: z.enum(reviewChoices, {
    error: fieldMessage('validation.decision.choice', 'validation.label.decision.choice'),
  }),
  /** The new target for a raise or a lower; null otherwise. */
  newTarget: z.number().min(-1_000_000_000).max(1_000_000_000).nullable(),
  reason: paragraphText('validation.label.decision.reason', 1000),
  decidedAt: z.string().max(40),
});
export type ReviewDecision = z.output<typeof reviewDecisionSchema>;

/** The follow-up's Spanish, named as its form names it (issue 17). */
export const followUpSpanishLabel = englishLabels({
  textSpanish: 'validation.label.followUp.textSpanish',
}).textSpanish;

/**
 * What the utility will do about a goal missed in a year, in the board's words: printed beside
 * the miss on the customer report card ("How we did in 2027"), in Spanish on the Spanish card.
 */
export const followUpSchema = z.strictObject({
  id: rowId,
  revision: z.number().int().min(1),
  goalId: rowId,
  year: z.number().int().min(2000).max(2200),
  text: paragraphText('validation.label.followUp.text', 600),
  /** The same, as the Spanish report card prints it; '' until written (since format 11). */
  textSpanish: paragraphText('validation.label.followUp.textSpanish', 600),
  recordedAt: z.string().max(40),
});
export type FollowUp = z.output<typeof followUpSchema>;
