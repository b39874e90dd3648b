import { z } from 'zod';
import { issueMessage } from '../i18n/issue-said';
import { rowId } from '../domain/text';
import { outageSaveSchema } from '../domain/tracking/outage-entry';
import { outageSchema } from '../domain/tracking/outage-records';
import {
  outageColumnChoicesSchema,
  outageColumnMappingSchema,
} from '../domain/tracking/outage-csv/outage-columns';
import { outagesPreviewSchema } from '../domain/tracking/outage-csv/outages-preview';
import { csvFileSchema } from './csv-file';
import type { AreaContract } from './method-spec';
import { noInput } from './no-input';

/** The outage log, newest first. */
const outageListSchema = z.array(outageSchema);

/** An outage file open in main; made by `outages:openCsv`, so never typed by a user. */
const outagesFileId = z.uuid({ error: issueMessage('validation.api.outageFile') });

/**
 * The outage log (issue 16): every interruption of service through the year, typed or imported.
 * Records about the year, never part of an approved agreement: saving them changes no
 * fingerprint, and they can be kept whether or not an agreement is approved.
 */
export const outageContract = {
  'outages:list': { input: noInput, output: outageListSchema },
  /**
   * Adds an outage (id null) or replaces the one with that id; answers the log. Refused with the
   * field named when a rule of the log is broken (an end before the start), and as a conflict
   * when the outage to replace is no longer in the log.
   */
  'outages:save': { input: outageSaveSchema, output: outageListSchema },
  /** Removes one outage; answers it, so Undo can save it again, and the log. */
  'outages:delete': {
    input: z.strictObject({ id: rowId }),
    output: z.strictObject({ removed: outageSchema, outages: outageListSchema }),
  },
  /**
   * Reads a CSV outage log once and keeps it in main under `fileId` while the user chooses its
   * columns; answers what importing it with the columns suggested from its headers would do.
   */
  'outages:openCsv': {
    input: csvFileSchema,
    output: z.strictObject({ fileId: outagesFileId, preview: outagesPreviewSchema }),
    body: 'file',
  },
  /** What importing the open outage file with these columns would do; records nothing. */
  'outages:previewCsv': {
    input: z.strictObject({ fileId: outagesFileId, mapping: outageColumnChoicesSchema }),
    output: outagesPreviewSchema,
  },
  /**
   * Records every new outage of the open file or none; outages the log already has are left
   * out. Refused, naming the first rows wrong, when any row is wrong. The file is let go once
   * imported.
   */
  'outages:importCsv': {
    input: z.strictObject({ fileId: outagesFileId, mapping: outageColumnMappingSchema }),
    output: outageListSchema,
  },
} as const satisfies AreaContract<'outages'>;
