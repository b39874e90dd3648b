import type { Language } from '../domain/printed-date';
import type { ReportingChannelWords } from '../domain/reporting-channels';
import type { SystemType } from '../domain/utility';

/** The fixed text of "Tracking and reporting" and "Annual review". */
export interface TrackingWords {
  title: string;
  howRecorded: string;
  goals: (numbers: number[]) => string;
  notSet: string;
  noGoals: string;
  toBoard: string;
  boardReport: string;
  toCustomers: string;
  customerReport: (channels: string) => string;
  or: string;
  channels: ReportingChannelWords;
  review: string;
  reviewBy: (by: string) => string;
  aYearAfter: string;
  noLaterThan: (date: string) => string;
  choices: [string, string][];
  changes: (equipment: string) => string;
  equipment: Record<SystemType, string>;
  whatItIs: string;
  notContract: string;
}

export const trackingWords: Record<Language, TrackingWords> = {
  en: {
    title: 'Tracking and reporting',
    howRecorded:
      'The person named for each goal records its measure as often as the goals table says, in a simple log or spreadsheet. Results are reported the same way every time, so a trend is easy to see.',
    goals: (numbers) =>
      numbers.length === 1 ? `Goal ${numbers[0]}` : `Goals ${numbers.join(', ')}`,
    notSet: 'Not set yet',
    noGoals: 'No goals have been written yet.',
    toBoard: 'To the board: ',
    boardReport:
      'at each regular meeting, a one-page report of each goal against its target, with any target at risk named.',
    toCustomers: 'To customers: ',
    customerReport: (channels) =>
      `once a year, how the utility did against every external goal — ${channels}.`,
    or: 'or',
    channels: {
      qualityReport: 'in the annual water-quality report (due by July 1)',
      billInsert: 'on a bill insert',
      annualMeeting: 'at the annual meeting',
      openMeeting: 'at an open board meeting',
    },
    review: 'Annual review',
    reviewBy: (by) =>
      `The board reviews this agreement at least once a year, ${by}. For each goal it decides one of the following:`,
    aYearAfter: 'a year after the board adopts it',
    noLaterThan: (date) => `no later than ${date}`,
    choices: [
      ['Keep', 'Customers are satisfied and the target is being met at a cost they accept.'],
      ['Raise', 'Customers want better service and are willing to pay for it; budget for it.'],
      ['Lower', 'The target costs more than customers want to pay, or the assets cannot meet it.'],
      ['Drop', 'Nobody values the goal any more, or it no longer tells the board anything.'],
      ['Reword', 'The goal is right but its wording, measure or data source needs to be clearer.'],
    ],
    changes: (equipment) =>
      `Staff propose changes to internal goals and the board approves them. Changes to external goals are discussed with customers first. Customers are surveyed again every two or three years, or when rates change. New equipment — for example ${equipment} — can bring a new goal into the agreement once it is in service. Each revision is approved at an open meeting, like this one, and receives its own fingerprint.`,
    equipment: {
      water: 'fire hydrants',
      wastewater: 'a generator at a lift station',
      both: 'fire hydrants or a generator at a lift station',
    },
    whatItIs: 'What this agreement is, and is not',
    notContract:
      'The targets in this agreement are goals the utility works toward and reports on openly. They are not a binding contract or a guarantee of service, and missing a target does not by itself create a right to a credit, refund or claim. Nothing in this agreement lowers any requirement of federal, state or local law.',
  },
  es: {
    title: 'Seguimiento e informes',
    howRecorded:
      'La persona nombrada para cada meta anota su medida tan seguido como lo indica la tabla de metas, en un registro sencillo o una hoja de cálculo. Los resultados se informan siempre de la misma manera, para que sea fácil ver la tendencia.',
    goals: (numbers) =>
      numbers.length === 1 ? `Meta ${numbers[0]}` : `Metas ${numbers.join(', ')}`,
    notSet: 'Todavía sin fijar',
    noGoals: 'Todavía no se ha escrito ninguna meta.',
    toBoard: 'A la mesa directiva: ',
    boardReport:
      'en cada reunión ordinaria, un informe de una página de cada meta comparada con su objetivo, nombrando cualquier objetivo en riesgo.',
    toCustomers: 'A los clientes: ',
    customerReport: (channels) =>
      `una vez al año, cómo le fue al sistema en cada meta externa — ${channels}.`,
    or: 'o',
    channels: {
      qualityReport: 'en el informe anual de calidad del agua (a más tardar el 1 de julio)',
      billInsert: 'en un aviso con la factura',
      annualMeeting: 'en la reunión anual',
      openMeeting: 'en una reunión pública de la mesa directiva',
    },
    review: 'Revisión anual',
    reviewBy: (by) =>
      `La mesa directiva revisa este acuerdo por lo menos una vez al año, ${by}. Para cada meta decide una de estas opciones:`,
    aYearAfter: 'un año después de que la mesa directiva lo apruebe',
    noLaterThan: (date) => `a más tardar el ${date}`,
    choices: [
      [
        'Mantener',
        'Los clientes están satisfechos y el objetivo se cumple a un costo que aceptan.',
      ],
      [
        'Subir',
        'Los clientes quieren un mejor servicio y están dispuestos a pagarlo; se incluye en el presupuesto.',
      ],
      [
        'Bajar',
        'El objetivo cuesta más de lo que los clientes quieren pagar, o el equipo no lo puede cumplir.',
      ],
      ['Quitar', 'A nadie le importa ya la meta, o ya no le dice nada a la mesa directiva.'],
      [
        'Reescribir',
        'La meta es buena, pero su redacción, su medida o la fuente de los datos tiene que quedar más clara.',
      ],
    ],
    changes: (equipment) =>
      `El personal propone los cambios a las metas internas y la mesa directiva los aprueba. Los cambios a las metas externas se platican primero con los clientes. Se vuelve a encuestar a los clientes cada dos o tres años, o cuando cambian las tarifas. Un equipo nuevo —por ejemplo, ${equipment}— puede traer una meta nueva al acuerdo una vez que esté en servicio. Cada revisión se aprueba en una reunión pública, como esta, y recibe su propia huella digital.`,
    equipment: {
      water: 'hidrantes',
      wastewater: 'un generador en una estación de bombeo',
      both: 'hidrantes o un generador en una estación de bombeo',
    },
    whatItIs: 'Lo que este acuerdo es, y lo que no es',
    notContract:
      'Los objetivos de este acuerdo son metas por las que el sistema trabaja y sobre las que informa abiertamente. No son un contrato vinculante ni una garantía de servicio, y no cumplir un objetivo no da, por sí solo, derecho a un crédito, un reembolso o un reclamo. Nada en este acuerdo rebaja ningún requisito de la ley federal, estatal o local.',
  },
};
