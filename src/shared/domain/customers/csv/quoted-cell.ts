import { cleanLine } from '../../text';

/** A cell as a message quotes it: one line, and short enough to read. */
export function quotedCell(value: string): string {
  const line = cleanLine(value);
  return `'${line.length > 40 ? `${line.slice(0, 39)}…` : line}'`;
}
