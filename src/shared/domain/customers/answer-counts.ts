/**
 * How often each of a question's choices was given; a blank (null) is not an answer. The
 * choices are the schema's, the only values a stored card can hold, so counting by their
 * position costs a few comparisons per card where a map would hash every answer.
 */
export class AnswerCounts<T> {
  answered = 0;
  private readonly byChoice: number[];

  constructor(readonly choices: readonly T[]) {
    this.byChoice = choices.map(() => 0);
  }

  add(value: T | null): void {
    if (value === null) return;
    this.answered += 1;
    const index = this.choices.indexOf(value);
    if (index >= 0) this.byChoice[index]! += 1;
  }

  /** How many gave `value`; zero for a choice nobody picked. */
  timesGiven(value: T): number {
    const index = this.choices.indexOf(value);
    return index >= 0 ? this.byChoice[index]! : 0;
  }
}

/**
 * The median of numeric answers, the same figure as `median` in span-stats (the mean of the two
 * middle ones for an even count; null for none), found from the counts: sorting 20,000 answers
 * would make the tallies grow faster than the cards.
 */
export function medianOfCounts(answers: AnswerCounts<number>): number | null {
  if (answers.answered === 0) return null;
  const rank = (answers.answered - 1) / 2;
  const below = Math.floor(rank);
  const values = [...answers.choices].sort((a, b) => a - b);
  /** The value at 0-based position `index` of the answers in order. */
  const at = (index: number): number => {
    let seen = 0;
    for (const value of values) {
      seen += answers.timesGiven(value);
      if (index < seen) return value;
    }
    return values[values.length - 1]!;
  };
  const low = at(below);
  const high = at(Math.min(below + 1, answers.answered - 1));
  return low + (rank - below) * (high - low);
}
