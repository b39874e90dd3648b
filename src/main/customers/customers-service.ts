import { randomUUID } from 'node:crypto';
import type { DeletedEntry } from '../../shared/api/customer-contract';
import {
  maxFeedbackEntries,
  maxOutreaches,
  type CustomerRecords,
} from '../../shared/domain/customers/customer-records';
import { sameRef } from '../../shared/domain/customers/evidence';
import type { FeedbackEntry, Outreach } from '../../shared/domain/customers/feedback-entry';
import type { ComplaintSummary } from '../../shared/domain/customers/feedback-summary';
import { AppError } from '../app-error';
import { refusal } from '../messages/refusal';
import type { WorkbookStore } from '../services/editable-store';
import { linkEvidence } from './link-evidence';
import { conflictError } from '../services/save-versioned';
import type { AreaHandlers } from '../../shared/api/contract';

/** Which kind of customer record a refusal names. */
type RecordKind = 'outreach' | 'entry';

function missing(what: RecordKind): AppError {
  return new AppError('conflict', refusal('refusals.customerRecordGone', { what }));
}

function indexOf(list: readonly { id: string }[], id: string, what: RecordKind): number {
  const index = list.findIndex((item) => item.id === id);
  if (index === -1) throw missing(what);
  return index;
}

function ensureRoom(list: readonly unknown[], max: number, what: RecordKind): void {
  if (list.length >= max) {
    throw new AppError('invalid-input', refusal('refusals.customerRecordsFull', { max, what }));
  }
}

function staleIf(stale: boolean, what: RecordKind): void {
  if (stale) throw new AppError('conflict', refusal('refusals.customerRecordChanged', { what }));
}

/**
 * Step 4: the plan, each outreach and the feedback it brought, and the links from external
 * goals to that feedback. `repository` is the guarded (editable) store, so nothing here can
 * change an approved agreement; `complaints` gives the complaint log's figures for the view.
 */

export function createCustomersService(
  repository: WorkbookStore,
  complaints: () => ComplaintSummary,
): AreaHandlers<'customers'> {
  const records = async (mutate: (customers: CustomerRecords, saved: CustomerRecords) => void) =>
    (await repository.update((draft, saved) => mutate(draft.customers, saved.customers))).customers;

  return {
    'customers:get': () => ({
      records: repository.read().customers,
      complaints: complaints(),
    }),

    'customers:savePlan': async (input) =>
      (
        await records((customers) => {
          if (customers.plan.rev !== input.rev) throw conflictError();
          customers.plan = { rev: input.rev + 1, value: input.value };
        })
      ).plan,

    'customers:addOutreach': async ({ fields }) => {
      const outreach: Outreach = { ...fields, id: randomUUID(), rev: 0 };
      await records((customers) => {
        ensureRoom(customers.outreaches, maxOutreaches, 'outreach');
        customers.outreaches.push(outreach);
      });
      return outreach;
    },

    'customers:updateOutreach': async (input) => {
      const updated: Outreach = { ...input.fields, id: input.id, rev: input.rev + 1 };
      await records((customers) => {
        const index = indexOf(customers.outreaches, input.id, 'outreach');
        staleIf(customers.outreaches[index]?.rev !== input.rev, 'outreach');
        customers.outreaches[index] = updated;
      });
      return updated;
    },

    /**
     * The outreach goes with its entries, and with the evidence links to them: there is no
     * undo for a whole outreach (the screen confirms first), so a link could never come back.
     */
    'customers:deleteOutreach': async (input) => {
      let entriesDeleted = 0;
      await records((customers) => {
        customers.outreaches.splice(indexOf(customers.outreaches, input.id, 'outreach'), 1);
        const gone = new Set(
          customers.entries.filter((e) => e.outreachId === input.id).map((e) => e.id),
        );
        entriesDeleted = gone.size;
        customers.entries = customers.entries.filter((entry) => !gone.has(entry.id));
        customers.evidence = customers.evidence.filter(
          ({ ref }) => ref.kind !== 'entry' || !gone.has(ref.entryId),
        );
      });
      return { id: input.id, entriesDeleted };
    },

    'customers:addEntry': async (input) => {
      const entry: FeedbackEntry = {
        ...input.fields,
        id: randomUUID(),
        rev: 0,
        outreachId: input.outreachId,
      };
      await records((customers) => {
        indexOf(customers.outreaches, input.outreachId, 'outreach');
        ensureRoom(customers.entries, maxFeedbackEntries, 'entry');
        customers.entries.push(entry);
      });
      return entry;
    },

    'customers:updateEntry': async (input) => {
      let updated: FeedbackEntry | undefined;
      await records((customers) => {
        const index = indexOf(customers.entries, input.id, 'entry');
        const stored = customers.entries[index];
        staleIf(stored?.rev !== input.rev, 'entry');
        updated = {
          ...input.fields,
          id: input.id,
          rev: input.rev + 1,
          outreachId: stored!.outreachId,
        };
        customers.entries[index] = updated;
      });
      return updated!;
    },

    /** Links to the entry stay, so Undo brings them back; until then they say it was deleted. */
    'customers:deleteEntry': async (input) => {
      let deleted: DeletedEntry | undefined;
      await records((customers, saved) => {
        const index = indexOf(saved.entries, input.id, 'entry');
        deleted = { entry: saved.entries[index]!, index };
        customers.entries.splice(index, 1);
      });
      if (!deleted) throw missing('entry');
      return deleted;
    },

    /** Undo of a delete: back at its old place (or the end), with its id, under its outreach. */
    'customers:restoreEntry': async (input) => {
      await records((customers) => {
        if (customers.entries.some((entry) => entry.id === input.entry.id)) {
          throw new AppError('conflict', refusal('refusals.entryAlreadyBack'));
        }
        if (!customers.outreaches.some((outreach) => outreach.id === input.entry.outreachId)) {
          throw new AppError('conflict', refusal('refusals.outreachDeleted'));
        }
        ensureRoom(customers.entries, maxFeedbackEntries, 'entry');
        customers.entries.splice(Math.min(input.index, customers.entries.length), 0, input.entry);
      });
      return input.entry;
    },

    /** The whole complaint log is evidence only once there is one: an empty log backs nothing. */
    'customers:link': async (link) => {
      if (link.ref.kind === 'complaint-log' && complaints().total === 0) {
        throw new AppError('invalid-input', refusal('refusals.noComplaintLog'));
      }
      return (await repository.update((draft) => linkEvidence(draft, link))).customers.evidence;
    },

    /** Unlinking a link that is not there changes nothing. */
    'customers:unlink': async (link) =>
      (
        await records((customers) => {
          customers.evidence = customers.evidence.filter(
            (other) => other.goalId !== link.goalId || !sameRef(other.ref, link.ref),
          );
        })
      ).evidence,
  };
}
