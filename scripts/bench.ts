// `npm run bench`: measures every performance budget (docs/architecture.md, "Performance") on
// generated data and ends with one line per budget, `ok` or `OVER`. `-- --quick` runs fewer
// rounds (about a minute). Not part of `npm test`: timings belong here, not in tests.
import { loadavg } from 'node:os';
import { budgetLine, type BenchModule, type BudgetResult } from './bench/measure';

const quick = process.argv.includes('--quick');
const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);

/** Each module measures some rows of the table; loaded one by one so a run can pick some. */
const modules: Record<string, () => Promise<{ bench: BenchModule }>> = {
  save: () => import('./bench/durable-save-bench'),
  scaling: () => import('./bench/scaling-bench'),
  pdf: () => import('./bench/pdf-bench'),
  complaints: () => import('./bench/complaints-bench'),
  browser: () => import('./bench/browser-bench'),
};

console.log(
  `LOS Builder bench${quick ? ' (quick)' : ''}: Node ${process.version}, load average ${loadavg()[0]!.toFixed(1)}`,
);
const results: BudgetResult[] = [];
for (const [name, load] of Object.entries(modules)) {
  if (only && !only.split(',').includes(name)) continue;
  console.log(`\n${name}`);
  const { bench } = await load();
  results.push(...(await bench({ quick })));
}
console.log('\nBudgets');
for (const result of results) console.log(budgetLine(result));
process.exitCode = results.every((result) => result.ok) ? 0 : 1;
