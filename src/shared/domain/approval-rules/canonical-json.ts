/**
 * The canonical JSON text that fingerprints are computed over (docs/fingerprint.md): the same
 * data always gives the same text, whatever order its keys were built in and however its accents
 * were typed. Anything JSON cannot say exactly (NaN, Infinity, dates, maps, class instances,
 * cycles) is refused rather than silently changed, since a fingerprint over a lossy text would
 * match data that differs.
 */
export function canonicalJson(value: unknown): string {
  return write(value, '$', new Set());
}

function write(value: unknown, path: string, open: Set<object>): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw new Error(`${path} is ${value}, which JSON cannot hold.`);
      // JSON.stringify already writes -0 as 0; said here so the rule is visible.
      return Object.is(value, -0) ? '0' : JSON.stringify(value);
    case 'string':
      return JSON.stringify(value.normalize('NFC'));
    case 'object':
      return writeContainer(value, path, open);
    default:
      throw new Error(`${path} is a ${typeof value}, which canonical JSON does not hold.`);
  }
}

function writeContainer(value: object, path: string, open: Set<object>): string {
  if (open.has(value)) throw new Error(`${path} refers back to itself.`);
  open.add(value);
  try {
    if (Array.isArray(value)) return writeArray(value as unknown[], path, open);
    const prototype: unknown = Object.getPrototypeOf(value);
    if (prototype !== Object.prototype && prototype !== null) {
      throw new Error(`${path} is not a plain object or array.`);
    }
    return writeObject(value as Record<string, unknown>, path, open);
  } finally {
    open.delete(value);
  }
}

function writeArray(items: unknown[], path: string, open: Set<object>): string {
  const parts: string[] = [];
  // An index loop, not map: map skips holes, and a hole must be refused like undefined.
  for (let index = 0; index < items.length; index += 1) {
    const item = items[index];
    if (item === undefined) throw new Error(`${path}[${index}] is undefined or missing.`);
    parts.push(write(item, `${path}[${index}]`, open));
  }
  return `[${parts.join(',')}]`;
}

function writeObject(record: Record<string, unknown>, path: string, open: Set<object>): string {
  const members = new Map<string, unknown>();
  for (const [key, member] of Object.entries(record)) {
    if (member === undefined) continue;
    const name = key.normalize('NFC');
    if (members.has(name)) throw new Error(`${path} has two keys that read "${name}".`);
    members.set(name, member);
  }
  // The default sort compares UTF-16 code units, which is the documented order.
  const names = [...members.keys()].sort();
  const parts = names.map(
    (name) => `${JSON.stringify(name)}:${write(members.get(name), `${path}.${name}`, open)}`,
  );
  return `{${parts.join(',')}}`;
}
