// Times the PDF export path: build the document definition, render it with pdfmake.
// A typical agreement (12 goals) and the 30-goal one, 10 runs each after three warm-up runs,
// printing the median and the slowest run. Run with `npm run bench` (tsx loads the TypeScript).
import { renderPdf } from '../src/main/pdf/render-pdf.ts';
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
