import { z } from 'zod';
import { complaintFileTooLarge, maxComplaintFileBytes } from '../domain/customers/complaint-log';
import { lineText } from '../domain/text';
import { issueMessage } from '../i18n/issue-said';

/** A whole CSV file as a method's input (`body: 'file'`): its name and its text. */
export const csvFileSchema = z.strictObject({
  // Cleaned like typed text: a file's name can carry control or right-to-left override
  // characters that would show one name and store another.
  fileName: lineText('validation.label.file.name', 300),
  csvText: z
    .string({ error: issueMessage('validation.api.fileText') })
    .max(maxComplaintFileBytes, issueMessage(complaintFileTooLarge)),
});
