import type { AgreementContent } from '../domain/agreement-version';
import { meetingLabels, type Meeting } from '../domain/approval';
import {
  baselineFieldLabels,
  blankGoalFields,
  goalFieldLabels,
  spanishFieldLabels,
  type GoalFields,
  type SpanishWording,
} from '../domain/goal';
import { goalAreas } from '../domain/goal-areas';
import { areaReasonLabel } from '../domain/review-settings';
import { scopeLabels } from '../domain/scope';
import { sewerLabels } from '../domain/sewer-system';
import { runsSewer } from '../domain/utility';
import { numberedGoals } from './numbered-goals';
import type { RevisionChanges } from './revision-changes';

export interface PrintableField {
  /** Where it was typed, in the user's words: "Goal 3, What is measured". */
  field: string;
  text: string;
}

/** The goal fields that hold free text (not a choice, a number, a list or an id). */
type GoalTextField = {
  [Key in keyof GoalFields]: GoalFields[Key] extends string
    ? string extends GoalFields[Key]
      ? Key
      : never
    : never;
}[keyof GoalFields];

// Derived, not listed, so a text field added to a goal is never left out of the font check: the
// fields a board types as text are exactly those a blank goal holds as ''.
const blankGoal = blankGoalFields('internal');
const goalTextFields = (Object.keys(blankGoal) as (keyof GoalFields)[]).filter(
  (key): key is GoalTextField => blankGoal[key] === '',
);
// The Spanish wording's parts, from its own label table, so a part added there is checked too.
const spanishTextFields = Object.keys(spanishFieldLabels) as (keyof SpanishWording)[];

/**
 * Every text the user typed that a document prints, with a plain label, so the export can warn
 * about characters the fonts cannot draw before anything vanishes from the paper.
 */
export function printableFieldsOf(
  content: AgreementContent,
  meeting: Meeting | null,
): PrintableField[] {
  const fields: PrintableField[] = [];
  const add = (field: string, text: string) => {
    if (text.trim() !== '') fields.push({ field, text });
  };
  const { utility, scope } = content;
  add('Utility name', utility.name);
  add('System ID', utility.systemId);
  utility.board.forEach((member, index) => add(`Board member ${index + 1}, name`, member.name));
  utility.operators.forEach((operator, index) => {
    add(`Operator ${index + 1}, name`, operator.name);
    add(`Operator ${index + 1}, certification`, operator.certification);
  });
  utility.helpers.forEach((helper, index) => {
    add(`Planning team helper ${index + 1}, name`, helper.name);
    add(`Planning team helper ${index + 1}, role`, helper.role);
  });
  add(scopeLabels.mission, scope.mission);
  add(scopeLabels.missionSpanish, scope.missionSpanish);
  if (scope.regulatoryStyle === 'blanket') {
    add(scopeLabels.regulatoryStatement, scope.regulatoryStatement);
  } else {
    scope.regulatoryCategories.forEach((category, index) =>
      add(`${scopeLabels.regulatoryStatement} ${index + 1}`, category.text),
    );
  }
  add('What the system cannot do', scope.assetLimits);
  // Page 1 prints the permit number only for a utility that runs sewer service.
  if (runsSewer(utility.systemType)) add(sewerLabels.dischargePermit, scope.sewer.dischargePermit);
  for (const area of goalAreas) {
    // A reason prints only for a chosen area that has no goal (the goals section says why).
    if (!scope.areas.includes(area) || content.goals.some((goal) => goal.area === area)) continue;
    add(areaReasonLabel(area), content.reviewSettings.areaReasons[area] ?? '');
  }
  for (const { number, goal } of numberedGoals(content.goals)) {
    for (const key of goalTextFields) add(`Goal ${number}, ${goalFieldLabels[key]}`, goal[key]);
    add(`Goal ${number}, ${baselineFieldLabels.missingReason}`, goal.baseline.missingReason);
    for (const key of spanishTextFields) {
      add(`Goal ${number}, ${spanishFieldLabels[key]}`, goal.spanish[key]);
    }
  }
  const feedback = content.customerFeedback;
  if (feedback !== undefined) {
    feedback.outreaches.forEach((outreach, index) =>
      add(`Outreach ${index + 1}, place`, outreach.place),
    );
    // Evidence lines quote what customers said, as typed from the cards.
    const numbers = new Map(
      numberedGoals(content.goals).map(({ number, goal }) => [goal.id, number]),
    );
    for (const { goalId, lines, linesSpanish = [] } of feedback.evidence) {
      const number = numbers.get(goalId);
      if (number === undefined) continue;
      lines.forEach((line, index) => add(`Goal ${number}, evidence ${index + 1}`, line));
      // What the Spanish agreement prints in their place: the same quotes, in Spanish sentences.
      linesSpanish.forEach((line, index) =>
        add(`Goal ${number}, evidence ${index + 1} in Spanish`, line),
      );
    }
  }
  if (meeting !== null) {
    add('Meeting place', meeting.place);
    add(meetingLabels.notice, meeting.notice);
    add(meetingLabels.resolutionNumber, meeting.resolutionNumber);
    add(meetingLabels.minutesExcerpt, meeting.minutesExcerpt);
  }
  return fields;
}

/** The lines of "What changed since revision N" (the reasons typed at the annual review among them). */
export function changeFieldsOf(changes: RevisionChanges | null): PrintableField[] {
  if (!changes) return [];
  return changes.goals.flatMap(({ number, details }) =>
    details.map((text) => ({ field: `What changed, goal ${number}`, text })),
  );
}
