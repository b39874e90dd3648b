/**
 * What data format 10 makes of a format-9 workbook's `data`, written out rather than taken from
 * the app: no outages, review decisions or follow-ups yet. Results and approvals as they were.
 */
export function outagesAdded(data: Record<string, unknown>): Record<string, unknown> {
  const tracking = data.tracking as Record<string, unknown>;
  return { ...data, tracking: { ...tracking, outages: [], reviews: [], followUps: [] } };
}
