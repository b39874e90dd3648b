type Path = (string | number)[];

/** Every place in a JSON-like value: the root, each object field and each array item. */
export function pathsIn(value: unknown, prefix: Path = []): Path[] {
  if (Array.isArray(value)) {
    return [prefix, ...value.flatMap((item, i) => pathsIn(item, [...prefix, i]))];
  }
  if (value !== null && typeof value === 'object') {
    return [prefix, ...Object.entries(value).flatMap(([k, v]) => pathsIn(v, [...prefix, k]))];
  }
  return [prefix];
}

/** A copy of `value` with the thing at `path` replaced. */
export function replaceAt(value: unknown, path: Path, replacement: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return replacement;
  if (Array.isArray(value)) {
    const copy = [...(value as unknown[])];
    copy[head as number] = replaceAt(copy[head as number], rest, replacement);
    return copy;
  }
  const record = value as Record<string, unknown>;
  // A computed key makes even "__proto__" an own property, as JSON.parse does.
  return { ...record, [head]: replaceAt(record[head], rest, replacement) };
}
