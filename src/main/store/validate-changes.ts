import { freeze } from 'immer';
import { z } from 'zod';

type Path = PropertyKey[];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The issues of `error`, with `path` (where the checked part sits) put in front of theirs. */
function atPath(error: z.ZodError, path: Path): z.ZodError {
  return new z.ZodError(
    error.issues.map((issue) => ({ ...issue, path: [...path, ...issue.path] })),
  );
}

/** A changed part parsed whole, with every refinement; the schemas clean text, so its output is kept. */
function parseWhole(schema: z.core.$ZodType, value: unknown, path: Path): unknown {
  const parsed = z.safeParse(schema, value);
  if (!parsed.success) throw atPath(parsed.error, path);
  return freeze(parsed.data, true);
}

const lengthChecks = new WeakMap<z.ZodArray, z.ZodType>();

/** The array's own checks (its maximum length and message) without checking each element. */
function lengthOnly(schema: z.ZodArray): z.ZodType {
  let check = lengthChecks.get(schema);
  if (!check) {
    check = schema.clone({ ...schema._zod.def, element: z.unknown() });
    lengthChecks.set(schema, check);
  }
  return check;
}

/** A strict object with no refinement of its own: its fields can be checked one by one. */
function checksFieldByField(schema: z.core.$ZodType): schema is z.ZodObject {
  return (
    schema instanceof z.ZodObject &&
    !schema._zod.def.checks?.length &&
    schema._zod.def.catchall?._zod.def.type === 'never'
  );
}

function checkObject(
  schema: z.ZodObject,
  previous: Record<string, unknown>,
  next: Record<string, unknown>,
  path: Path,
): unknown {
  const shape: Record<string, z.core.$ZodType> = schema.shape;
  // A key the schema does not know: the whole-object parse gives the strict schema's message.
  if (Object.keys(next).some((key) => !Object.hasOwn(shape, key))) {
    return parseWhole(schema, next, path);
  }
  let changed: Record<string, unknown> | undefined;
  for (const [key, field] of Object.entries(shape)) {
    const checked = checkPart(field, previous[key], next[key], [...path, key]);
    if (checked !== next[key]) (changed ??= { ...next })[key] = checked;
  }
  return changed ? Object.freeze(changed) : next;
}

function checkArray(
  schema: z.ZodArray,
  previous: readonly unknown[],
  next: readonly unknown[],
  path: Path,
): unknown {
  const length = lengthOnly(schema).safeParse(next);
  if (!length.success) throw atPath(length.error, path);
  const kept = new Set(previous);
  let changed: unknown[] | undefined;
  next.forEach((item, index) => {
    if (kept.has(item)) return;
    const checked = parseWhole(schema.element, item, [...path, index]);
    if (checked !== item) (changed ??= [...next])[index] = checked;
  });
  return changed ? Object.freeze(changed) : next;
}

function checkPart(schema: z.core.$ZodType, previous: unknown, next: unknown, path: Path): unknown {
  if (Object.is(previous, next)) return next;
  if (checksFieldByField(schema) && isRecord(previous) && isRecord(next)) {
    return checkObject(schema, previous, next, path);
  }
  if (schema instanceof z.ZodArray && Array.isArray(previous) && Array.isArray(next)) {
    return checkArray(schema, previous, next, path);
  }
  return parseWhole(schema, next, path);
}

/**
 * Validates `next` against `schema`, trusting every part that is the very same object as in
 * `previous`: that part passed when it was stored, and it is frozen, so it cannot have changed.
 * A changed record is parsed whole, with its refinements; an array checks its length and its
 * new or changed elements only. So saving one goal validates that goal, not 20,000 cards.
 * Answers `next` with each changed part replaced by its parsed output (the schemas clean
 * text), frozen; throws the ZodError of an invalid part, its path counted from the top.
 */
export function validateChanges<T>(schema: z.ZodType<T>, previous: T, next: T): T {
  return checkPart(schema, previous, next, []) as T;
}
