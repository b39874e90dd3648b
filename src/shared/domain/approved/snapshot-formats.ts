import type { z } from 'zod';
import { beforeSewer, notStretched } from './older-content';
import { snapshotV1Schema, type meetingV1Schema, type outcomeV1Schema } from './snapshot-v1';
import { snapshotV2Schema } from './snapshot-v2';
import { snapshotV3Schema, type SnapshotV3 } from './snapshot-v3';
import { snapshotV4Schema, type SnapshotV4 } from './snapshot-v4';
import { beforeStandIn, snapshotV5Schema, type SnapshotV5 } from './snapshot-v5';
import { beforeSpanish, snapshotV6Schema, type SnapshotV6 } from './snapshot-v6';
import { snapshotV7Schema, type SnapshotV7 } from './snapshot-v7';

// Every snapshot format in one place. A new format is a new snapshot-vN.ts (its frozen schema
// and the function giving older content what it did not hold) plus its lines here; the format
// files themselves are never changed (docs/architecture.md, "Adding a field to a goal").

/** The snapshot formats LOS Builder can read; a new one is added, never changed. */
export const snapshotFormats = [1, 2, 3, 4, 5, 6, 7] as const;
export type SnapshotFormat = (typeof snapshotFormats)[number];

/** The format new approvals are written in: the newest. */
export const currentSnapshotFormat = 7 satisfies SnapshotFormat;

/** The newest format's snapshot: what a snapshot of any format is read as. */
export type NewestSnapshot = SnapshotV7;
type NewestContent = NewestSnapshot['content'];

// Each format's content brought up to the newest shape, one format at a time.
const fromV7 = (content: SnapshotV7['content']): NewestContent => content;
// Format 6's evidence has no Spanish lines; the newest shape holds them only where approved.
const fromV6 = (content: SnapshotV6['content']) => fromV7(content);
const fromV5 = (content: SnapshotV5['content']) => fromV6(beforeSpanish(content));
const fromV4 = (content: SnapshotV4['content']) => fromV5(beforeStandIn(content));
const fromV3 = (content: SnapshotV3['content']) => fromV4(beforeSewer(content));
const fromV2 = (content: Parameters<typeof notStretched>[0]) => fromV3(notStretched(content));

interface Covered<Content> {
  content: Content;
  meeting: z.output<typeof meetingV1Schema>;
  outcome: z.output<typeof outcomeV1Schema>;
}

/** Reads with a format's frozen schema, then brings the content up to the newest shape. */
function reader<Content>(
  schema: z.ZodType<Covered<Content>>,
  up: (content: Content) => NewestContent,
): (covered: unknown) => NewestSnapshot | null {
  return (covered) => {
    const parsed = schema.safeParse(covered);
    return parsed.success ? { ...parsed.data, content: up(parsed.data.content) } : null;
  };
}

/** One reader per format, answering the newest shape, or null when the snapshot does not read. */
export const snapshotReaders: Record<SnapshotFormat, (covered: unknown) => NewestSnapshot | null> =
  {
    1: reader(snapshotV1Schema, fromV2),
    2: reader(snapshotV2Schema, fromV2),
    3: reader(snapshotV3Schema, fromV3),
    4: reader(snapshotV4Schema, fromV4),
    5: reader(snapshotV5Schema, fromV5),
    6: reader(snapshotV6Schema, fromV6),
    7: reader(snapshotV7Schema, fromV7),
  };
