import type { FeedbackTopic } from '../domain/customers/feedback-entry';
import type { Language } from '../domain/printed-date';

export interface TallySheetWords {
  kicker: string;
  volunteer: string;
  date: string;
  street: string;
  sheet: string;
  of: string;
  askTitle: string;
  ask: string[];
  privacy: string;
  number: string;
  house: string;
  houseNote: string;
  notHome: string;
  satisfied: string;
  outage: string;
  outageChoices: string[];
  notice: string;
  noticeChoices: string[];
  pay: string;
  payChoices: string[];
  topics: string;
  topicWords: Record<FeedbackTopic, string>;
  said: string;
  saidTitle: string;
  saidNote: string;
  totals: string;
  footer: string;
  title: string;
}

/** The door-to-door tally sheet's fixed text; topic words are short to fit a narrow column. */
export const tallySheetWords: Record<Language, TallySheetWords> = {
  en: {
    kicker: 'DOOR-TO-DOOR TALLY SHEET',
    volunteer: 'Volunteer',
    date: 'Date',
    street: 'Street or area',
    sheet: 'Sheet',
    of: 'of',
    askTitle: 'At each door, say who you are and ask:',
    ask: [
      'Overall, how satisfied are you with our service, from 1 (very dissatisfied) to 5 (very satisfied)?',
      'How long could a planned shutoff for repairs last: 2, 4 or 8 hours, or a full day?',
      'How much notice do you need before a shutoff: 1 day, 2 days or a week?',
      'For better service, would you pay the same as now, up to 10% more, or up to 50% more?',
      'Is anything wrong, or is there anything the board should know? Tick each topic they raise; write what they said on the back.',
    ],
    privacy: 'Write no names. The house column is only for coming back later and stays private.',
    number: 'No.',
    house: 'House',
    houseNote: 'private',
    notHome: 'Not home',
    satisfied: 'Satisfied (1–5)',
    outage: 'Shutoff OK up to',
    outageChoices: ['2 h', '4 h', '8 h', 'day'],
    notice: 'Notice',
    noticeChoices: ['1 day', '2 days', 'week'],
    pay: 'Would pay',
    payChoices: ['same', '+10%', '+50%'],
    topics: 'Topics raised',
    topicWords: {
      'water-quality': 'Quality',
      pressure: 'Pressure',
      outages: 'Outages',
      leaks: 'Leaks',
      sewer: 'Sewer',
      odor: 'Odor',
      backups: 'Backups',
      overflows: 'Overflows',
      billing: 'Billing',
      courtesy: 'Courtesy',
      response: 'Response',
      conservation: 'Saving water',
      rates: 'Rates',
      other: 'Other',
    },
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
    ask: [
      'En general, ¿qué tan satisfecho está con nuestro servicio, del 1 (muy insatisfecho) al 5 (muy satisfecho)?',
      '¿Cuánto podría durar un corte programado para reparaciones: 2, 4 u 8 horas, o un día completo?',
      '¿Con cuánta anticipación necesita saber de un corte: 1 día, 2 días o una semana?',
      'Para tener un mejor servicio, ¿pagaría lo mismo que ahora, hasta 10% más o hasta 50% más?',
      '¿Hay algún problema, o algo que la junta directiva deba saber? Marque cada tema que mencione; anote lo que dijo al reverso.',
    ],
    privacy:
      'No escriba nombres. La columna de la casa sirve solo para volver más tarde y se mantiene en privado.',
    number: 'Núm.',
    house: 'Casa',
    houseNote: 'privado',
    notHome: 'No hay nadie',
    satisfied: 'Satisfecho (1–5)',
    outage: 'Corte aceptable hasta',
    outageChoices: ['2 h', '4 h', '8 h', 'día'],
    notice: 'Aviso',
    noticeChoices: ['1 día', '2 días', 'sem.'],
    pay: 'Pagaría',
    payChoices: ['igual', '+10%', '+50%'],
    topics: 'Temas que mencionó',
    topicWords: {
      'water-quality': 'Calidad',
      pressure: 'Presión',
      outages: 'Cortes',
      leaks: 'Fugas',
      sewer: 'Drenaje',
      odor: 'Olor',
      backups: 'Drenaje tapado',
      overflows: 'Derrames',
      billing: 'Factura',
      courtesy: 'Trato',
      response: 'Atención',
      conservation: 'Ahorro de agua',
      rates: 'Tarifas',
      other: 'Otro',
    },
    said: 'Lo que dijo',
    saidTitle: 'Lo que dijeron, por número de casa',
    saidNote: 'Escríbalo con sus palabras cuando pueda. Sin nombres.',
    totals: 'Totales',
    footer:
      'Imprima por ambos lados y saque las copias que necesite. Entregue las hojas a la junta directiva al terminar la ronda.',
    title: 'Hoja de conteo casa por casa',
  },
};
