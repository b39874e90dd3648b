import type { ColumnChoices, ComplaintColumn } from '../complaint-log';

/**
 * Header names that suggest each column, English and Spanish, as sets of words that must all
 * appear. The order of `matchOrder` matters: "Response date" and "Fecha de cierre" hold a
 * date word too, so the responded and resolved columns pick before the date received does.
 */
const columnNames: Record<ComplaintColumn, string[][]> = {
  resolved: [
    ['resolved'],
    ['closed'],
    ['completed'],
    ['fixed'],
    ['resolution'],
    ['resuelto'],
    ['resuelta'],
    ['cerrado'],
    ['cerrada'],
    ['cierre'],
    ['resolucion'],
    ['completado'],
  ],
  responded: [
    ['responded'],
    ['response', 'date'],
    ['response', 'time'],
    ['first', 'response'],
    ['dispatched'],
    ['arrived'],
    ['respondido'],
    ['respondida'],
    ['fecha', 'respuesta'],
    ['hora', 'respuesta'],
    ['atendido'],
    ['atendida'],
  ],
  received: [
    ['received'],
    ['opened'],
    ['reported'],
    ['logged'],
    ['created'],
    ['date'],
    ['datetime'],
    ['timestamp'],
    ['recibido'],
    ['recibida'],
    ['recepcion'],
    ['reportado'],
    ['reportada'],
    ['registrado'],
    ['fecha'],
  ],
  category: [['category'], ['type'], ['kind'], ['issue'], ['categoria'], ['tipo'], ['motivo']],
  description: [
    ['description'],
    ['comments'],
    ['comment'],
    ['notes'],
    ['note'],
    ['details'],
    ['complaint'],
    ['problem'],
    ['remarks'],
    ['summary'],
    ['descripcion'],
    ['comentarios'],
    ['comentario'],
    ['notas'],
    ['detalles'],
    ['queja'],
    ['problema'],
    ['observaciones'],
  ],
  location: [
    ['address'],
    ['location'],
    ['street'],
    ['site'],
    ['direccion'],
    ['ubicacion'],
    ['lugar'],
    ['calle'],
    ['domicilio'],
  ],
};

const matchOrder: ComplaintColumn[] = [
  'resolved',
  'responded',
  'received',
  'category',
  'description',
  'location',
];

/** "Fecha de Recepción" → ["fecha", "de", "recepcion"]. */
function wordsOf(header: string): string[] {
  return header
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');
}

const dateColumns = new Set<ComplaintColumn>(['received', 'responded', 'resolved']);
const dateWords = ['date', 'time', 'datetime', 'timestamp', 'fecha', 'hora'];

/**
 * 3 when the header is exactly one of the column's names, 1 when it contains one, else 0; a
 * date column's header that also says "date" gets 2, so "Date Received" beats "Received by".
 */
function scoreOf(words: string[], column: ComplaintColumn): number {
  let best = 0;
  for (const name of columnNames[column]) {
    if (!name.every((word) => words.includes(word))) continue;
    const dated = dateColumns.has(column) && words.some((word) => dateWords.includes(word));
    best = Math.max(best, name.length === words.length ? 3 : dated ? 2 : 1);
  }
  return best;
}

/** The file's headers most likely to hold each column; null where none looks right. */
export function suggestColumns(headers: string[]): ColumnChoices {
  const choices: ColumnChoices = {
    received: null,
    responded: null,
    resolved: null,
    category: null,
    description: null,
    location: null,
  };
  const words = headers.map(wordsOf);
  const taken = new Set<number>();
  for (const column of matchOrder) {
    let bestIndex = -1;
    let bestScore = 0;
    words.forEach((candidate, index) => {
      if (taken.has(index)) return;
      const score = scoreOf(candidate, column);
      if (score > bestScore) {
        bestScore = score;
        bestIndex = index;
      }
    });
    const header = headers[bestIndex];
    if (header !== undefined) {
      taken.add(bestIndex);
      choices[column] = header;
    }
  }
  return choices;
}
