// Kill-loop child for restores and switching: opens the library in the folder given, then
// forever restores the two backup files in turn over the first utility and switches to the
// second utility and back, printing "ack restore <n>" and "ack switch" only once each has
// finished. The parent SIGKILLs it at random moments and checks every utility after each kill.
import { readFile } from 'node:fs/promises';
import { openApp } from '../../src/main/library/open-app';
import { downloadDelivery } from '../../src/main/services/file-delivery';

const [root, ...backupPaths] = process.argv.slice(2);
if (!root || backupPaths.length !== 2) {
  throw new Error('usage: library-restore-child.ts <data folder> <backup 1> <backup 2>');
}
const backups = await Promise.all(backupPaths.map((path) => readFile(path)));

const { handlers } = await openApp({
  root,
  appVersion: 'kill-loop',
  mode: 'browser',
  delivery: downloadDelivery,
  log: () => undefined,
});
const second = (await handlers['library:list'](undefined)).utilities.find(
  (entry) => entry.key !== 'first',
);
if (!second) throw new Error('The folder needs a second utility.');
process.stdout.write('ready\n');
for (let n = 0; ; n += 1) {
  const which = n % 2;
  const bytes = backups[which]!;
  await handlers['library:open']({ key: 'first' });
  const preview = await handlers['backup:preview']({
    fileName: `backup-${which}.losbackup`,
    fileBase64: bytes.toString('base64'),
  });
  if (preview?.relation !== 'same') {
    await handlers['backup:restore']({ previewId: preview!.previewId, as: 'replace' });
  }
  process.stdout.write(`ack restore ${which}\n`);
  await handlers['library:open']({ key: second.key });
  process.stdout.write('ack switch\n');
}
