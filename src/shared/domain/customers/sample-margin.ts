/**
 * How far a share among `answers` cards could be from the share among all customers, in
 * percentage points: the 95% margin of error of a share near one half (the widest), rounded up.
 * It holds only for customers picked at random; those who chose to answer may differ from those
 * who did not, which no figure can show. Null for no answers.
 */
export function sampleMarginPoints(answers: number): number | null {
  if (answers <= 0) return null;
  return Math.ceil(100 * 1.96 * Math.sqrt(0.25 / answers));
}

/** Under this many answers, a share is a rough sign only: the margin is 18 points or more. */
export const smallSample = 30;
