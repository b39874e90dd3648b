import { z } from 'zod';
import { goalKinds, goalSchema } from '../domain/goal';
import { goalInputFieldsSchema } from '../domain/goal-input';
import { goalTemplateSchema } from '../domain/goal-template';
import { rowId } from '../domain/text';
import { revSchema } from '../domain/versioned';
import type { AreaContract } from './method-spec';
import { noInput } from './no-input';

/** A deleted goal and where it stood, so Undo can put it back in place. */
export const deletedGoalSchema = z.strictObject({
  goal: goalSchema,
  index: z.number().int().min(0),
});
export type DeletedGoal = z.output<typeof deletedGoalSchema>;

/** Steps 3 and 5: the goals and the template library they are often started from. */
export const goalsContract = {
  /** The goal template library shipped with the app. */
  'templates:list': { input: noInput, output: z.array(goalTemplateSchema) },
  /** Every goal, internal and external, in the board's order. */
  'goals:list': { input: noInput, output: z.array(goalSchema) },
  /** Adds a goal at the end of its kind's list; answers it with its new id. */
  'goals:add': { input: z.strictObject({ fields: goalInputFieldsSchema }), output: goalSchema },
  /** Saves one goal if `rev` is its stored revision. */
  'goals:update': {
    input: z.strictObject({ id: rowId, rev: revSchema, fields: goalInputFieldsSchema }),
    output: goalSchema,
  },
  /** Deletes a goal; answers it and its place so the user can undo. */
  'goals:delete': { input: z.strictObject({ id: rowId }), output: deletedGoalSchema },
  /** Puts a deleted goal back where it stood (Undo). */
  'goals:restore': { input: deletedGoalSchema, output: goalSchema },
  /** Sets the order of one kind's goals; `ids` must name exactly that kind's goals. */
  'goals:reorder': {
    input: z.strictObject({ kind: z.enum(goalKinds), ids: z.array(rowId).max(200) }),
    output: z.array(goalSchema),
  },
} as const satisfies AreaContract<'goals' | 'templates'>;
