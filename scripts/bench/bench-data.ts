// Generated data for the bench, at the sizes the budgets name: 5 goals; 30 goals and 2,000
// feedback cards; 30 goals, 20,000 cards and a 50,000-row complaint log ("large data").
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHandlers, type UtilityHandlers } from '../../src/main/handlers';
import { downloadDelivery } from '../../src/main/services/file-delivery';
import { openStore } from '../../src/main/store/open-store';
import { currentSchemaVersion } from '../../src/main/store/schema-version';
import { storePaths } from '../../src/main/store/store-files';
import {
  feedbackTopics,
  type FeedbackEntry,
  type Outreach,
} from '../../src/shared/domain/customers/feedback-entry';
import type { EvidenceLink } from '../../src/shared/domain/customers/evidence';
import {
  cardPriorities,
  cardProblems,
  contactWays,
} from '../../src/shared/domain/customers/card-questions';
import { emptyWorkbook, workbookSchema, type Workbook } from '../../src/shared/domain/workbook';
import { pdfContent } from '../../tests/fixtures/pdf/pdf-inputs';

export interface BenchSize {
  label: string;
  goals: number;
  cards: number;
  complaintRows: number;
}

export const smallSize: BenchSize = { label: '5 goals', goals: 5, cards: 0, complaintRows: 0 };
export const mediumSize: BenchSize = {
  label: '30 goals + 2,000 cards',
  goals: 30,
  cards: 2_000,
  complaintRows: 0,
};
export const largeSize: BenchSize = {
  label: '30 goals + 20,000 cards',
  goals: 30,
  cards: 20_000,
  complaintRows: 50_000,
};

const sayings = [
  'Water was brown after the flushing on Elm St, lasted two days & nobody called',
  'Pressure drops every evening around 6, hard to shower',
  'Bill went up 12% and I could not reach anyone at the office',
  'The crew was polite and fixed the leak the same day',
  'Smell of chlorine is strong "like a pool" in the mornings',
];

function outreachesFor(cards: number): Outreach[] {
  const count = Math.max(1, Math.ceil(cards / 200));
  return Array.from({ length: count }, (_, index) => ({
    id: `o-${index}`,
    rev: 0,
    method: index % 2 === 0 ? 'annual-meeting' : 'door-to-door',
    date: `2026-${String((index % 12) + 1).padStart(2, '0')}-15`,
    place: `Community center, room ${index + 1}`,
    reached: 250,
    answered: 200,
    notes: '',
  }));
}

function entry(index: number, outreaches: number): FeedbackEntry {
  return {
    id: `e-${index}`,
    rev: 0,
    outreachId: `o-${index % outreaches}`,
    topic: feedbackTopics[index % feedbackTopics.length]!,
    said: `${sayings[index % sayings.length]!} (card ${index})`,
    strength: (['mild', 'moderate', 'strong'] as const)[index % 3]!,
    satisfaction: ([1, 2, 3, 4, 5] as const)[index % 5]!,
    acceptableOutageHours: ([2, 4, 8, 24, null] as const)[index % 5]!,
    noticeDays: ([1, 2, 7, null] as const)[index % 4]!,
    cleanupHours: null,
    overflowNoticeHours: null,
    willingToPay: (['as-now', 'plus-10', 'plus-50', null] as const)[index % 4]!,
    name: index % 7 === 0 ? `Ana María Peña ${index}` : '',
    address: index % 7 === 0 ? `${100 + (index % 900)} Elm St` : '',
    // Most of the card's other questions answered, as a returned card has them.
    ratings: {
      taste: ([1, 2, 3, 4, 5, 'dont-know'] as const)[index % 6]!,
      pressure: 4,
      billing: 3,
    },
    problems: [cardProblems[index % cardProblems.length]!],
    priorities: { [cardPriorities[index % 5]!]: 1, [cardPriorities[(index + 1) % 5]!]: 2 },
    contact: [contactWays[index % contactWays.length]!],
    importance: { [`goal:g-${index % 12}`]: (['not', 'somewhat', 'very'] as const)[index % 3]! },
  };
}

