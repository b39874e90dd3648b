import { printedDate, type Language } from '../domain/printed-date';

/** The agreement's cover and frame: title page, running head, footer, watermark, standing. */
export interface FrameWords {
  agreementTitle: string;
  kicker: string;
  nameNotEntered: string;
  systemTypeNotEntered: string;
  systemId: string;
  notEntered: string;
  connections: string;
  population: string;
  milesOfMain: string;
  milesOfWaterMain: string;
  milesOfSewerMain: string;
  /** "12 water", "sewer not entered": a combined utility's two mains in one cell. */
  mains: { water: string; sewer: string; notEntered: (service: string) => string };
  revision: string;
  adopted: string;
  notYetDraft: string;
  nextReview: string;
  aYearAfter: string;
  revisionNumber: (revision: number) => string;
  draftMark: string;
  fingerprintMark: (short: string) => string;
  page: (page: number, count: number) => string;
  /** The widest page words a document of up to 999 pages prints, to size the footer. */
  widestPage: string;
  watermark: string;
  inForce: string;
  superseded: (revision: number, adoptedOn: string | null) => string;
  draftNote: (printedOn: string) => string;
  /**
   * Said on a paper whose other typed text (notes, data sources, the minutes) has no wording in
   * the paper's language: it prints as the board typed it. Null in English.
   */
  asTyped: string | null;
  subjectDraft: (revision: number) => string;
  subjectApproved: (revision: number, adoptedOn: string, fingerprint: string) => string;
  author: (utility: string) => string;
  keywords: (system: string) => string;
}

export const frameWords: Record<Language, FrameWords> = {
  en: {
    agreementTitle: 'Level of Service Agreement',
    kicker: 'LEVEL OF SERVICE AGREEMENT',
    nameNotEntered: 'Utility name not entered',
    systemTypeNotEntered: 'System type not entered',
    systemId: 'System ID',
    notEntered: 'not entered',
    connections: 'Connections',
    population: 'Population served',
    milesOfMain: 'Miles of main',
    milesOfWaterMain: 'Miles of water main',
    milesOfSewerMain: 'Miles of sewer main',
    mains: { water: 'water', sewer: 'sewer', notEntered: (service) => `${service} not entered` },
    revision: 'Revision',
    adopted: 'Adopted',
    notYetDraft: 'Not yet — draft',
    nextReview: 'Next review',
    aYearAfter: 'A year after adoption',
    revisionNumber: (revision) => `Revision ${revision}`,
    draftMark: 'DRAFT — not approved',
    fingerprintMark: (short) => `Fingerprint ${short}`,
    page: (page, count) => `Page ${page} of ${count}`,
    widestPage: 'Page 888 of 888',
    watermark: 'DRAFT',
    inForce: 'In force: this is the agreement the board has adopted most recently.',
    superseded: (revision, adoptedOn) =>
      `Superseded by revision ${revision}${adoptedOn === null ? '' : `, adopted ${adoptedOn}`}. Kept for the record; no longer in force.`,
    draftNote: (printedOn) =>
      `Draft for the board’s consideration, printed ${printedOn}. Not yet approved: the targets may still change.`,
    asTyped: null,
    subjectDraft: (revision) => `Draft revision ${revision}, not approved`,
    subjectApproved: (revision, adoptedOn, fingerprint) =>
      `Revision ${revision}, adopted ${adoptedOn}; fingerprint ${fingerprint}`,
    author: (utility) => `Board of Directors, ${utility}`,
    keywords: (system) => `level of service, ${system}, board approval`,
  },
  es: {
    agreementTitle: 'Acuerdo de Nivel de Servicio',
    kicker: 'ACUERDO DE NIVEL DE SERVICIO',
    nameNotEntered: 'Falta el nombre del sistema',
    systemTypeNotEntered: 'Falta el tipo de sistema',
    systemId: 'Núm. de identificación del sistema',
    notEntered: 'sin anotar',
    connections: 'Conexiones',
    population: 'Población servida',
    milesOfMain: 'Millas de tubería principal',
    milesOfWaterMain: 'Millas de tubería de agua',
    milesOfSewerMain: 'Millas de tubería de drenaje',
    mains: {
      water: 'de agua',
      sewer: 'de drenaje',
      notEntered: (service) => `${service}: sin anotar`,
    },
    revision: 'Revisión',
    adopted: 'Aprobado',
    notYetDraft: 'Todavía no — borrador',
    nextReview: 'Próxima revisión',
    aYearAfter: 'Un año después de aprobado',
    revisionNumber: (revision) => `Revisión ${revision}`,
    draftMark: 'BORRADOR — sin aprobar',
    fingerprintMark: (short) => `Huella digital ${short}`,
    page: (page, count) => `Página ${page} de ${count}`,
    widestPage: 'Página 888 de 888',
    watermark: 'BORRADOR',
    inForce: 'Vigente: este es el acuerdo que la mesa directiva aprobó más recientemente.',
    superseded: (revision, adoptedOn) =>
      `Reemplazado por la revisión ${revision}${adoptedOn === null ? '' : `, aprobada el ${adoptedOn}`}. Se guarda como constancia; ya no está vigente.`,
    draftNote: (printedOn) =>
      `Borrador para que lo estudie la mesa directiva, impreso el ${printedOn}. Todavía no está aprobado: los objetivos pueden cambiar.`,
    asTyped:
      'Las notas, las fuentes de los datos, el acta y los demás textos que escribió la mesa directiva aparecen tal como se escribieron.',
    subjectDraft: (revision) => `Borrador de la revisión ${revision}, sin aprobar`,
    subjectApproved: (revision, adoptedOn, fingerprint) =>
      `Revisión ${revision}, aprobada el ${adoptedOn}; huella digital ${fingerprint}`,
    author: (utility) => `Mesa directiva, ${utility}`,
    keywords: (system) => `nivel de servicio, ${system}, aprobación de la mesa directiva`,
  },
};

/** Whether an approved revision is the board's current agreement, or was replaced. */
export function standingIn(
  standing: { inForce: true } | { inForce: false; supersededBy: number; supersededOn: string },
  language: Language,
): string {
  const words = frameWords[language];
  if (standing.inForce) return words.inForce;
  const adoptedOn = /^\d{4}-\d{2}-\d{2}$/.test(standing.supersededOn)
    ? printedDate(standing.supersededOn, language)
    : null;
  return words.superseded(standing.supersededBy, adoptedOn);
}
