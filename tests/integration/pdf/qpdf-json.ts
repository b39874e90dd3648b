import { spawnSync } from 'node:child_process';

/** A PDF value as `qpdf --json=2` writes it: "/Name", "u:text", "b:hex", "12 0 R", … */
export type QpdfValue = null | boolean | number | string | QpdfValue[] | QpdfDict;
export interface QpdfDict {
  [key: string]: QpdfValue;
}

export function isDict(value: QpdfValue | undefined): value is QpdfDict {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const reference = /^(\d+) (\d+) R$/;

/**
 * A PDF's objects as qpdf reads them (`qpdf --json=2`): an independent view to check what
 * pdfkit wrote, with the exact bytes of any stream from `qpdf --show-object`.
 */
export class QpdfDocument {
  private readonly objects = new Map<string, { value: QpdfValue; stream: boolean }>();
  readonly trailer: QpdfDict;

  constructor(private readonly path: string) {
    const run = spawnSync('qpdf', ['--json=2', '--json-key=qpdf', path], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`qpdf --json failed: ${run.stderr}`);
    const parsed: unknown = JSON.parse(run.stdout);
    const list: unknown = isRecord(parsed) ? parsed.qpdf : undefined;
    const objects: unknown = Array.isArray(list) ? list[1] : undefined;
    if (!isRecord(objects)) throw new Error('qpdf --json: no objects');
    let trailer: QpdfDict = {};
    for (const [key, entry] of Object.entries(objects)) {
      if (!isRecord(entry)) continue;
      if (key === 'trailer') trailer = asDict(entry.value);
      const id = /^obj:(\d+ \d+) R$/.exec(key)?.[1];
      if (id === undefined) continue;
      const stream = isRecord(entry.stream) ? entry.stream : undefined;
      const value = stream === undefined ? toValue(entry.value) : asDict(stream.dict);
      this.objects.set(id, { value, stream: stream !== undefined });
    }
    this.trailer = trailer;
  }

  /** The value, or what a reference points at (a stream's dictionary for a stream). */
  resolve(value: QpdfValue | undefined): QpdfValue {
    const id = typeof value === 'string' ? reference.exec(value) : null;
    if (id === null) return value ?? null;
    return this.objects.get(`${id[1]} ${id[2]}`)?.value ?? null;
  }

  /** `key` of a dictionary, references followed. */
  get(dict: QpdfValue | undefined, key: string): QpdfValue {
    const resolved = this.resolve(dict);
    return isDict(resolved) ? this.resolve(resolved[key]) : null;
  }

  isStream(value: QpdfValue | undefined): boolean {
    const id = typeof value === 'string' ? reference.exec(value) : null;
    return id !== null && this.objects.get(`${id[1]} ${id[2]}`)?.stream === true;
  }

  /** A stream's data with its filters undone, exactly as qpdf decodes it. */
  streamBytes(value: QpdfValue | undefined): Buffer {
    const id = typeof value === 'string' ? reference.exec(value) : null;
    if (id === null) throw new Error(`not a reference: ${JSON.stringify(value)}`);
    const run = spawnSync('qpdf', [
      `--show-object=${id[1]},${id[2]}`,
      '--filtered-stream-data',
      this.path,
    ]);
    if (run.status !== 0) throw new Error(`qpdf --show-object failed: ${run.stderr.toString()}`);
    return run.stdout;
  }

  /** Every object's value (stream dictionaries included), for searching the whole file. */
  values(): QpdfValue[] {
    return [this.trailer, ...[...this.objects.values()].map((object) => object.value)];
  }
}

/** A text string's text: qpdf writes "u:" and the text, or "b:" and hex bytes. */
export function qpdfText(value: QpdfValue): string | null {
  if (typeof value !== 'string') return null;
  if (value.startsWith('u:')) return value.slice(2);
  if (value.startsWith('b:')) return Buffer.from(value.slice(2), 'hex').toString('latin1');
  return null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function toValue(value: unknown): QpdfValue {
  if (value === null || typeof value === 'boolean' || typeof value === 'number') return value;
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(toValue);
  return isRecord(value) ? asDict(value) : null;
}

function asDict(value: unknown): QpdfDict {
  const dict: QpdfDict = {};
  if (!isRecord(value)) return dict;
  for (const [key, item] of Object.entries(value)) dict[key] = toValue(item);
  return dict;
}
