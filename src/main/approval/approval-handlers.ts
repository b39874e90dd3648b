import { maxCheckedPdfBytes } from '../../shared/api/approval-contract';
import type { AreaHandlers } from '../../shared/api/contract';
import { AppError } from '../app-error';
import { said } from '../../shared/i18n/said';
import type { HandlerDeps } from '../handler-deps';
import { pdfFile } from '../services/file-delivery';
import { editableStore } from '../services/editable-store';
import { createApprovalService } from './approval-service';
import { checkPdf, pdfCheckIn } from './pdf-check';
import { createReviewService } from './review-service';

/** Steps 6 to 8: the review, the board's vote, and checking an approved copy. */
export function approvalHandlers(deps: HandlerDeps): AreaHandlers<'review' | 'approval'> {
  const { repository, clock } = deps;
  return {
    ...createReviewService(editableStore(repository)),
    ...createApprovalService(repository, { clock, complaints: () => deps.complaints.summary() }),
    'approval:checkPdf': async (input, context) => {
      const bytes =
        'pick' in input
          ? ((await deps.delivery.pickFile(pdfFile))?.bytes ?? null)
          : Buffer.from(input.pdfBase64, 'base64');
      if (bytes === null) return null;
      if (bytes.length > maxCheckedPdfBytes) {
        // The contract's own check, said the same way when main finds the file too large.
        throw new AppError('invalid-input', said('validation.api.checkedPdfTooLarge'));
      }
      return pdfCheckIn(checkPdf(bytes, repository.read()), context?.language ?? 'en');
    },
  };
}