/** A valid workbook of the given size: the PDF fixtures' utility, scope and goals, repeated. */
export function benchWorkbook(size: BenchSize): Workbook {
  const workbook = emptyWorkbook();
  workbook.utility.value = pdfContent.utility;
  workbook.scope.value = pdfContent.scope;
  const source = pdfContent.goals;
  workbook.goals = Array.from({ length: size.goals }, (_, index) => ({
    ...source[index % source.length]!,
    id: `g-${index}`,
    rev: 0,
  }));
  const outreaches = size.cards > 0 ? outreachesFor(size.cards) : [];
  workbook.customers.outreaches = outreaches;
  workbook.customers.entries = Array.from({ length: size.cards }, (_, index) =>
    entry(index, outreaches.length),
  );
  const external = workbook.goals.filter((goal) => goal.kind === 'external');
  const links: EvidenceLink[] = external.flatMap((goal, index) => [
    { goalId: goal.id, ref: { kind: 'topic', topic: feedbackTopics[index % 5]! } },
    ...(size.cards > 0
      ? [{ goalId: goal.id, ref: { kind: 'entry' as const, entryId: `e-${index * 37}` } }]
      : []),
  ]);
  workbook.customers.evidence = links;
  workbook.wizard.currentStep = 'utility';
  return workbookSchema.parse(workbook);
}

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

export const complaintMapping = {
  received: 'Date Received',
  responded: 'Date Responded',
  resolved: 'Date Resolved',
  category: 'Category',
  description: 'Description',
  location: 'Location',
};

/**
 * A spreadsheet export of `rows` complaints: US dates with times, CRLF, quoted text with commas,
 * quotes and line breaks, some never resolved. 50,000 rows is about 5 MB.
 */
export function complaintCsv(rows: number): string {
  const stamp = (d: Date) =>
    `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()} ${d.getUTCHours()}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
  const lines = ['Date Received,Date Responded,Date Resolved,Category,Description,Location'];
  for (let i = 0; i < rows; i++) {
    const received = new Date(Date.UTC(2019, 0, 1) + i * 1.7 * 3_600_000);
    const responded = new Date(received.getTime() + ((i * 7919) % 72) * 3_600_000);
    const resolved = new Date(responded.getTime() + ((i * 104_729) % 200) * 3_600_000);
    const category = categories[i % categories.length]!;
    const said = categories[(i * 7) % categories.length]!.toLowerCase();
    const note = i % 50 === 0 ? `\nCalled back twice` : '';
    lines.push(
      `${stamp(received)},${stamp(responded)},${i % 5 === 0 ? '' : stamp(resolved)},${category},"Call #${i}, says ""${said}""${note}",${100 + (i % 900)} Elm St`,
    );
  }
  return lines.join('\r\n');
}

/** The real services on a data folder, as browser mode builds them. */
export async function openFolder(dataDir: string) {
  const store = await openStore({ dataDir, appVersion: 'bench', log: () => undefined });
  const handlers: UtilityHandlers = createHandlers({
    repository: store.repository,
    complaints: store.complaints,
    status: () => ({
      appVersion: 'bench',
      schemaVersion: 0,
      mode: 'browser',
      notices: [],
      utility: { key: 'first', count: 1 },
      language: null,
    }),
    delivery: downloadDelivery,
  });
  return { store, handlers };
}

/** A fresh temp data folder holding `size`'s workbook and complaint log; removed by `dispose`. */
export async function dataFolder(
  size: BenchSize,
): Promise<{ dir: string; dispose(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'los-bench-'));
  if (size.goals > 0 || size.cards > 0) {
    const envelope = {
      schemaVersion: currentSchemaVersion,
      savedAt: new Date().toISOString(),
      appVersion: 'bench',
      data: benchWorkbook(size),
    };
    await writeFile(storePaths(dir).data, JSON.stringify(envelope));
  }
  if (size.complaintRows > 0) {
    const { store, handlers } = await openFolder(dir);
    const csvText = complaintCsv(size.complaintRows);
    const { fileId } = await handlers['complaints:open']({ fileName: 'complaints.csv', csvText });
    await handlers['complaints:import']({ fileId, mapping: complaintMapping });
    await store.close();
  }
  return { dir, dispose: () => rm(dir, { recursive: true, force: true }) };
}
