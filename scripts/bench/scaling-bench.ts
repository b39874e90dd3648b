// Row 5 of the budgets: the work that grows with the feedback cards (the review, the tallies and
// the agreement's customer section) must grow no faster than the cards. Each is timed at 2,000
// and at 20,000 cards through what the app calls (the `review:get` handler on a data folder; the
// pure functions for the other two), the two sizes alternating, and the budget is on the ratio of
// the two medians.
//
// A run at 2,000 cards calls the work once on each of ten different 2,000-card books and takes
// the mean, so a run at either size goes over 20,000 cards. Calling one small book over and over
// would find its cards still in the processor's cache every time (no call in the app does) and
// a run ten times shorter is less often cut into by the other programs on the machine: both
// would charge the 20,000 cards for the hardware rather than for the code.
import type { UtilityHandlers } from '../../src/main/handlers';
import { customerFeedbackContentOf } from '../../src/shared/domain/customers/customer-feedback-content-of';
import { emptyComplaintSummary } from '../../src/shared/domain/customers/feedback-summary';
import { tallyFeedback } from '../../src/shared/domain/customers/tally-feedback';
import type { Workbook } from '../../src/shared/domain/workbook';
import { benchWorkbook, dataFolder, largeSize, mediumSize, openFolder } from './bench-data';
import {
  alternate,
  describe,
  report,
  withinBudget,
  type BenchModule,
  type BudgetResult,
  type Sample,
} from './measure';

/** Ten times the cards may take at most this many times as long. */
const maxRatio = 10.5;
const smallBooks = largeSize.cards / mediumSize.cards;

/** One call the app makes, on one book. */
type Call = () => unknown;

/** The time of one call, in ms. */
async function timeOne(call: Call): Promise<number> {
  const started = performance.now();
  await call();
  return performance.now() - started;
}

/** The mean time of one call on each small book, in ms. */
async function timeEach(calls: Call[]): Promise<number> {
  let total = 0;
  for (const call of calls) total += await timeOne(call);
  return total / calls.length;
}

async function scaling(
  name: string,
  at: { small: Call[]; large: Call },
  settings: { runs: number; warmUps: number },
): Promise<BudgetResult> {
  const timed = await alternate(
    settings,
    () => timeOne(at.large),
    () => timeEach(at.small),
  );
  const ratio = timed.measure.median / timed.reference.median;
  report(`${name}, 2,000 cards`, describe(timed.reference));
  report(`${name}, 20,000 cards`, describe(timed.measure));
  // The budget is on the ratio of the two medians; the range is that of the rounds' own ratios.
  const sample: Sample = {
    median: ratio,
    min: Math.min(ratio, timed.ratio.min),
    max: Math.max(ratio, timed.ratio.max),
    runs: timed.ratio.runs,
  };
  return withinBudget(`${name}: 2,000 → 20,000 cards`, sample, { max: maxRatio, unit: '×' });
}

const tallies = (workbook: Workbook) => () =>
  tallyFeedback({
    outreaches: workbook.customers.outreaches,
    entries: workbook.customers.entries,
  });

const customerSection = (workbook: Workbook) => () =>
  customerFeedbackContentOf({
    records: workbook.customers,
    goals: workbook.goals,
    // The complaint log is the same at both sizes, so only the cards differ.
    complaints: emptyComplaintSummary,
  });

const review = (handlers: UtilityHandlers) => () => handlers['review:get'](undefined);

export const bench: BenchModule = async ({ quick }) => {
  const settings = quick ? { runs: 21, warmUps: 10 } : { runs: 61, warmUps: 20 };
  const small = Array.from({ length: smallBooks }, () => benchWorkbook(mediumSize));
  const large = benchWorkbook(largeSize);
  // The review reads the workbook only: its folders hold no complaint log.
  const sizes = [...small.map(() => mediumSize), largeSize];
  const folders = await Promise.all(sizes.map((size) => dataFolder({ ...size, complaintRows: 0 })));
  const opened = await Promise.all(folders.map((folder) => openFolder(folder.dir)));
  try {
    const handlers = opened.map((folder) => folder.handlers);
    return [
      await scaling(
        'review',
        { small: handlers.slice(0, -1).map(review), large: review(handlers.at(-1)!) },
        settings,
      ),
      await scaling('tallies', { small: small.map(tallies), large: tallies(large) }, settings),
      await scaling(
        "the agreement's customer section",
        { small: small.map(customerSection), large: customerSection(large) },
        settings,
      ),
    ];
  } finally {
    for (const { store } of opened) await store.close();
    for (const folder of folders) await folder.dispose();
  }
};
