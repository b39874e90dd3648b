import { said } from '../../i18n/said';
import { saidList } from '../../i18n/said-list';
import { goalPeopleFields, type GoalPeopleField } from '../goal';
import { perGoal } from './per-goal';

const [responsible, ...actingFor] = goalPeopleFields;

/** A name as a reader compares it: case, spacing and accents typed apart do not matter. */
const nameKey = (name: string) =>
  name.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase();
const samePerson = (a: string, b: string) => nameKey(a) === nameKey(b);

/** The editor's labels in quotes, so the finding names the fields the board will look for. */
const quotedFields = (fields: GoalPeopleField[]) =>
  saidList(
    fields.map((field) => said('findings.quoted', { words: said(`findings.field.${field}`) })),
  );

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
  if (person === '') {
    return {
      severity: 'warning',
      message: said('findings.standIn.nobody', { label, fields: quotedFields(named) }),
      fix: said('findings.standIn.nobody.fix'),
    };
  }
  const repeated = named.filter((field) => samePerson(goal[field], person));
  if (repeated.length === 0) return null;
  const fields = quotedFields(repeated);
  return {
    severity: 'warning',
    message: said('findings.standIn.same', { label, person, fields }),
    fix: said('findings.standIn.same.fix', { fields }),
  };
});
