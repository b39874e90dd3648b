// Row 4: a goal's autosave (the real `goals:update` service, durably saved) against the raw
// floor for the same bytes: stringify the workbook the save produced, write a temp file, fsync,
// rename, fsync the folder. The ratio shows what the store adds on top of what a disk must do.
import { open, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { currentSchemaVersion } from '../../src/main/store/schema-version';
import {
  dataFolder,
  largeSize,
  mediumSize,
  openFolder,
  smallSize,
  type BenchSize,
} from './bench-data';
import { alternate, describe, report, withinBudget, type BenchModule } from './measure';

async function rawSave(dir: string, data: unknown): Promise<void> {
  const envelope = {
    schemaVersion: currentSchemaVersion,
    savedAt: new Date().toISOString(),
    appVersion: 'bench',
    data,
  };
  const text = JSON.stringify(envelope);
  const temp = join(dir, 'floor.tmp');
  const file = await open(temp, 'w');
  await file.writeFile(text);
  await file.sync();
  await file.close();
  await rename(temp, join(dir, 'floor.json'));
  const folder = await open(dir, 'r');
  await folder.sync();
  await folder.close();
}

async function measureSize(size: BenchSize, runs: number) {
  const folder = await dataFolder(size);
  const { store, handlers } = await openFolder(folder.dir);
  try {
    const goal = (await handlers['goals:list'](undefined))[0]!;
    let rev = goal.rev;
    let typed = 0;
    const { id, rev: _rev, ...fields } = goal;
    const save = async () => {
      typed += 1;
      const saved = await handlers['goals:update']({
        id,
        rev,
        fields: { ...fields, statement: `${fields.statement} ${typed}` },
      });
      rev = saved.rev;
    };
    // The floor writes what the save just stored; reading it is left out of its time.
    const floor = async () => {
      const saved = store.repository.read();
      const started = performance.now();
      await rawSave(folder.dir, saved);
      return performance.now() - started;
    };
    return await alternate({ runs, warmUps: 2 }, save, floor);
  } finally {
    await store.close();
    await folder.dispose();
  }
}

export const bench: BenchModule = async ({ quick }) => {
  const runs = quick ? 7 : 25;
  const results = [];
  for (const size of [smallSize, mediumSize, largeSize]) {
    const { measure, reference, ratio } = await measureSize(size, runs);
    report(`goal autosave, ${size.label}`, describe(measure));
    report(`raw floor, ${size.label}`, describe(reference));
    results.push(
      withinBudget(`durable save vs raw floor, ${size.label}`, ratio, { max: 1.5, unit: '×' }),
    );
  }
  return results;
};
