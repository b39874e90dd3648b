import type { Language } from '../domain/printed-date';

/** The fixed text of sections 1 and 2: the mission and the agreement's two limits. */
export interface BoundariesWords {
  mission: string;
  noMission: string;
  boundaries: string;
  regulatory: string;
  aboveMinimum: string;
  noStatement: string;
  noStatements: string;
  canAndCannot: string;
  capitalPlan: string;
  cannotDo: string;
}

export const boundariesWords: Record<Language, BoundariesWords> = {
  en: {
    mission: 'Our mission',
    noMission: 'The board has not written a mission statement yet.',
    boundaries: 'Boundaries of this agreement',
    regulatory: 'Regulatory requirements',
    aboveMinimum:
      'Every goal in this agreement sits above the legal minimum. Whatever the targets say, the utility commits to the following:',
    noStatement: '(No statement written yet.)',
    noStatements: '(No statements written yet.)',
    canAndCannot: 'What our system can and cannot do',
    capitalPlan:
      'A promise the equipment cannot keep does not belong in a service agreement; it belongs in the capital plan until the equipment is built.',
    cannotDo: 'What we cannot do',
  },
  es: {
    mission: 'Nuestra misión',
    noMission: 'La mesa directiva todavía no ha escrito su misión.',
    boundaries: 'Los límites de este acuerdo',
    regulatory: 'Requisitos reglamentarios',
    aboveMinimum:
      'Cada meta de este acuerdo está por encima del mínimo que exige la ley. Digan lo que digan los objetivos, el sistema se compromete a lo siguiente:',
    noStatement: '(Todavía no se ha escrito la declaración.)',
    noStatements: '(Todavía no se han escrito las declaraciones.)',
    canAndCannot: 'Lo que nuestro sistema puede y no puede hacer',
    capitalPlan:
      'Una promesa que el equipo no puede cumplir no tiene lugar en un acuerdo de servicio; va en el plan de obras hasta que se construya el equipo.',
    cannotDo: 'Lo que no podemos hacer',
  },
};
