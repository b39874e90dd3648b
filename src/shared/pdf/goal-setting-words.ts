import type { WordForms } from '../domain/numbers/plural';
import type { Language } from '../domain/printed-date';

/** The fixed text of section 3, "How the goals were set". */
export interface GoalSettingWords {
  title: string;
  goal: WordForms;
  internalGoal: WordForms;
  externalGoal: WordForms;
  holds: (all: string, internal: string, external: string) => string;
  areas: (titles: string) => string;
  noGoalYet: (title: string) => string;
  noGoalBecause: (title: string) => string;
  team: string;
  noTeam: string;
  boardOffice: (office: string) => string;
  operator: string;
}

export const goalSettingWordsIn: Record<Language, GoalSettingWords> = {
  en: {
    title: 'How the goals were set',
    goal: { one: 'goal', other: 'goals' },
    internalGoal: { one: 'internal goal', other: 'internal goals' },
    externalGoal: { one: 'external goal', other: 'external goals' },
    holds: (all, internal, external) =>
      `The agreement holds ${all}: ${internal}, which set how the system is run and maintained, and ${external}, which customers feel directly. External goals rest on what customers told the utility.`,
    areas: (titles) => `The board chose to set goals in these areas: ${titles}.`,
    noGoalYet: (title) => `${title}: chosen, but no goal has been set yet.`,
    noGoalBecause: (title) => `${title}: no goal yet. `,
    team: 'The planning team',
    noTeam: 'No planning team was recorded.',
    boardOffice: (office) => `Board ${office.toLowerCase()}`,
    operator: 'Operator',
  },
  es: {
    title: 'Cómo se fijaron las metas',
    goal: { one: 'meta', other: 'metas' },
    internalGoal: { one: 'meta interna', other: 'metas internas' },
    externalGoal: { one: 'meta externa', other: 'metas externas' },
    holds: (all, internal, external) =>
      `El acuerdo tiene ${all}: ${internal}, que fijan cómo se opera y se mantiene el sistema, y ${external}, que los clientes notan directamente. Las metas externas se basan en lo que los clientes le dijeron al sistema.`,
    areas: (titles) => `La mesa directiva decidió fijar metas en estas áreas: ${titles}.`,
    noGoalYet: (title) => `${title}: área elegida, pero todavía sin meta.`,
    noGoalBecause: (title) => `${title}: todavía sin meta. `,
    team: 'El equipo de planeación',
    noTeam: 'No se anotó ningún equipo de planeación.',
    boardOffice: (office) => `${office} de la mesa directiva`,
    operator: 'Operador',
  },
};
