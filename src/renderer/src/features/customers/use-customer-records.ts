import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { CustomersView } from '@shared/api/customer-contract';
import type { EvidenceLink } from '@shared/domain/customers/evidence';
import type {
  FeedbackEntry,
  FeedbackEntryFields,
  Outreach,
  OutreachFields,
} from '@shared/domain/customers/feedback-entry';
import { blankGoalFields, type Goal } from '@shared/domain/goal';
import { useApi } from '../../api/api-context';
import { useOtherWindows } from '../../api/use-other-windows';
import { showUndoNotice } from '../../form-kit/show-undo-notice';
import { useText } from '../../i18n/use-text';
import { entrySummary } from './customer-words';

/** Says why a change failed and answers `answer`, so a caller can return both at once. */
function problem<T>(title: string, message: string, answer: T): T {
  notifications.show({ color: 'red', title, message, autoClose: false });
  return answer;
}

/** Step 4's records on screen and every change to them, each saved at once through the Api. */
export function useCustomerRecords(initial: CustomersView, initialGoals: Goal[]) {
  const api = useApi();
  const text = useText();
  const [records, setRecords] = useState(initial.records);
  const [complaints, setComplaints] = useState(initial.complaints);
  const [goals, setGoals] = useState(initialGoals);

  const patch = (change: (current: typeof records) => typeof records) => setRecords(change);

  // Another window changed step 4: show its records. An open editor keeps its own copy (and
  // its revision), so what is typed there is never replaced; its save says if it is stale.
  useOtherWindows(() => {
    void Promise.all([api['customers:get'](), api['goals:list']()]).then(([view, list]) => {
      if (view.ok) {
        setRecords(view.value.records);
        setComplaints(view.value.complaints);
      }
      if (list.ok) setGoals(list.value);
    });
  });

  async function addOutreach(fields: OutreachFields): Promise<Outreach | null> {
    const result = await api['customers:addOutreach']({ fields });
    if (!result.ok)
      return problem(text('customers.records.addOutreachFailed'), result.error.message, null);
    patch((current) => ({ ...current, outreaches: [...current.outreaches, result.value] }));
    return result.value;
  }

  async function updateOutreach(outreach: Outreach, fields: OutreachFields): Promise<boolean> {
    const { id, rev } = outreach;
    const result = await api['customers:updateOutreach']({ id, rev, fields });
    if (!result.ok)
      return problem(text('customers.records.saveOutreachFailed'), result.error.message, false);
    patch((current) => ({
      ...current,
      outreaches: current.outreaches.map((other) => (other.id === id ? result.value : other)),
    }));
    return true;
  }

  async function deleteOutreach(id: string): Promise<boolean> {
    const result = await api['customers:deleteOutreach']({ id });
    if (!result.ok)
      return problem(text('customers.records.deleteOutreachFailed'), result.error.message, false);
    patch((current) => ({
      ...current,
      outreaches: current.outreaches.filter((other) => other.id !== id),
      entries: current.entries.filter((entry) => entry.outreachId !== id),
    }));
    return true;
  }

  async function addEntry(outreachId: string, fields: FeedbackEntryFields): Promise<string | null> {
    const result = await api['customers:addEntry']({ outreachId, fields });
    if (!result.ok) return result.error.message;
    patch((current) => ({ ...current, entries: [...current.entries, result.value] }));
    return null;
  }

  async function updateEntry(entry: FeedbackEntry, fields: FeedbackEntryFields) {
    const result = await api['customers:updateEntry']({ id: entry.id, rev: entry.rev, fields });
    if (!result.ok) return result.error.message;
    patch((current) => ({
      ...current,
      entries: current.entries.map((other) => (other.id === entry.id ? result.value : other)),
    }));
    return null;
  }

  async function deleteEntry(entry: FeedbackEntry) {
    const result = await api['customers:deleteEntry']({ id: entry.id });
    if (!result.ok)
      return problem(
        text('customers.records.deleteCommentFailed'),
        result.error.message,
        undefined,
      );
    const deleted = result.value;
    patch((current) => ({
      ...current,
      entries: current.entries.filter((other) => other.id !== entry.id),
    }));
    showUndoNotice({
      id: `entry-deleted-${deleted.entry.id}`,
      title: text('customers.records.commentDeleted'),
      message: entrySummary(text, deleted.entry),
      undo: async () => {
        const restored = await api['customers:restoreEntry'](deleted);
        if (!restored.ok)
          return problem(text('customers.records.undoFailed'), restored.error.message, undefined);
        patch((current) => {
          const entries = current.entries.filter((other) => other.id !== restored.value.id);
          entries.splice(Math.min(deleted.index, entries.length), 0, restored.value);
          return { ...current, entries };
        });
      },
    });
  }

  async function changeLink(method: 'customers:link' | 'customers:unlink', link: EvidenceLink) {
    const result = await api[method](link);
    if (!result.ok) {
      const title = text(
        method === 'customers:link'
          ? 'customers.records.linkFailed'
          : 'customers.records.unlinkFailed',
      );
      return problem(title, result.error.message, false);
    }
    patch((current) => ({ ...current, evidence: result.value }));
    return true;
  }

  /**
   * "New external goal": the goal, worded from the evidence, then the link to it. Like any new
   * goal it has no area yet: the board chooses it on step 5 (decision 29).
   */
  async function addGoalFor(basis: string): Promise<Goal | null> {
    const fields = { ...blankGoalFields('external'), customerBasis: basis };
    const result = await api['goals:add']({ fields });
    if (!result.ok)
      return problem(text('customers.records.addGoalFailed'), result.error.message, null);
    setGoals((current) => [...current, result.value]);
    return result.value;
  }

  /** After the complaint log changed: its figures come with the step's record. */
  async function refreshComplaints() {
    const result = await api['customers:get']();
    if (result.ok) setComplaints(result.value.complaints);
  }

  return {
    records,
    complaints,
    goals,
    externalGoals: goals.filter((goal) => goal.kind === 'external'),
    onPlanSaved: (plan: typeof records.plan) => patch((current) => ({ ...current, plan })),
    addOutreach,
    updateOutreach,
    deleteOutreach,
    addEntry,
    updateEntry,
    deleteEntry,
    link: (link: EvidenceLink) => changeLink('customers:link', link),
    unlink: (link: EvidenceLink) => changeLink('customers:unlink', link),
    addGoalFor,
    refreshComplaints,
  };
}

export type CustomerRecordsState = ReturnType<typeof useCustomerRecords>;
