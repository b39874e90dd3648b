import type { AgreementContent } from '../agreement-version';
import { spanishFieldLabels } from '../goal';
import { numberedGoals } from '../goal-numbers';
import { scopeLabels } from '../scope';
import { measureIn, missionIn, statementIn, unitIn } from './goal-wording';
import type { Passage } from './passage';

export interface MissingSpanish {
  /** 'mission' or a goal's id */
  where: { kind: 'mission' } | { kind: 'goal'; goalId: string; number: number };
  field: 'mission' | 'statement' | 'measure' | 'unit';
  /** The field's name as the app says it ("Goal in Spanish"). */
  label: string;
  /** The English text a Spanish paper would otherwise print. */
  english: string;
}

/**
 * What a Spanish paper of this content would print in English; empty English text is not
 * listed, nor a unit the glossary says in Spanish. The mission first, then the goals in the
 * agreement's order, each field in the form's order.
 */
export function missingSpanish(content: AgreementContent): MissingSpanish[] {
  const missing: MissingSpanish[] = [];
  const mission = missionIn(content.scope, 'es');
  if (mission.inEnglish) {
    missing.push({
      where: { kind: 'mission' },
      field: 'mission',
      label: scopeLabels.missionSpanish,
      english: mission.text,
    });
  }
  for (const { number, goal } of numberedGoals(content.goals)) {
    const where = { kind: 'goal', goalId: goal.id, number } as const;
    const passages: [Exclude<MissingSpanish['field'], 'mission'>, Passage][] = [
      ['statement', statementIn(goal, 'es')],
      ['measure', measureIn(goal, 'es')],
      ['unit', unitIn(goal, 'es')],
    ];
    for (const [field, passage] of passages) {
      if (!passage.inEnglish) continue;
      missing.push({ where, field, label: spanishFieldLabels[field], english: passage.text });
    }
  }
  return missing;
}
