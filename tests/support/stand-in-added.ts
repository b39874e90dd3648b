/**
 * What data format 8 makes of a format-7 workbook's `data`, written out rather than taken from
 * the app: every working goal names nobody to stand in. Everything else, approvals included, as
 * it was.
 */
export function standInAdded(data: Record<string, unknown>): Record<string, unknown> {
  return { ...data, goals: nobodyStandingIn(data.goals) };
}

/** Stored goals as format 8 has them: the same goals, nobody named to stand in. */
export function nobodyStandingIn(goals: unknown): Record<string, unknown>[] {
  return (goals as Record<string, unknown>[]).map((goal) => ({ ...goal, standIn: '' }));
}
