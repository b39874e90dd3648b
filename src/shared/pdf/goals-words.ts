import { goalFieldLabels, printedPeopleWords, type GoalPeopleField } from '../domain/goal';
import type { Language } from '../domain/printed-date';

/** The fixed text of "Our goals": the tables by area and the notes on the goals. */
export interface GoalsWords {
  title: string;
  opening: (asOf: string) => string;
  asOf: (date: string) => string;
  noGoals: string;
  /** The nine columns' titles, in the table's order. */
  columns: [string, string, string, string, string, string, string, string, string];
  people: Record<GoalPeopleField, string>;
  areaNotChosen: { title: string; explanation: string };
  notRecorded: string;
  noneYet: string;
  cellAsOf: (date: string) => string;
  stretch: string;
  internal: string;
  external: string;
  notes: string;
  why: string;
  customersSaid: string;
  evidence: string;
  cost: string;
  noBaseline: string;
}

export const goalsWords: Record<Language, GoalsWords> = {
  en: {
    title: 'Our goals',
    opening: (asOf) =>
      `Each goal says what the utility aims to achieve, how it is measured, the target the board set, where performance stands today, where the figures come from, how often they are taken and who is responsible. Internal goals set how the system is run; external goals are what customers feel.${asOf}`,
    asOf: (date) => ` Baselines are as of ${date} unless another date is shown.`,
    noGoals: 'No goals have been written yet.',
    columns: [
      'No.',
      goalFieldLabels.statement,
      'Type',
      goalFieldLabels.measure,
      goalFieldLabels.target,
      'Baseline (today)',
      'Data source',
      goalFieldLabels.frequency,
      printedPeopleWords.responsible,
    ],
    people: printedPeopleWords,
    areaNotChosen: {
      title: 'Area not chosen yet',
      explanation: 'These goals are unfinished: the board has not yet chosen their area.',
    },
    notRecorded: 'not recorded yet',
    noneYet: 'none yet (see the notes)',
    cellAsOf: (date) => `as of ${date}`,
    stretch: 'Stretch goal',
    internal: 'Internal',
    external: 'External',
    notes: 'Notes on the goals',
    why: 'Why the board chose it',
    customersSaid: 'What customers said',
    evidence: 'Evidence',
    cost: 'Cost',
    noBaseline: 'No baseline yet',
  },
  es: {
    title: 'Nuestras metas',
    opening: (asOf) =>
      `Cada meta dice lo que el sistema se propone lograr, cómo se mide, el objetivo que fijó la mesa directiva, dónde estamos hoy, de dónde salen las cifras, cada cuándo se toman y quién es responsable. Las metas internas fijan cómo se opera el sistema; las externas son lo que notan los clientes.${asOf}`,
    asOf: (date) => ` El nivel actual es al ${date}, salvo que se indique otra fecha.`,
    noGoals: 'Todavía no se ha escrito ninguna meta.',
    columns: [
      'N.º',
      'Meta',
      'Tipo',
      'Qué se mide',
      'Objetivo',
      'Nivel actual',
      'Fuente de los datos',
      'Cada cuándo',
      'Responsable',
    ],
    people: { responsible: 'Responsable', standIn: 'Suplente' },
    areaNotChosen: {
      title: 'Área todavía sin elegir',
      explanation:
        'Estas metas no están terminadas: la mesa directiva todavía no les ha elegido un área.',
    },
    notRecorded: 'aún sin medir',
    noneYet: 'aún no hay (vea las notas)',
    cellAsOf: (date) => `al ${date}`,
    stretch: 'Meta ambiciosa',
    internal: 'Interna',
    external: 'Externa',
    notes: 'Notas sobre las metas',
    why: 'Por qué la eligió la mesa directiva',
    customersSaid: 'Lo que dijeron los clientes',
    evidence: 'Datos que la respaldan',
    cost: 'Costo',
    noBaseline: 'Todavía sin nivel actual',
  },
};
