/**
 * What data format 14 makes of a format-13 workbook's `data`, written out rather than taken from
 * the app: a real utility's, not a copy of the shipped example. Everything else as it was.
 */
export function exampleMarkAdded<T extends object>(data: T): T & { example: false } {
  return { ...data, example: false };
}
