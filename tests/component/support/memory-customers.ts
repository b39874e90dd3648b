import type { Handlers } from '../../../src/shared/api/contract';
import { sameRef } from '../../../src/shared/domain/customers/evidence';
import type { FeedbackEntry, Outreach } from '../../../src/shared/domain/customers/feedback-entry';
import { summarizeComplaints } from '../../../src/shared/domain/customers/summarize-complaints';
import { MemoryError } from './memory-approval';
import type { MemoryApi } from './memory-api';

type CustomerMethods =
  | 'customers:get'
  | 'customers:savePlan'
  | 'customers:addOutreach'
  | 'customers:updateOutreach'
  | 'customers:deleteOutreach'
  | 'customers:addEntry'
  | 'customers:updateEntry'
  | 'customers:deleteEntry'
  | 'customers:restoreEntry'
  | 'customers:link'
  | 'customers:unlink'
  | 'export:surveyPdf';

const formNames = { survey: 'Survey card', 'tally-sheet': 'Tally sheet' } as const;
const languageNames = { en: 'English', es: 'Spanish' } as const;

function gone(what: string): never {
  throw new MemoryError('conflict', `This ${what} is no longer in the list.`);
}

/**
 * Step 4 for the memory Api, with the real service's rules that the screen relies on: stale
 * revisions are refused, deleting an outreach takes its entries, Undo puts an entry back where
 * it stood, and evidence links only to an existing external goal. The freeze guard is
 * memory-api's (these are in its list of editing methods).
 */
export function customerHandlers(state: MemoryApi): Pick<Handlers, CustomerMethods> {
  let nextId = 1;
  const records = () => state.workbook.customers;
  const outreachIndex = (id: string) => {
    const index = records().outreaches.findIndex((outreach) => outreach.id === id);
    return index === -1 ? gone('outreach') : index;
  };
  const entryIndex = (id: string) => {
    const index = records().entries.findIndex((entry) => entry.id === id);
    return index === -1 ? gone('entry') : index;
  };
  const checkRev = (rev: number, stored: number) => {
    if (rev !== stored) throw new MemoryError('conflict', 'This was changed in another window.');
  };
  const answer = <T>(value: T) => Promise.resolve(structuredClone(value));

  return {
    'customers:get': () =>
      answer({ records: records(), complaints: summarizeComplaints(state.complaintLog) }),
    'customers:savePlan': ({ rev, value }) => {
      checkRev(rev, records().plan.rev);
      records().plan = { rev: rev + 1, value };
      return answer(records().plan);
    },
    'customers:addOutreach': ({ fields }) => {
      const outreach: Outreach = { ...fields, id: `outreach-${nextId++}`, rev: 0 };
      records().outreaches.push(outreach);
      return answer(outreach);
    },
    'customers:updateOutreach': ({ id, rev, fields }) => {
      const index = outreachIndex(id);
      checkRev(rev, records().outreaches[index]?.rev ?? -1);
      const outreach: Outreach = { ...fields, id, rev: rev + 1 };
      records().outreaches[index] = outreach;
      return answer(outreach);
    },
    'customers:deleteOutreach': ({ id }) => {
      records().outreaches.splice(outreachIndex(id), 1);
      const before = records().entries.length;
      records().entries = records().entries.filter((entry) => entry.outreachId !== id);
      return answer({ id, entriesDeleted: before - records().entries.length });
    },
    'customers:addEntry': ({ outreachId, fields }) => {
      outreachIndex(outreachId);
      const entry: FeedbackEntry = { ...fields, id: `entry-${nextId++}`, rev: 0, outreachId };
      records().entries.push(entry);
      return answer(entry);
    },
    'customers:updateEntry': ({ id, rev, fields }) => {
      const index = entryIndex(id);
      const stored = records().entries[index] ?? gone('entry');
      checkRev(rev, stored.rev);
      const entry: FeedbackEntry = { ...stored, ...fields, rev: rev + 1 };
      records().entries[index] = entry;
      return answer(entry);
    },
    'customers:deleteEntry': ({ id }) => {
      const index = entryIndex(id);
      const [entry] = records().entries.splice(index, 1);
      return answer({ entry: entry ?? gone('entry'), index });
    },
    'customers:restoreEntry': ({ entry, index }) => {
      const entries = records().entries;
      entries.splice(Math.min(index, entries.length), 0, entry);
      return answer(entry);
    },
    'customers:link': (link) => {
      const goal = state.workbook.goals.find((candidate) => candidate.id === link.goalId);
      if (goal?.kind !== 'external') {
        throw new MemoryError('invalid-input', 'Evidence can be linked only to an external goal.');
      }
      const evidence = records().evidence;
      const known = evidence.some(
        (other) => other.goalId === link.goalId && sameRef(other.ref, link.ref),
      );
      if (!known) evidence.push(link);
      return answer(evidence);
    },
    'customers:unlink': (link) => {
      records().evidence = records().evidence.filter(
        (other) => !(other.goalId === link.goalId && sameRef(other.ref, link.ref)),
      );
      return answer(records().evidence);
    },
    'export:surveyPdf': ({ form, language }) => {
      const fileName = `${formNames[form]} (${languageNames[language]}) - ${state.workbook.utility.value.name}.pdf`;
      const { delivery } = state.exports;
      if (delivery === 'cancelled') return Promise.resolve({ status: 'cancelled' as const });
      if (delivery === 'saved') return Promise.resolve({ status: 'saved' as const, fileName });
      return Promise.resolve({ status: 'download' as const, fileName, base64: 'JVBERi0xLjc=' });
    },
  };
}
