// The bench's one way of measuring: each measure runs alternately with its reference in the
// same process, so a busy moment on the machine slows both rather than skewing the ratio.

/** Median and spread of one measure's runs. */
export interface Sample {
  median: number;
  min: number;
  max: number;
  runs: number;
}

/** One line of the bench's closing list. */
export interface BudgetResult {
  measure: string;
  /** The median as printed, with its unit or ratio. */
  value: string;
  budget: string;
  ok: boolean;
}

/** What every measure module is given: `quick` asks for about a minute in all. */
export interface BenchOptions {
  quick: boolean;
}

export type BenchModule = (options: BenchOptions) => Promise<BudgetResult[]>;

export function summarize(values: readonly number[]): Sample {
  if (values.length === 0) throw new Error('No runs to summarize.');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { median, min: sorted[0]!, max: sorted[sorted.length - 1]!, runs: sorted.length };
}

/**
 * A run's figure: what `run` returns when it measured itself (in a browser, say), otherwise its
 * wall time in milliseconds.
 */
async function timed(run: () => Promise<number | void> | number | void): Promise<number> {
  const started = performance.now();
  const measured = await run();
  return typeof measured === 'number' ? measured : performance.now() - started;
}

/**
 * Runs `measure` and `reference` one after the other, `runs` times each, after `warmUps` rounds
 * left out (the JIT compiles the code on the first ones); the order flips every round.
 */
export async function alternate(
  settings: { runs: number; warmUps?: number },
  measure: () => Promise<number | void> | number | void,
  reference: () => Promise<number | void> | number | void,
): Promise<{ measure: Sample; reference: Sample; ratio: Sample }> {
  const measured: number[] = [];
  const referenced: number[] = [];
  const warmUps = settings.warmUps ?? 1;
  for (let round = -warmUps; round < settings.runs; round++) {
    let value: number;
    let referenceValue: number;
    if (round % 2 === 0) {
      value = await timed(measure);
      referenceValue = await timed(reference);
    } else {
      referenceValue = await timed(reference);
      value = await timed(measure);
    }
    if (round < 0) continue;
    measured.push(value);
    referenced.push(referenceValue);
  }
  const ratios = measured.map((value, index) => value / referenced[index]!);
  return {
    measure: summarize(measured),
    reference: summarize(referenced),
    ratio: summarize(ratios),
  };
}

/** Runs `measure` alone `runs` times after `warmUps`. */
export async function repeat(
  settings: { runs: number; warmUps?: number },
  measure: () => Promise<number | void> | number | void,
): Promise<Sample> {
  const values: number[] = [];
  for (let round = -(settings.warmUps ?? 1); round < settings.runs; round++) {
    const value = await timed(measure);
    if (round >= 0) values.push(value);
  }
  return summarize(values);
}

function figure(value: number, unit: string): string {
  const digits = unit === '×' ? 2 : value < 10 ? 1 : 0;
  const text = value.toLocaleString('en-US', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
  return unit === '×' ? `${text}×` : `${text} ${unit}`;
}

/** "412 ms (397–455 ms, 9 runs)": the median, then the range it came from. */
export function describe(sample: Sample, unit = 'ms'): string {
  return `${figure(sample.median, unit)} (${figure(sample.min, unit)} – ${figure(sample.max, unit)}, ${sample.runs} runs)`;
}

/**
 * A budget check on a median: `value` is printed as measured, with its range. Times and sizes
 * must stay under their limit ("< 800 ms"), ratios may reach it ("≤ 1.5×"), as the issue's
 * table writes them; `upTo` makes a size's limit inclusive too ("≤ 400 KiB").
 */
export function withinBudget(
  measure: string,
  sample: Sample,
  limit: { max: number; unit?: string; upTo?: boolean },
): BudgetResult {
  const unit = limit.unit ?? 'ms';
  const inclusive = unit === '×' || limit.upTo === true;
  return {
    measure,
    value: describe(sample, unit),
    budget: `${inclusive ? '≤' : '<'} ${figure(limit.max, unit)}`,
    ok: inclusive ? sample.median <= limit.max : sample.median < limit.max,
  };
}

export function budgetLine(result: BudgetResult): string {
  return `${result.measure}: ${result.value} (budget ${result.budget}) ${result.ok ? 'ok' : 'OVER'}`;
}

/** Prints one detail line while the bench runs, so a long run shows where it is. */
export function report(label: string, text: string): void {
  console.log(`  ${label.padEnd(52)} ${text}`);
}
