import { formatNumber } from '../../domain/numbers/number-text';
import type { Language } from '../../domain/printed-date';
import type { PeriodStatus, ReportPeriod, Trend } from '../../domain/tracking/period-results';
import type { PeriodKind } from '../../domain/tracking/periods';

export interface BoardWords {
  kicker: string;
  title: string;
  utility: string;
  revision: string;
  approvedOn: string;
  period: string;
  madeOn: string;
  summary: string;
  goals: string;
  target: string;
  status: string;
  results: string;
  trend: string;
  noResults: string;
  /**
   * A goal with more results than a page holds (a daily goal's year): how many, how many kept
   * and missed, then the misses themselves; every result is in the spreadsheet export.
   */
  manyResults: (total: number, kept: number, missed: number) => string;
  missedOnes: string;
  noChart: string;
  /** The chart's key, said in words so it reads in black and white. */
  chartKey: { target: string; range: string; dots: string; many: string; noTarget: string };
  areaNotChosen: string;
  revisionNumber: (revision: number) => string;
  running: (today: string) => string;
  scale: (low: string, high: string) => string;
  footer: (period: string) => string;
  page: (page: number, pages: number) => string;
  span: (from: string, to: string) => string;
  theYear: (year: string) => string;
  statuses: Record<Exclude<PeriodStatus, 'no-data'>, string> & {
    noDataEnded: string;
    noDataYet: string;
  };
  /** The summary counts on the cover: "2 kept", "1 missed", "0 with no results". */
  labels: { kept: string; missed: string; noData: string; noTarget: string };
  nouns: Record<PeriodKind | 'result', [string, string]>;
  noneJudged: string;
  counted: (met: number, judged: number, noun: string) => string;
  before: (kind: ReportPeriod['kind']) => string;
  nothingBefore: (before: string) => string;
  trends: Record<Trend, (before: string) => string>;
  yes: string;
  no: string;
  kept: string;
  missed: string;
}

