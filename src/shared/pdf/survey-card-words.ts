import type { GoalArea } from '../domain/goal-areas';
import type { Language } from '../domain/printed-date';
import type { SystemType } from '../domain/utility';

export interface SurveyCardWords {
  kicker: string;
  heading: string;
  intro: string;
  returnTo: string;
  where: string;
  by: string;
  /** Said when the utility is not known to hold an annual meeting. */
  returnOther: string;
  returnOtherOrMeeting: string;
  overall: string;
  scale: string[];
  byAttribute: string;
  scaleKey: string;
  scaleHeader: string[];
  dontKnow: string;
  problems: string;
  outage: string;
  notice: string;
  cleanup: string;
  overflowNotice: string;
  priorities: (count: number) => string;
  contact: string;
  goals: string;
  goalHeader: string;
  /** The areas the board chose, asked about while it has no external goal yet. */
  areas: Record<SystemType, Record<GoalArea, string>>;
  comments: string;
  followUp: string;
  name: string;
  addressOrPhone: string;
  privacy: string;
  thanks: string;
  turnOver: string;
  page: (page: number, count: number) => string;
  title: string;
}

/** The survey and comment card's fixed text (DOMAIN.md §3's questions, in plain words). */
export const surveyCardWords: Record<Language, SurveyCardWords> = {
  en: {
    kicker: 'CUSTOMER SURVEY',
    heading: 'How are we doing? Tell your board.',
    intro:
      'The board is setting goals for the service you receive and wants to know what matters to you. It takes about five minutes. Mark one box for each question unless it says “all that apply”.',
    returnTo: 'Please return this card to',
    where: 'Where:',
    by: 'By:',
    returnOther: 'You can also hand it to a board member.',
    returnOtherOrMeeting:
      'You can also hand it to a board member or bring it to the annual meeting.',
    overall: 'Overall, how satisfied are you with our service?',
    scale: ['Very dissatisfied', '', 'Neutral', '', 'Very satisfied'],
    byAttribute: 'How satisfied are you with each of these?',
    scaleKey: '1 = very dissatisfied, 5 = very satisfied',
    scaleHeader: ['1', '2', '3', '4', '5'],
    dontKnow: 'Don’t know',
    problems: 'In the last 12 months, have you had any of these problems? Mark all that apply.',
    outage: 'A planned shutoff for repairs is acceptable for up to:',
    notice: 'How much notice do you need before a planned shutoff?',
    cleanup: 'After a sewage backup at your home, a crew should be there within:',
    overflowNotice: 'If sewage overflows near your home, we should tell you within:',
    priorities: (count) =>
      `What matters most to you? Write 1 (most) to ${count} (least) in the boxes, each number once.`,
    contact: 'How would you like to hear from us? Mark all that apply.',
    goals: 'The board is considering these goals. How important is each one to you?',
    goalHeader: 'Goal',
    areas: {
      water: {
        'energy-efficiency': 'Using less electricity to pump and treat water',
        'water-efficiency': 'Losing less water to leaks and helping customers save water',
        social: 'Keeping bills affordable and customers informed',
        environmental: 'Protecting our water source',
        'customer-service': 'Good pressure, short outages and quick answers to problems',
        regulatory: 'Meeting every state and federal rule for safe water',
      },
      wastewater: {
        'energy-efficiency': 'Using less electricity to pump and treat sewage',
        'water-efficiency': 'Keeping rain and groundwater out of the sewers',
        social: 'Keeping bills affordable and customers informed',
        environmental: 'Keeping sewage out of streams, yards and homes',
        'customer-service': 'Few backups, quick cleanups and quick answers to problems',
        regulatory: 'Meeting our discharge permit and every state and federal rule',
      },
      both: {
        'energy-efficiency': 'Using less electricity to pump and treat water and sewage',
        'water-efficiency': 'Losing less water to leaks and keeping rain out of the sewers',
        social: 'Keeping bills affordable and customers informed',
        environmental: 'Protecting our water source and keeping sewage out of streams',
        'customer-service': 'Good pressure, short outages, few backups and quick answers',
        regulatory: 'Meeting every state and federal rule for safe water and clean streams',
      },
    },
    comments: 'What else should the board know? Is there a problem you want fixed?',
    followUp: 'If you would like us to follow up with you (optional, kept private):',
    name: 'Name',
    addressOrPhone: 'Address or phone',
    privacy: 'Your name and address stay with the utility: they are never printed or shared.',
    thanks: 'Thank you for your time.',
    turnOver: 'Please turn over',
    page: (page, count) => `Page ${page} of ${count}`,
    title: 'Customer survey',
  },
  es: {
    kicker: 'ENCUESTA DE SERVICIO',
    heading: '¿Cómo estamos trabajando? Díganos su opinión.',
    intro:
      'La mesa directiva está fijando metas para su servicio y quiere saber qué es importante para usted. Toma unos cinco minutos. Marque una casilla por pregunta, salvo que diga «todas las que correspondan».',
    returnTo: 'Por favor, devuelva esta tarjeta a',
    where: 'Dónde:',
    by: 'Antes del:',
    returnOther: 'También puede entregarla a un miembro de la mesa directiva.',
    returnOtherOrMeeting:
      'También puede entregarla a un miembro de la mesa directiva o traerla a la reunión anual.',
    overall: 'En general, ¿qué tan satisfecho está con nuestro servicio?',
    scale: ['Muy insatisfecho', '', 'Neutral', '', 'Muy satisfecho'],
    byAttribute: '¿Qué tan satisfecho está con cada uno de estos aspectos?',
    scaleKey: '1 = muy insatisfecho, 5 = muy satisfecho',
    scaleHeader: ['1', '2', '3', '4', '5'],
    dontKnow: 'No sé',
    problems:
      'En los últimos 12 meses, ¿ha tenido alguno de estos problemas? Marque todos los que correspondan.',
    outage: 'Un corte programado para hacer reparaciones es aceptable hasta por:',
    notice: '¿Con cuánta anticipación necesita saber de un corte programado?',
    cleanup:
      'Si el drenaje se regresa dentro de su casa, una cuadrilla debe llegar en un plazo de:',
    overflowNotice:
      'Si hay un derrame de aguas negras cerca de su casa, debemos avisarle en un plazo de:',
    priorities: (count) =>
      `¿Qué es lo más importante para usted? Numere del 1 (lo más) al ${count} (lo menos), cada número una vez.`,
    contact: '¿Cómo prefiere recibir noticias nuestras? Marque todas las que correspondan.',
    goals:
      'La mesa directiva está considerando estas metas. ¿Qué tan importante es cada una para usted?',
    goalHeader: 'Meta',
    areas: {
      water: {
        'energy-efficiency': 'Usar menos electricidad para bombear y tratar el agua',
        'water-efficiency': 'Perder menos agua en fugas y ayudar a los usuarios a ahorrarla',
        social: 'Mantener facturas accesibles y a los usuarios informados',
        environmental: 'Proteger nuestra fuente de agua',
        'customer-service': 'Buena presión, cortes breves y respuestas rápidas a los problemas',
        regulatory: 'Cumplir todas las normas estatales y federales de agua potable',
      },
      wastewater: {
        'energy-efficiency': 'Usar menos electricidad para bombear y tratar las aguas negras',
        'water-efficiency': 'Evitar que la lluvia y el agua del subsuelo entren al drenaje',
        social: 'Mantener facturas accesibles y a los usuarios informados',
        environmental: 'Mantener las aguas negras fuera de los arroyos, los patios y las casas',
        'customer-service': 'Pocos atascos, limpieza pronta y respuestas rápidas a los problemas',
        regulatory: 'Cumplir nuestro permiso de descarga y todas las normas estatales y federales',
      },
      both: {
        'energy-efficiency':
          'Usar menos electricidad para bombear y tratar el agua y las aguas negras',
        'water-efficiency': 'Perder menos agua en fugas y evitar que la lluvia entre al drenaje',
        social: 'Mantener facturas accesibles y a los usuarios informados',
        environmental:
          'Proteger la fuente de agua y mantener las aguas negras fuera de los arroyos',
        'customer-service': 'Buena presión, cortes breves, pocos atascos y respuestas rápidas',
        regulatory: 'Cumplir todas las normas estatales y federales de agua potable y de descargas',
      },
    },
    comments:
      '¿Qué más debe saber la mesa directiva? ¿Hay algún problema que quiera que arreglemos?',
    followUp: 'Si desea que nos comuniquemos con usted (opcional; se mantiene en privado):',
    name: 'Nombre',
    addressOrPhone: 'Dirección o teléfono',
    privacy: 'Su nombre y su dirección se quedan con nosotros: nunca se imprimen ni se comparten.',
    thanks: 'Gracias por su tiempo.',
    turnOver: 'Continúa al reverso',
    page: (page, count) => `Página ${page} de ${count}`,
    title: 'Encuesta de servicio',
  },
};
