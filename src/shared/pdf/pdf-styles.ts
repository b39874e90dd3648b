import type { StyleDictionary, TDocumentDefinitions } from 'pdfmake/interfaces';

/** A quiet palette that prints well in black and white: ink, a deep blue accent, grey rules. */
export const palette = {
  ink: '#1f2933',
  accent: '#1d3f6e',
  muted: '#5f6b7a',
  rule: '#c5ccd6',
  band: '#eef2f7',
  draft: '#b42318',
} as const;

/** US Letter, with margins wide enough for a three-hole punch and a binder. */
export const pageMargins: [number, number, number, number] = [64, 60, 64, 64];

export const pdfStyles: StyleDictionary = {
  kicker: { fontSize: 9, bold: true, color: palette.accent, characterSpacing: 1.5 },
  /** A kicker read aloud by text tools as words: no letter spacing. */
  label: { fontSize: 9.5, bold: true, color: palette.accent },
  title: { fontSize: 24, bold: true, color: palette.ink, lineHeight: 1.1 },
  subtitle: { fontSize: 11.5, color: palette.muted },
  sectionTitle: { fontSize: 14, bold: true, color: palette.accent, margin: [0, 18, 0, 6] },
  subheading: { fontSize: 11, bold: true, color: palette.ink, margin: [0, 8, 0, 3] },
  areaTitle: { fontSize: 12, bold: true, color: palette.accent },
  body: { fontSize: 10.5, lineHeight: 1.3, margin: [0, 0, 0, 6] },
  mission: { fontSize: 12, italics: true, lineHeight: 1.35, color: palette.ink },
  muted: { color: palette.muted },
  small: { fontSize: 9, color: palette.muted, lineHeight: 1.25 },
  factLabel: { fontSize: 8, bold: true, color: palette.muted, characterSpacing: 0.8 },
  factValue: { fontSize: 12.5, bold: true, color: palette.ink },
  tableHeader: { fontSize: 8.5, bold: true, color: palette.accent },
  tableCell: { fontSize: 9, lineHeight: 1.2, color: palette.ink },
  goalStatement: { fontSize: 9.5, bold: true, lineHeight: 1.2 },
  footer: { fontSize: 8, color: palette.muted },
  fingerprint: { fontSize: 11, bold: true, characterSpacing: 1, color: palette.ink },
};

/** What every document shares: paper, fonts, PDF/A for a record that must read in 20 years. */
export const documentBase = {
  pageSize: 'LETTER',
  pageMargins,
  defaultStyle: { font: 'Roboto', fontSize: 10.5, color: palette.ink, lineHeight: 1.2 },
  styles: pdfStyles,
  subset: 'PDF/A-3b',
  version: '1.7',
  compress: true,
} satisfies Partial<TDocumentDefinitions>;