/** The board report's fixed words: English, or Spanish for a board that works in Spanish. */
export const boardWordsIn: Record<Language, BoardWords> = {
  en: {
    kicker: 'REPORT TO THE BOARD',
    title: 'How we kept our service goals',
    utility: 'Utility',
    revision: 'Agreement in force',
    approvedOn: 'Approved by the board on',
    period: 'Period',
    madeOn: 'Prepared on',
    summary: 'In this period',
    goals: 'Goals',
    target: 'Target',
    status: 'Status',
    results: 'Results',
    trend: 'Trend',
    noResults: 'No results recorded in this period.',
    manyResults: (total, kept, missed) =>
      `${total} results: ${kept} kept the target, ${missed} missed it. Every result is in the spreadsheet export.`,
    missedOnes: 'The misses: ',
    noChart: 'No results to chart.',
    chartKey: {
      target: 'Dashed line: the target.',
      range: 'Dashed lines: the ends of the target range.',
      dots: 'Filled dot: kept it. Hollow dot: missed it.',
      many: 'The line joins the results; hollow dots mark the misses.',
      noTarget: 'Squares: results with no target to judge them by.',
    },
    areaNotChosen: 'Area not chosen yet',
    revisionNumber: (revision) => `Revision ${revision}`,
    running: (today) => `This period is not over yet: results recorded up to ${today}.`,
    scale: (low, high) => `Chart scale: ${low} at the bottom to ${high} at the top.`,
    footer: (period) => `Report to the board, ${period}`,
    page: (page, pages) => `page ${page} of ${pages}`,
    span: (from, to) => `${from} to ${to}`,
    theYear: (year) => `the year ${year}`,
    statuses: {
      met: 'Met',
      'on-track': 'On track so far',
      'not-met': 'Not met',
      'no-target': 'No target to judge results by',
      noDataEnded: 'No results recorded',
      noDataYet: 'No results yet',
    },
    labels: {
      kept: 'kept (met or on track)',
      missed: 'missed',
      noData: 'with no results',
      noTarget: 'with no target',
    },
    nouns: {
      day: ['day', 'days'],
      week: ['week', 'weeks'],
      month: ['month', 'months'],
      quarter: ['quarter', 'quarters'],
      year: ['year', 'years'],
      result: ['result', 'results'],
    },
    noneJudged: 'No results judged against the target in this period.',
    counted: (met, judged, noun) => `${met} of ${judged} ${noun} met the target`,
    before: (kind) => `the ${kind} before`,
    nothingBefore: (before) => `no results ${before} to compare with`,
    trends: {
      better: (before) => `better than ${before}`,
      worse: (before) => `worse than ${before}`,
      same: (before) => `the same share as ${before}`,
    },
    yes: 'Yes',
    no: 'No',
    kept: ' (kept)',
    missed: ' (missed)',
  },
  es: {
    kicker: 'INFORME A LA MESA DIRECTIVA',
    title: 'Cómo cumplimos nuestras metas de servicio',
    utility: 'Sistema',
    revision: 'Acuerdo vigente',
    approvedOn: 'Aprobado por la mesa directiva el',
    period: 'Período',
    madeOn: 'Preparado el',
    summary: 'En este período',
    goals: 'Metas',
    target: 'Objetivo',
    status: 'Estado',
    results: 'Resultados',
    trend: 'Tendencia',
    noResults: 'No se anotaron resultados en este período.',
    manyResults: (total, kept, missed) =>
      `${formatNumber(total, 'es')} resultados: ${formatNumber(kept, 'es')} cumplieron el objetivo y ${formatNumber(missed, 'es')} no lo cumplieron. Todos los resultados están en la hoja de cálculo exportada.`,
    missedOnes: 'Los que no lo cumplieron: ',
    noChart: 'No hay resultados que graficar.',
    chartKey: {
      target: 'Línea punteada: el objetivo.',
      range: 'Líneas punteadas: los extremos del rango del objetivo.',
      dots: 'Punto relleno: lo cumplió. Punto hueco: no lo cumplió.',
      many: 'La línea une los resultados; los puntos huecos marcan los que no lo cumplieron.',
      noTarget: 'Cuadros: resultados sin objetivo con qué medirlos.',
    },
    areaNotChosen: 'Área todavía sin elegir',
    revisionNumber: (revision) => `Revisión ${revision}`,
    running: (today) => `Este período todavía no termina: resultados anotados hasta el ${today}.`,
    scale: (low, high) => `Escala de la gráfica: ${low} abajo y ${high} arriba.`,
    footer: (period) => `Informe a la mesa directiva, ${period}`,
    page: (page, pages) => `página ${page} de ${pages}`,
    span: (from, to) => `del ${from} al ${to}`,
    theYear: (year) => `el año ${year}`,
    statuses: {
      met: 'Cumplida',
      'on-track': 'Va cumpliéndose',
      'not-met': 'No cumplida',
      'no-target': 'Sin objetivo con qué medir los resultados',
      noDataEnded: 'Sin resultados anotados',
      noDataYet: 'Todavía sin resultados',
    },
    labels: {
      kept: 'cumplidas (o en camino)',
      missed: 'no cumplidas',
      noData: 'sin resultados',
      noTarget: 'sin objetivo',
    },
    nouns: {
      day: ['día', 'días'],
      week: ['semana', 'semanas'],
      month: ['mes', 'meses'],
      quarter: ['trimestre', 'trimestres'],
      year: ['año', 'años'],
      result: ['resultado', 'resultados'],
    },
    noneJudged: 'Ningún resultado se comparó con el objetivo en este período.',
    // The verb agrees with the count that met it: "1 de 2 meses cumplió el objetivo".
    counted: (met, judged, noun) =>
      `${met} de ${judged} ${noun} ${met === 1 ? 'cumplió' : 'cumplieron'} el objetivo`,
    before: (kind) => (kind === 'year' ? 'el año anterior' : 'el trimestre anterior'),
    nothingBefore: (before) => `no hay resultados en ${before} con qué comparar`,
    trends: {
      better: (before) => `mejor que ${before}`,
      worse: (before) => `peor que ${before}`,
      same: (before) => `la misma proporción que ${before}`,
    },
    yes: 'Sí',
    no: 'No',
    kept: ' (cumplió)',
    missed: ' (no cumplió)',
  },
};

/** The English words, as every English report has printed them. */
export const boardWords = boardWordsIn.en;
