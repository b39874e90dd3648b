import type { Language } from '../domain/printed-date';

/** The questions asked at each door, each asked only where the system type asks it. */
export interface TallyAsk {
  satisfaction: string;
  outage: string;
  notice: string;
  cleanup: string;
  overflowNotice: string;
  pay: string;
  /** Where the topics are ticked on the front, beside the answers. */
  topics: string;
  /** Where the topics are ticked on the back, beside what was said. */
  topicsOnBack: string;
}

export interface TallySheetWords {
  kicker: string;
  volunteer: string;
  date: string;
  street: string;
  sheet: string;
  of: string;
  askTitle: string;
  ask: TallyAsk;
  privacy: string;
  number: string;
  house: string;
  houseNote: string;
  notHome: string;
  satisfied: string;
  outage: string;
  notice: string;
  cleanup: string;
  overflowNotice: string;
  pay: string;
  topics: string;
  said: string;
  saidTitle: string;
  saidNote: string;
  totals: string;
  footer: string;
  title: string;
}

/** The door-to-door tally sheet's fixed text (the answers' and topics' words are the domain's). */
export const tallySheetWords: Record<Language, TallySheetWords> = {
  en: {
    kicker: 'DOOR-TO-DOOR TALLY SHEET',
    volunteer: 'Volunteer',
    date: 'Date',
    street: 'Street or area',
    sheet: 'Sheet',
    of: 'of',
    askTitle: 'At each door, say who you are and ask:',
    ask: {
      satisfaction:
        'Overall, how satisfied are you with our service, from 1 (very dissatisfied) to 5 (very satisfied)?',
      outage: 'How long could a planned shutoff for repairs last: 2, 4 or 8 hours, or a full day?',
      notice: 'How much notice do you need before a shutoff: 1 day, 2 days or a week?',
      cleanup:
        'After a sewage backup at your home, how soon should a crew be there: within 2, 4 or 8 hours, or a day?',
      overflowNotice:
        'If sewage overflows near your home, how soon should we tell you: within 4 hours, a day or 3 days?',
      pay: 'For better service, would you pay the same as now, up to 10% more, or up to 50% more?',
      topics:
        'Is anything wrong, or is there anything the board should know? Tick each topic they raise; write what they said on the back.',
      topicsOnBack:
        'Is anything wrong, or is there anything the board should know? On the back, tick each topic they raise and write what they said.',
    },
    privacy: 'Write no names. The house column is only for coming back later and stays private.',
    number: 'No.',
    house: 'House',
    houseNote: 'private',
    notHome: 'Not home',
    satisfied: 'Satisfied (1–5)',
    outage: 'Shutoff OK up to',
    notice: 'Notice',
    cleanup: 'Crew at backup within',
    overflowNotice: 'Told of overflow within',
    pay: 'Would pay',
    topics: 'Topics raised',
    said: 'What they said',
    saidTitle: 'What they said, by household number',
    saidNote: 'Write it in their words where you can. No names.',
    totals: 'Totals',
    footer:
      'Print both sides and copy as often as you need. Bring the sheets back to the board when the round is done.',
    title: 'Door-to-door tally sheet',
  },
  es: {
    kicker: 'HOJA DE CONTEO, CASA POR CASA',
    volunteer: 'Voluntario',
    date: 'Fecha',
    street: 'Calle o zona',
    sheet: 'Hoja',
    of: 'de',
    askTitle: 'En cada puerta, preséntese y pregunte:',
    ask: {
      satisfaction:
        'En general, ¿qué tan satisfecho está con nuestro servicio, del 1 (muy insatisfecho) al 5 (muy satisfecho)?',
      outage:
        '¿Cuánto podría durar un corte programado para reparaciones: 2, 4 u 8 horas, o un día completo?',
      notice: '¿Con cuánta anticipación necesita saber de un corte: 1 día, 2 días o una semana?',
      cleanup:
        'Si el drenaje se regresa dentro de su casa, ¿en cuánto tiempo debe llegar una cuadrilla: 2, 4 u 8 horas, o un día?',
      overflowNotice:
        'Si hay un derrame de aguas negras cerca de su casa, ¿en cuánto tiempo debemos avisarle: 4 horas, un día o 3 días?',
      pay: 'Para tener un mejor servicio, ¿pagaría lo mismo que ahora, hasta 10% más o hasta 50% más?',
      topics:
        '¿Hay algún problema, o algo que la mesa directiva deba saber? Marque cada tema que mencione; anote lo que dijo al reverso.',
      topicsOnBack:
        '¿Hay algún problema, o algo que la mesa directiva deba saber? Al reverso, marque cada tema que mencione y anote lo que dijo.',
    },
    privacy:
      'No escriba nombres. La columna de la casa sirve solo para volver más tarde y se mantiene en privado.',
    number: 'Núm.',
    house: 'Casa',
    houseNote: 'privado',
    notHome: 'No hay nadie',
    satisfied: 'Satisfecho (1–5)',
    outage: 'Corte aceptable hasta',
    notice: 'Aviso',
    cleanup: 'Cuadrilla llega en',
    overflowNotice: 'Aviso de derrame',
    pay: 'Pagaría',
    topics: 'Temas que mencionó',
    said: 'Lo que dijo',
    saidTitle: 'Lo que dijeron, por número de casa',
    saidNote: 'Escríbalo con sus palabras cuando pueda. Sin nombres.',
    totals: 'Totales',
    footer:
      'Imprima por ambos lados y saque las copias que necesite. Entregue las hojas a la mesa directiva al terminar la ronda.',
    title: 'Hoja de conteo casa por casa',
  },
};
