import { z } from 'zod';

/** How an export ended: saved by main's dialog (desktop), cancelled, or handed over as a download (browser). */
export const exportResultSchema = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('saved'), fileName: z.string() }),
  z.strictObject({ status: z.literal('cancelled') }),
  z.strictObject({ status: z.literal('download'), fileName: z.string(), base64: z.string() }),
]);
export type ExportResult = z.output<typeof exportResultSchema>;
