/**
 * What data format 11 makes of a format-10 workbook's `data`, written out rather than taken from
 * the app: no Spanish wording on any working goal, no Spanish mission, no Spanish follow-up.
 * Everything else, approvals and the year's other records included, as it was.
 */
export function spanishAdded(data: Record<string, unknown>): Record<string, unknown> {
  const scope = data.scope as { rev: number; value: Record<string, unknown> };
  const tracking = data.tracking as { followUps: Record<string, unknown>[] };
  return {
    ...data,
    scope: { ...scope, value: { ...scope.value, missionSpanish: '' } },
    goals: noSpanishWording(data.goals),
    tracking: {
      ...tracking,
      followUps: tracking.followUps.map((item) => ({ ...item, textSpanish: '' })),
    },
  };
}

/** Stored goals as format 11 has them: the same goals, nothing written in Spanish. */
export function noSpanishWording(goals: unknown): Record<string, unknown>[] {
  return (goals as Record<string, unknown>[]).map((goal) => ({
    ...goal,
    spanish: { statement: '', measure: '', unit: '' },
  }));
}
