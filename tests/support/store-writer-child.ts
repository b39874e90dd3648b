// Kill-loop child: opens the store in the folder given, then saves forever, printing
// "ack <rev>" only after each save resolved (that is, once it is on disk). The parent
// SIGKILLs it at random moments and checks nothing acknowledged was lost.
import { openStore } from '../../src/main/store/open-store';
import { noticeIn } from '../../src/main/said-notice';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: store-writer-child.ts <data folder>');

// A long mission makes each write span several pages, so a torn write would show.
const filler = 'Safe, reliable water for every home on the system. '.repeat(18);

const store = await openStore({ dataDir, appVersion: 'kill-loop', backupIntervalMs: 50 });
for (const notice of store.notices)
  process.stdout.write(`notice ${noticeIn(notice, 'en').message}\n`);
process.stdout.write(`ready ${store.repository.read().utility.rev}\n`);
for (;;) {
  const saved = await store.repository.update((draft) => {
    const rev = draft.utility.rev + 1;
    draft.utility = { rev, value: { ...draft.utility.value, name: `Save ${rev}` } };
    draft.scope = {
      rev,
      value: { ...draft.scope.value, mission: `${rev}: ${filler}`.slice(0, 1000) },
    };
  });
  process.stdout.write(`ack ${saved.utility.rev}\n`);
}
