import { goalFieldLabels, goalPeopleFields } from '../goal';
import { listOf } from '../list-of';
import { perGoal } from './per-goal';

const [responsible, ...actingFor] = goalPeopleFields;

/** A name as a reader compares it: case, spacing and accents typed apart do not matter. */
const nameKey = (name: string) =>
  name.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase();
const samePerson = (a: string, b: string) => nameKey(a) === nameKey(b);

/**
 * Warning, not a blocker: who stands in is optional, since a utility with one operator may
 * truly have nobody, and asking for it on every goal would flag nearly every goal of such a
 * utility until the board stopped reading warnings. What is flagged is a stand-in that covers
 * nobody: one named for a goal with nobody responsible, or the responsible person named again.
 */
export const standInRule = perGoal('stand-in', ({ goal, label }) => {
  const person = goal[responsible].trim();
  const named = actingFor.filter((field) => goal[field].trim() !== '');
  if (named.length === 0) return null;
  const responsibleLabel = `“${goalFieldLabels[responsible]}”`;
  if (person === '') {
    const fields = listOf(named.map((field) => `“${goalFieldLabels[field]}”`));
    return {
      severity: 'warning',
      message: `${label} fills in ${fields} but leaves ${responsibleLabel} empty, so the paper names someone to stand in for nobody.`,
      fix: `Open the goal and fill in ${responsibleLabel} under Tracking, such as the operator or the board secretary.`,
    };
  }
  const repeated = named.filter((field) => samePerson(goal[field], person));
  if (repeated.length === 0) return null;
  const fields = listOf(repeated.map((field) => `“${goalFieldLabels[field]}”`));
  return {
    severity: 'warning',
    message: `${label} names ${person} both in ${responsibleLabel} and in ${fields}, so nobody covers the goal while ${person} is away.`,
    fix: `Open the goal and name someone else in ${fields} under Tracking, such as a relief operator or a board member, or leave it empty if nobody can.`,
  };
});
