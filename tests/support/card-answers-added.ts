/**
 * What data format 13 makes of a format-12 workbook's `data`, written out rather than taken from
 * the app: every card with no answer to the card's other questions. Everything else, approvals
 * included, as it was.
 */
export function cardAnswersAdded(data: Record<string, unknown>): Record<string, unknown> {
  const customers = data.customers as { entries: Record<string, unknown>[] } | undefined;
  if (customers === undefined) return data;
  const entries = customers.entries.map((entry) => ({
    ...entry,
    ratings: {},
    problems: [],
    priorities: {},
    contact: [],
    importance: {},
  }));
  return { ...data, customers: { ...customers, entries } };
}
