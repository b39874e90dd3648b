// Rows 1–3 of the budget table, in browser mode on the built app: time to step 1's first usable
// field (large data against an empty folder) on a first start and on a repeat start, the
// JavaScript read before it, and keystroke → next frame in a goal's editor while autosaves happen.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from '@playwright/test';
import { dataFolder, largeSize, mediumSize, type BenchSize } from './bench-data';
import { fieldUsableProbe, keystrokeProbe, scriptsBeforeUsable } from './browser-probes';
import {
  launchChromium,
  launchPersistentChromium,
  missingBuild,
  outDir,
  startServe,
  type RunningServe,
} from './browser-serve';
import {
  alternate,
  describe,
  report,
  summarize,
  withinBudget,
  type BenchModule,
  type BudgetResult,
} from './measure';

const emptySize: BenchSize = { label: 'empty folder', goals: 0, cards: 0, complaintRows: 0 };

/** Typed into a goal's statement in bursts; each pause lets the autosave (600 ms) go out. */
const bursts = [
  'Every complaint is answered ',
  'within one business day, ',
  'and the answer is written down.',
];
const keyDelayMs = 90; // about 110 words a minute: a quick typist, so saves land mid-burst
const pauseMs = 800;

interface PageLoad {
  usableMs: number;
  scripts: string[];
}

/** Loads the app in `page` (which has the probe) and reads when step 1 became usable. */
async function measureStepOne(page: Page, serve: RunningServe): Promise<PageLoad> {
  await page.goto(serve.url);
  await page.waitForFunction('window.__fieldUsableAt !== undefined', undefined, {
    timeout: 30_000,
  });
  const usableMs = Number(await page.evaluate('window.__fieldUsableAt'));
  const scripts = await page.evaluate<string[]>(scriptsBeforeUsable);
  return { usableMs, scripts };
}

/** A first start: a browser profile that has never seen the app, so nothing is cached. */
async function openStepOne(browser: Browser, serve: RunningServe): Promise<PageLoad> {
  const context = await browser.newContext({ bypassCSP: true });
  try {
    const page = await context.newPage();
    await page.addInitScript(fieldUsableProbe);
    return await measureStepOne(page, serve);
  } finally {
    await context.close();
  }
}

/**
 * Every start after the first: one profile kept between starts, as on the user's computer, so
 * the app's files (named by their content, kept by the browser) and the code compiled from them
 * come from the profile's caches. The desktop app's `app:` scheme keeps compiled code the same
 * way (protocol.ts).
 */
async function repeatStarts(serve: RunningServe) {
  const profile = await mkdtemp(join(tmpdir(), 'los-bench-profile-'));
  const context = await launchPersistentChromium(profile);
  await context.addInitScript(fieldUsableProbe);
  return {
    open: async () => {
      const page = await context.newPage();
      try {
        const { usableMs } = await measureStepOne(page, serve);
        // Compiled code is saved once the page is idle; a start closed at once would not keep it.
        await page.waitForTimeout(300);
        return usableMs;
      } finally {
        await page.close();
      }
    },
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

async function gzipKiB(paths: readonly string[]): Promise<number> {
  let bytes = 0;
  for (const path of new Set(paths)) {
    bytes += gzipSync(await readFile(resolve(outDir, 'renderer', `.${path}`))).length;
  }
  return bytes / 1024;
}

function p95(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)]!;
}

/** Opens step 3's first goal, types the bursts into its statement, answers p95 over the keys. */
async function typeInGoalEditor(browser: Browser, serve: RunningServe): Promise<number> {
  const context = await browser.newContext({ bypassCSP: true });
  try {
    const page = await context.newPage();
    await page.goto(serve.url);
    await page
      .getByRole('navigation', { name: 'Wizard steps' })
      .getByRole('button', { name: /Internal goals/ })
      .click();
    const card = page.getByRole('article', { name: /^Goal \d+:/ }).first();
    await card.getByRole('button', { name: 'Edit', exact: true }).click();
    const statement = card.getByRole('textbox', { name: 'Goal', exact: true });
    await statement.click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.evaluate(keystrokeProbe);
    for (const burst of bursts) {
      await page.keyboard.type(burst, { delay: keyDelayMs });
      await page.waitForTimeout(pauseMs);
    }
    await card.getByText('✓ Saved').waitFor({ timeout: 30_000 });
    const latencies = await page.evaluate<number[]>('window.__keyLatencies');
    return p95(latencies);
  } finally {
    await context.close();
  }
}

export const bench: BenchModule = async ({ quick }) => {
  const missing = missingBuild();
  if (missing) {
    console.error(missing);
    process.exit(1);
  }
  const folders = await Promise.all([emptySize, largeSize, mediumSize].map(dataFolder));
  const [empty, large, medium] = await Promise.all(folders.map((folder) => startServe(folder.dir)));
  const browser = await launchChromium();
  try {
    const scriptSizes: number[] = [];
    const load = (serve: RunningServe) => async () => {
      const opened = await openStepOne(browser, serve);
      scriptSizes.push(await gzipKiB(opened.scripts));
      return opened.usableMs;
    };
    const start = await alternate({ runs: quick ? 3 : 9 }, load(large!), load(empty!));
    report('step 1 usable, first start, large data', describe(start.measure));
    report('step 1 usable, first start, empty folder', describe(start.reference));
    const repeatLarge = await repeatStarts(large!);
    const repeatEmpty = await repeatStarts(empty!);
    // Two starts before the measured ones: the browser keeps compiled code from the second on.
    const repeat = await alternate(
      { runs: quick ? 3 : 9, warmUps: 2 },
      repeatLarge.open,
      repeatEmpty.open,
    ).finally(() => Promise.all([repeatLarge.close(), repeatEmpty.close()]));
    report('step 1 usable, repeat start, large data', describe(repeat.measure));
    report('step 1 usable, repeat start, empty folder', describe(repeat.reference));
    const scripts = summarize(scriptSizes);
    report('JS before first interaction, gzip', describe(scripts, 'KiB'));

    const typing = async (serve: RunningServe, size: BenchSize) => {
      const runs: number[] = [];
      for (let run = 0; run < (quick ? 1 : 3); run++) {
        runs.push(await typeInGoalEditor(browser, serve));
      }
      const sample = summarize(runs);
      report(`keystroke → frame p95, ${size.label}`, describe(sample));
      return sample;
    };
    const typingLarge = await typing(large!, largeSize);
    const typingMedium = await typing(medium!, mediumSize);

    const results: BudgetResult[] = [
      withinBudget('navigation → step 1 usable, first start, large data', start.measure, {
        max: 800,
      }),
      withinBudget('navigation → step 1 usable, first start, large ÷ empty folder', start.ratio, {
        max: 1.2,
        unit: '×',
      }),
      withinBudget('navigation → step 1 usable, repeat start, large data', repeat.measure, {
        max: 800,
      }),
      withinBudget('navigation → step 1 usable, repeat start, large ÷ empty folder', repeat.ratio, {
        max: 1.2,
        unit: '×',
      }),
      withinBudget('JS loaded before first interaction, gzip', scripts, {
        max: 400,
        unit: 'KiB',
        upTo: true,
      }),
      withinBudget('keystroke → next frame in the goal editor p95, large data', typingLarge, {
        max: 50,
      }),
      withinBudget('keystroke → next frame in the goal editor p95, 30 goals', typingMedium, {
        max: 30,
      }),
    ];
    return results;
  } finally {
    await browser.close();
    await Promise.all([empty, large, medium].map((serve) => serve?.stop() ?? Promise.resolve()));
    await Promise.all(folders.map((folder) => folder.dispose()));
  }
};
