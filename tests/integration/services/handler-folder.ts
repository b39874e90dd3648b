import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sampleToday } from '../../support/sample-today';
import { afterEach } from 'vitest';
import type { MainStatus } from '../../../src/main/said-notice';
import { blankGoalFields, type GoalFields, type GoalKind } from '../../../src/shared/domain/goal';
import type { GoalArea } from '../../../src/shared/domain/goal-areas';
import { createHandlers } from '../../../src/main/handlers';
import { downloadDelivery } from '../../../src/main/services/file-delivery';
import { openStore, type OpenedStore } from '../../../src/main/store/open-store';
import { promisedHandlers, type PromisedHandlers } from '../../support/promised-handlers';
import { makeStoreTempDir } from '../../support/store-temp-dir';

/** What 'app:status' answers from these handlers. */
export const status: MainStatus = {
  appVersion: '0.1.0',
  schemaVersion: 4,
  mode: 'browser',
  notices: [],
  utility: { key: 'first', count: 1 },
  language: null,
};

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

export interface HandlerFolder {
  dir: string;
  store: OpenedStore;
  handlers: PromisedHandlers;
  /** Closes the store and opens the same folder again, as a restart of the app does. */
  reopen: () => Promise<PromisedHandlers>;
}

async function openHandlers(
  dir: string,
  clock: () => Date,
): Promise<{ store: OpenedStore; handlers: PromisedHandlers }> {
  const store = await openStore({ dataDir: dir, appVersion: '0.1.0', log: () => undefined });
  cleanups.unshift(() => store.close());
  return {
    store,
    handlers: promisedHandlers(
      createHandlers({
        repository: store.repository,
        complaints: store.complaints,
        status: () => ({ ...status, notices: [] }),
        delivery: downloadDelivery,
        clock,
      }),
    ),
  };
}

/** Real handlers over a real store in a fresh (or prepared) temp data folder. */
export async function handlerFolder(
  label: string,
  prepare: (dir: string) => Promise<void> = () => Promise.resolve(),
  clock: () => Date = sampleToday,
): Promise<HandlerFolder> {
  const { dir, remove } = await makeStoreTempDir(label);
  cleanups.push(remove);
  await prepare(dir);
  const opened = await openHandlers(dir, clock);
  return {
    dir,
    ...opened,
    reopen: async () => {
      await opened.store.close();
      return (await openHandlers(dir, clock)).handlers;
    },
  };
}

/** A goal the board might type: a statement naming it, in the given kind and area. */
export function goalFields(
  statement: string,
  kind: GoalKind = 'internal',
  area: GoalArea = 'regulatory',
): GoalFields {
  return { ...blankGoalFields(kind), area, direction: 'at-most', statement };
}

/** The data file of format 8 with revision 5 approved on 18 November 2027: three monthly goals. */
export const v8Fixture = join(import.meta.dirname, '../../fixtures/store/v8-valid.json');

/** 3 February 2028, local noon: results of the v8 fixture's goals are owed since November. */
export const february3 = () => new Date('2028-02-03T12:00:00');

/** Real handlers over a copy of the v8 fixture, opened on 3 February 2028. */
export async function approvedV8Folder(label: string): Promise<HandlerFolder> {
  const original = await readFile(v8Fixture, 'utf8');
  return handlerFolder(
    label,
    (dir) => writeFile(join(dir, 'los-builder.json'), original),
    february3,
  );
}
