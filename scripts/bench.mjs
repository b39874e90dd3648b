// Times the PDF export path (build the document definition, render it with pdfmake) and the
// complaint log import. PDFs: a typical agreement (12 goals) and the 30-goal one, 10 runs each
// after three warm-up runs, printing the median and the slowest run. Complaints: see
// timeComplaints below. Run with `npm run bench` (tsx loads the TypeScript).
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHandlers } from '../src/main/handlers.ts';
import { renderPdf } from '../src/main/pdf/render-pdf.ts';
import { downloadDelivery } from '../src/main/services/file-delivery.ts';
import { openStore } from '../src/main/store/open-store.ts';
import { agreementDocument } from '../src/shared/pdf/agreement-document.ts';
import { customerSummaryDocument } from '../src/shared/pdf/customer-summary-document.ts';
import { approvedInput, approvedVersion, typicalInput } from '../tests/fixtures/pdf/pdf-inputs.ts';

const runs = 10;
// The first renders are slow while V8 compiles pdfmake's layout code: leave them out.
const warmUps = 3;

async function time(label, build) {
  for (let run = 0; run < warmUps; run++) await renderPdf(build());
  const times = [];
  let size = 0;
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    const bytes = await renderPdf(build());
    times.push(performance.now() - started);
    size = bytes.length;
  }
  times.sort((a, b) => a - b);
  const median = (times[runs / 2 - 1] + times[runs / 2]) / 2;
  const max = times[runs - 1];
  console.log(
    `${label.padEnd(34)} median ${median.toFixed(0).padStart(5)} ms   max ${max.toFixed(0).padStart(5)} ms   ${(size / 1024).toFixed(0)} KB`,
  );
}

await time('Agreement, 12 goals (typical)', () => agreementDocument(typicalInput));
await time('Agreement, 30 goals', () => agreementDocument(approvedInput));
await time('Agreement, 30 goals, draft', () =>
  agreementDocument({ ...approvedInput, approval: null }),
);
await time('Customer summary, 30 goals, es', () =>
  customerSummaryDocument({ version: approvedVersion, language: 'es' }),
);

// The complaint log: a generated 50,000-row CSV (5 MB, US dates with times, quoted text with
// commas, quotes and line breaks) previewed, then imported through the service into a fresh
// temp data folder each run, so every run validates, stores and durably writes all 50,000
// rows. The target is under 2 s per import. Wall time depends on what else the machine
// runs, so the process's CPU time is printed too, with the load average.

const complaintRows = 50_000;
const categories = [
  'Low pressure',
  'Billing question',
  'Brown water',
  'Main break',
  'Leak at meter',
  'Rude call',
  'Sewer backup',
  'Rate increase',
  'Other',
];

function complaintCsv() {
  const stamp = (d) =>
    `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()} ${d.getUTCHours()}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
  const lines = ['Date Received,Date Responded,Date Resolved,Category,Description,Location'];
  for (let i = 0; i < complaintRows; i++) {
    const received = new Date(Date.UTC(2019, 0, 1) + i * 1.7 * 3_600_000);
    const responded = new Date(received.getTime() + ((i * 7919) % 72) * 3_600_000);
    const resolved = new Date(responded.getTime() + ((i * 104_729) % 200) * 3_600_000);
    const said = categories[(i * 7) % categories.length].toLowerCase();
    const note = i % 50 === 0 ? `\nCalled back twice` : '';
    lines.push(
      `${stamp(received)},${stamp(responded)},${i % 5 === 0 ? '' : stamp(resolved)},${categories[i % categories.length]},"Call #${i}, says ""${said}""${note}",${100 + (i % 900)} Elm St`,
    );
  }
  return lines.join('\r\n');
}

const mapping = {
  received: 'Date Received',
  responded: 'Date Responded',
  resolved: 'Date Resolved',
  category: 'Category',
  description: 'Description',
  location: 'Location',
};

async function withFreshFolder(work) {
  const dir = await mkdtemp(join(tmpdir(), 'los-bench-'));
  const store = await openStore({ dataDir: dir, appVersion: 'bench', log: () => undefined });
  const handlers = createHandlers({
    repository: store.repository,
    complaints: store.complaints,
    status: () => ({ appVersion: 'bench', schemaVersion: 0, mode: 'browser', notices: [] }),
    delivery: downloadDelivery,
  });
  try {
    return await work(handlers);
  } finally {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  }
}

async function timeComplaints(label, call, check) {
  const complaintRuns = 5;
  const wall = [];
  const cpu = [];
  for (let run = -1; run < complaintRuns; run++) {
    await withFreshFolder(async (handlers) => {
      const usage = process.cpuUsage();
      const started = performance.now();
      const result = await call(handlers);
      const elapsed = performance.now() - started;
      const used = process.cpuUsage(usage);
      check(result);
      // Run -1 warms the JIT up and is left out.
      if (run < 0) return;
      wall.push(elapsed);
      cpu.push((used.user + used.system) / 1000);
    });
  }
  const mid = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  console.log(
    `${label.padEnd(34)} median ${mid(wall).toFixed(0).padStart(5)} ms   max ${Math.max(...wall)
      .toFixed(0)
      .padStart(5)} ms   CPU median ${mid(cpu).toFixed(0).padStart(5)} ms`,
  );
}

const csvText = complaintCsv();
const file = { fileName: 'complaints.csv', csvText };
console.log(
  `Complaint log: ${complaintRows.toLocaleString('en-US')} rows, ${(csvText.length / 1024 / 1024).toFixed(1)} MB; load average ${loadavg()[0].toFixed(1)}`,
);
await timeComplaints(
  'Preview, 50,000 rows',
  (handlers) => handlers['complaints:preview']({ ...file, mapping: null }),
  (preview) => {
    if (preview.problemCount !== 0 || preview.newRows !== complaintRows)
      throw new Error('Bad preview.');
  },
);
await timeComplaints(
  'Import, 50,000 rows (durable)',
  (handlers) => handlers['complaints:import']({ ...file, mapping }),
  (result) => {
    if (result.added !== complaintRows) throw new Error(`Imported ${result.added} rows.`);
  },
);
