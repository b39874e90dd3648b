import { fc } from '@fast-check/vitest';

/** How an export or a backup ended: saved, cancelled, or a download. */
export const validExportResult = fc.oneof(
  fc.record({ status: fc.constant('saved' as const), fileName: fc.string() }),
  fc.record({ status: fc.constant('cancelled' as const) }),
  fc.record({
    status: fc.constant('download' as const),
    fileName: fc.string(),
    base64: fc.base64String(),
  }),
);
