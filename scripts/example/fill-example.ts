import { createHandlers, type UtilityHandlers } from '../../src/main/handlers';
import { downloadDelivery } from '../../src/main/services/file-delivery';
import type { OpenedStore } from '../../src/main/store/open-store';
import { goalFieldsFromTemplate, type GoalTemplate } from '../../src/shared/domain/goal-template';
import type { Goal } from '../../src/shared/domain/goal';
import { exampleCards, exampleOutreaches, examplePlan } from './example-cards';
import { complaintsBeforeVote, complaintsSinceVote } from './example-complaints';
import { exampleGoals, revisionTwoChanges, type ExampleGoal } from './example-goals';
import { exampleOutages } from './example-outages';
import { exampleResults } from './example-results';
import { exampleScope, exampleUtility, firstMeeting, nextMeeting } from './example-utility';

/** The moment the script is at; each part of the story moves it on. */
export interface ExampleClock {
  now: Date;
}

/**
 * The story of the example, in the order a board lives it: set up, goals, hear customers,
 * approve revision 1 on 9 December 2025, keep the logs for a year, then start revision 2 with
 * two goals changed and its meeting set up, the vote not yet taken.
 */
export async function fillExample(store: OpenedStore, clock: ExampleClock): Promise<void> {
  await store.repository.update((draft) => {
    draft.example = true;
  });
  const handlers = createHandlers({
    repository: store.repository,
    complaints: store.complaints,
    delivery: downloadDelivery,
    clock: () => clock.now,
    status: () => ({
      appVersion: 'example',
      schemaVersion: 0,
      mode: 'browser',
      notices: [],
      utility: { key: 'first', count: 1 },
      language: null,
    }),
  });
  await handlers['utility:save']({ rev: 0, value: exampleUtility });
  await handlers['scope:save']({ rev: 0, value: exampleScope });
  const templates = await handlers['templates:list'](undefined);
  const goals: Goal[] = [];
  for (const goal of exampleGoals) {
    goals.push(await handlers['goals:add']({ fields: fieldsOf(goal, templates) }));
  }

  clock.now = new Date('2025-06-02T09:00:00Z');
  await hearCustomers(handlers, goals);
  clock.now = new Date('2025-11-18T14:00:00Z');
  await importComplaints(handlers, 'complaint-log-2024-2025.csv', complaintsBeforeVote);
  await linkEvidence(handlers, goals);

  clock.now = new Date('2025-12-10T09:30:00Z');
  const view = await handlers['approval:get'](undefined);
  await handlers['approval:saveMeeting']({ rev: view.meeting.rev, value: firstMeeting });
  await handlers['approval:approve'](undefined);

  clock.now = new Date('2026-11-02T10:00:00Z');
  for (const outage of exampleOutages) await handlers['outages:save']({ id: null, outage });
  await handlers['tracking:saveActuals']({ entries: exampleResults(goalIdOf(goals)) });
  await importComplaints(handlers, 'complaint-log-2026.csv', complaintsSinceVote);

  clock.now = new Date('2026-11-16T19:00:00Z');
  await startRevisionTwo(handlers);
}

function fieldsOf(goal: ExampleGoal, templates: readonly GoalTemplate[]) {
  const template = templates.find((candidate) => candidate.id === goal.templateId);
  if (!template) throw new Error(`The goal library has no template ${goal.templateId}.`);
  return { ...goalFieldsFromTemplate(template), ...goal.fields };
}

async function hearCustomers(handlers: UtilityHandlers, goals: readonly Goal[]): Promise<void> {
  await handlers['customers:savePlan']({ rev: 0, value: examplePlan });
  const outreaches = [];
  for (const fields of exampleOutreaches) {
    outreaches.push(await handlers['customers:addOutreach']({ fields }));
  }
  const externalIds = goals.filter((goal) => goal.kind === 'external').map((goal) => goal.id);
  const cards = exampleCards(externalIds);
  for (const [index, fields] of cards.entries()) {
    // The annual meeting's cards first, then the ones that came back with the bill.
    const outreach = outreaches[index < (exampleOutreaches[0]?.answered ?? 0) ? 0 : 1];
    if (!outreach) throw new Error('The example has two outreaches.');
    await handlers['customers:addEntry']({ outreachId: outreach.id, fields });
  }
}

async function importComplaints(
  handlers: UtilityHandlers,
  fileName: string,
  csvText: string,
): Promise<void> {
  const { fileId, preview } = await handlers['complaints:open']({ fileName, csvText });
  await handlers['complaints:import']({ fileId, mapping: preview.mapping });
}

/** The id of the goal made from a library template. */
function goalIdOf(goals: readonly Goal[]): (templateId: string) => string {
  return (templateId) => {
    const goal = goals.find((candidate) => candidate.templateId === templateId);
    if (!goal) throw new Error(`The example has no goal from ${templateId}.`);
    return goal.id;
  };
}

/** Each external goal points at what customers said of it, as step 5 asks. */
async function linkEvidence(handlers: UtilityHandlers, goals: readonly Goal[]): Promise<void> {
  const byTemplate = goalIdOf(goals);
  await handlers['customers:link']({
    goalId: byTemplate('CS1'),
    ref: { kind: 'topic', topic: 'pressure' },
  });
  await handlers['customers:link']({
    goalId: byTemplate('CS1'),
    ref: { kind: 'complaints', topic: 'pressure' },
  });
  await handlers['customers:link']({
    goalId: byTemplate('CS5'),
    ref: { kind: 'topic', topic: 'outages' },
  });
  await handlers['customers:link']({ goalId: byTemplate('CS7'), ref: { kind: 'complaint-log' } });
  await handlers['customers:link']({
    goalId: byTemplate('CS7'),
    ref: { kind: 'topic', topic: 'response' },
  });
}

async function startRevisionTwo(handlers: UtilityHandlers): Promise<void> {
  const draft = await handlers['approval:newRevision'](undefined);
  const goals = await handlers['goals:list'](undefined);
  for (const change of revisionTwoChanges) {
    const goal = goals.find((candidate) => candidate.templateId === change.templateId);
    if (!goal) throw new Error(`Revision 1 has no goal from ${change.templateId}.`);
    const { id, rev, ...fields } = goal;
    await handlers['goals:update']({ id, rev, fields: { ...fields, ...change.fields } });
  }
  await handlers['approval:saveMeeting']({ rev: draft.meeting.rev, value: nextMeeting });
  await handlers['wizard:setStep']({ currentStep: 'approval' });
}
