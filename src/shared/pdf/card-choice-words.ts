import {
  cardLists,
  type CardPriority,
  type CardProblem,
  type CardQuestion,
  type ContactWay,
  type Importance,
  type RatedAspect,
} from '../domain/customers/card-questions';
import type { Language } from '../domain/printed-date';
import { wordedSystemType } from '../domain/service-words';
import type { SystemType } from '../domain/utility';
import { surveyCardWords } from './survey-card-words';

/**
 * The words of the survey card's listed choices, keyed as a card's answers are stored: the card
 * prints them, the entry screen offers them and the tallies name them, so all three say the same.
 */
export interface CardChoiceWords {
  aspects: Record<RatedAspect, string>;
  /** A utility running both services rates reliability against backups too. */
  reliabilityOfBoth: string;
  problems: Record<CardProblem, string>;
  priorities: Record<CardPriority, string>;
  contact: Record<ContactWay, string>;
  importance: Record<Importance, string>;
  /** "Would you pay…", with the example that fits the services. */
  pay: Record<SystemType, string>;
}

export const cardChoiceWords: Record<Language, CardChoiceWords> = {
  en: {
    aspects: {
      taste: 'Taste and look of the water',
      pressure: 'Water pressure',
      reliability: 'Reliability (few outages)',
      backups: 'Sewer service without backups',
      odors: 'Control of sewer odors',
      response: 'How fast we respond to problems',
      billing: 'Billing',
      courtesy: 'Courtesy of our staff',
    },
    reliabilityOfBoth: 'Reliability (few outages or backups)',
    problems: {
      'low-pressure': 'Low pressure',
      'bad-taste': 'Bad taste',
      'hard-water': 'Hard water or scale',
      discolored: 'Discolored water',
      'bad-smell': 'Water that smells bad',
      'no-water': 'No water (outage)',
      'sewage-backup': 'Sewage backup at home',
      'sewer-odor': 'Sewer odor',
      overflow: 'Overflow near my home',
      'slow-drain': 'Slow drain',
      billing: 'A billing problem',
      none: 'None of these',
    },
    priorities: {
      reliable: 'Reliable service',
      affordable: 'Affordable bills',
      'water-quality': 'Water quality',
      'no-backups': 'No backups or overflows',
      streams: 'Protecting streams and rivers',
      'saving-water': 'Saving water',
      informed: 'Keeping you informed',
    },
    contact: {
      mail: 'Mail',
      email: 'Email',
      text: 'Text message',
      bill: 'Note with the bill',
      facebook: 'Facebook',
      meetings: 'Meetings',
    },
    importance: { not: 'Not important', somewhat: 'Somewhat', very: 'Very important' },
    pay: {
      water: 'For better service (such as faster repairs or fewer outages), would you pay:',
      wastewater: 'For better service (such as faster repairs or fewer backups), would you pay:',
      both: 'For better service (such as faster repairs, fewer outages or fewer backups), would you pay:',
    },
  },
  es: {
    aspects: {
      taste: 'Sabor y aspecto del agua',
      pressure: 'Presión del agua',
      reliability: 'Confiabilidad (pocos cortes)',
      backups: 'Servicio de drenaje sin atascos',
      odors: 'Control de los malos olores del drenaje',
      response: 'Rapidez con que atendemos los problemas',
      billing: 'Facturación',
      courtesy: 'Amabilidad de nuestro personal',
    },
    reliabilityOfBoth: 'Confiabilidad (pocos cortes o atascos)',
    problems: {
      'low-pressure': 'Poca presión',
      'bad-taste': 'Mal sabor',
      'hard-water': 'Agua dura o sarro',
      discolored: 'Agua de color',
      'bad-smell': 'Agua con mal olor',
      'no-water': 'Sin agua (corte)',
      'sewage-backup': 'Se regresó el drenaje en casa',
      'sewer-odor': 'Mal olor del drenaje',
      overflow: 'Derrame cerca de mi casa',
      'slow-drain': 'Desagüe lento',
      billing: 'Un problema con la factura',
      none: 'Ninguno de estos',
    },
    priorities: {
      reliable: 'Servicio confiable',
      affordable: 'Facturas accesibles',
      'water-quality': 'Calidad del agua',
      'no-backups': 'Sin atascos ni derrames',
      streams: 'Proteger los arroyos y ríos',
      'saving-water': 'Ahorro de agua',
      informed: 'Mantenerle informado',
    },
    contact: {
      mail: 'Correo postal',
      email: 'Correo electrónico',
      text: 'Mensaje de texto',
      bill: 'Nota con la factura',
      facebook: 'Facebook',
      meetings: 'Reuniones',
    },
    importance: { not: 'Nada importante', somewhat: 'Algo', very: 'Muy importante' },
    pay: {
      water:
        'Para tener un mejor servicio (como reparaciones más rápidas o menos cortes), ¿usted pagaría:',
      wastewater:
        'Para tener un mejor servicio (como reparaciones más rápidas o menos atascos en el drenaje), ¿usted pagaría:',
      both: 'Para tener un mejor servicio (como reparaciones más rápidas, menos cortes o menos atascos en el drenaje), ¿usted pagaría:',
    },
  },
};

/** An overall score as the card's scale names it: "1 Very dissatisfied", "2", "3 Neutral"… */
export function scoreWords(score: number, language: Language): string {
  return `${score} ${surveyCardWords[language].scale[score - 1] ?? ''}`.trim();
}

/** An aspect as the card of a utility running these services words it. */
export function aspectWords(
  aspect: RatedAspect,
  systemType: SystemType | null,
  language: Language,
): string {
  const words = cardChoiceWords[language];
  return aspect === 'reliability' && wordedSystemType(systemType) === 'both'
    ? words.reliabilityOfBoth
    : words.aspects[aspect];
}

/**
 * Each question as the card of a utility running these services prints it, in `language`: the
 * entry screen labels its fields with the same words.
 */
export function cardQuestionWords(
  systemType: SystemType | null,
  language: Language,
): Record<CardQuestion, string> {
  const words = surveyCardWords[language];
  return {
    overall: words.overall,
    aspects: words.byAttribute,
    problems: words.problems,
    outage: words.outage,
    notice: words.notice,
    cleanup: words.cleanup,
    overflowNotice: words.overflowNotice,
    pay: cardChoiceWords[language].pay[wordedSystemType(systemType)],
    priorities: words.priorities(cardLists(systemType).priorities.length),
    contact: words.contact,
    goals: words.goals,
    comments: words.comments,
  };
}
