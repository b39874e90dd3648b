/**
 * What data format 7 makes of a format-6 workbook's `data`, written out rather than taken from
 * the app: every sewer question unanswered, the overflow floor at its common 24 hours, and no
 * feedback card answering the two sewer questions. Everything else, approvals included, as it was.
 */
export function sewerAdded(data: Record<string, unknown>): Record<string, unknown> {
  const scope = data.scope as { value: object };
  const review = data.review as { value: { floors: object } };
  const customers = data.customers as { entries: object[] };
  return {
    ...data,
    scope: { ...scope, value: { ...scope.value, sewer: noSewerAnswers() } },
    review: {
      ...review,
      value: { ...review.value, floors: { ...review.value.floors, 'overflow-report': 24 } },
    },
    customers: {
      ...customers,
      entries: customers.entries.map((entry) => ({
        ...entry,
        cleanupHours: null,
        overflowNoticeHours: null,
      })),
    },
  };
}

/** `scope.sewer` with nothing answered: null for each count and choice, "not sure" for inflow. */
function noSewerAnswers() {
  return {
    milesOfSewer: null,
    collection: null,
    liftStations: null,
    liftStationsWithBackupPower: null,
    treatment: null,
    inflowInfiltration: 'unknown',
    dischargePermit: '',
  };
}
