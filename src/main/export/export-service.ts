import { agreementContentOf } from '../../shared/domain/approval-rules/agreement-content-of';
import type { ComplaintLog } from '../../shared/domain/customers/complaint-log';
import type { ComplaintSummary } from '../../shared/domain/customers/feedback-summary';
import { agreementDocument } from '../../shared/pdf/agreement-document';
import { customerSummaryDocument } from '../../shared/pdf/customer-summary-document';
import { surveyPrintableFields } from '../../shared/pdf/survey-printable-fields';
import { changeFieldsOf, printableFieldsOf } from '../../shared/pdf/printable-fields';
import { surveyCardDocument } from '../../shared/pdf/survey-card-document';
import { tallySheetDocument } from '../../shared/pdf/tally-sheet-document';
import { renderPaper } from './render-paper';
import { findUnprintable } from '../pdf/unprintable';
import type { WorkbookStore } from '../services/editable-store';
import { exportFileName, spreadsheetFileName } from './export-file-name';
import { localDate } from '../../shared/domain/local-date';
import { approvedForPrint, approvedOrDraft } from './printable-version';
import { csvFile, type FileDelivery } from '../services/file-delivery';
import { resultsSpreadsheet } from '../../shared/export/results-spreadsheet';
import { spreadsheetInput } from './spreadsheet-input';
import { changesSinceInForce } from '../approval/changes-since-in-force';
import { agreementInput } from './agreement-input';
import { boardPacketInput, minutesInput } from './packet-input';
import { boardPacketDocument } from '../../shared/pdf/packet/board-packet-document';
import { minutesDocument } from '../../shared/pdf/packet/minutes-document';
import type { AreaHandlers } from '../../shared/api/contract';
import { boardReportDocument } from '../../shared/pdf/reports/board-report-document';
import { reportCardDocument } from '../../shared/pdf/reports/report-card-document';
import { boardReportInput, reportCardInput } from '../reports/report-inputs';
import { reportPrintableFields } from '../reports/report-printable-fields';
import { bilingualSummaryDocument } from '../../shared/pdf/bilingual-summary-document';
import { spanishCheck } from './spanish-check';

const languageNames = { en: 'English', es: 'Spanish', both: 'English and Spanish' } as const;
const formTitles = { survey: 'Survey card', 'tally-sheet': 'Tally sheet' } as const;

export interface ExportServiceOptions {
  /** The complaint log in figures, for the draft's "What our customers told us". */
  complaints: () => ComplaintSummary;
  /** The imported complaint log itself, whose figures fill some goals' results (reports). */
  complaintLog: () => ComplaintLog;
  clock?: () => Date;
}

/**
 * The agreement PDF (a draft for the board packet, or an approved version), the customer
 * summary, step 4's blank survey card and tally sheet, and the results spreadsheet. Pure
 * builders make the document; main renders it and hands it to the delivery port. Exports only
 * read, so they work on a frozen agreement.
 */

export function createExportService(
  repository: WorkbookStore,
  delivery: FileDelivery,
  options: ExportServiceOptions,
): AreaHandlers<'export'> {
  const clock = options.clock ?? (() => new Date());
  return {
    /** Typed characters the fonts cannot draw, so the user hears of them before printing. */
    'export:check': (input) => {
      const workbook = repository.read();
      const missing = spanishCheck(workbook, options.complaints(), input);
      if (input.document === 'survey-forms') {
        const { utility, goals } = workbook;
        return {
          unprintable: findUnprintable(surveyPrintableFields({ utility: utility.value, goals })),
          missingSpanish: missing,
        };
      }
      if (input.document === 'reports') {
        return {
          unprintable: findUnprintable(reportPrintableFields(workbook)),
          missingSpanish: missing,
        };
      }
      const printable = approvedOrDraft(workbook, input.revision);
      // The meeting's papers print the meeting as step 7 holds it; the draft agreement does not.
      const meeting = input.document === 'agreement' ? null : workbook.meeting.value;
      const fields = printable
        ? printableFieldsOf(printable.version.content, printable.version.meeting)
        : [
            ...printableFieldsOf(agreementContentOf(workbook, options.complaints()), meeting),
            // The draft also prints what changed, with the annual review's reasons.
            ...changeFieldsOf(changesSinceInForce(workbook)),
          ];
      return { unprintable: findUnprintable(fields), missingSpanish: missing };
    },

    'export:agreementPdf': async (input) => {
      const workbook = repository.read();
      const pdf = agreementInput(
        workbook,
        options.complaints(),
        input.revision,
        localDate(clock()),
        input.language,
      );
      const bytes = await renderPaper(workbook, agreementDocument(pdf), input.language);
      const draft = pdf.approval === null ? ' (draft)' : '';
      const spanish = input.language === 'es' ? ` (${languageNames.es})` : '';
      const detail = `revision ${pdf.content.revision}${draft}${spanish}`;
      return delivery.deliver(
        exportFileName('LOS Agreement', pdf.content.utility.name, detail),
        bytes,
      );
    },

    'export:customerSummaryPdf': async (input) => {
      const workbook = repository.read();
      const { version, standing } = approvedForPrint(workbook, input.revision);
      const { language } = input;
      const bytes = await renderPaper(
        workbook,
        language === 'both'
          ? bilingualSummaryDocument({ version, standing })
          : customerSummaryDocument({ version, standing, language }),
        language,
      );
      const detail = `revision ${version.revision} (${languageNames[input.language]})`;
      return delivery.deliver(
        exportFileName('LOS Customer Summary', version.content.utility.name, detail),
        bytes,
      );
    },

    /** A blank form for step 4: the survey and comment card, or the door-to-door tally sheet. */
    'export:surveyPdf': async (input) => {
      const workbook = repository.read();
      const { utility, scope, goals, customers } = workbook;
      const { language } = input;
      const annualMeeting = customers.plan.value.profile.holdsAnnualMeeting;
      const definition =
        input.form === 'survey'
          ? surveyCardDocument({
              utility: utility.value,
              scope: scope.value,
              goals,
              language,
              annualMeeting,
            })
          : tallySheetDocument({ utility: utility.value, language });
      const title = `${formTitles[input.form]} (${languageNames[language]})`;
      return delivery.deliver(
        exportFileName(title, utility.value.name, ''),
        await renderPaper(workbook, definition, language),
      );
    },

    'export:boardPacketPdf': async ({ language }) => {
      const workbook = repository.read();
      const packet = boardPacketInput(workbook, options.complaints(), localDate(clock()), language);
      const { content } = packet.agreement;
      const spanish = language === 'es' ? ` (${languageNames.es})` : '';
      return delivery.deliver(
        exportFileName(
          'Board packet',
          content.utility.name,
          `revision ${content.revision}${spanish}`,
        ),
        await renderPaper(workbook, boardPacketDocument(packet), language),
      );
    },

    'export:minutesPdf': async ({ revision, language }) => {
      const workbook = repository.read();
      const minutes = minutesInput(workbook, revision, language);
      const spanish = language === 'es' ? ` (${languageNames.es})` : '';
      return delivery.deliver(
        exportFileName(
          'Minutes and resolution',
          minutes.utility.name,
          `revision ${minutes.revision}${spanish}`,
        ),
        await renderPaper(workbook, minutesDocument(minutes), language),
      );
    },

    'export:openSaved': async () => ({ opened: await delivery.openSaved() }),

    'export:spreadsheet': () => {
      const workbook = repository.read();
      const today = localDate(clock());
      const text = resultsSpreadsheet(spreadsheetInput(workbook, options.complaints(), today));
      return delivery.deliver(
        spreadsheetFileName(workbook.utility.value.name, today),
        Buffer.from(text, 'utf8'),
        csvFile,
      );
    },

    'export:boardReportPdf': async ({ period, language }) => {
      const workbook = repository.read();
      const report = boardReportInput(workbook, options.complaintLog(), period, localDate(clock()));
      const detail = language === 'es' ? `${period} (${languageNames.es})` : period;
      return delivery.deliver(
        exportFileName('Board report', report.utility, detail),
        await renderPaper(workbook, boardReportDocument({ ...report, language }), language),
      );
    },

    'export:reportCardPdf': async ({ year, language }) => {
      const workbook = repository.read();
      const card = reportCardInput(
        workbook,
        options.complaintLog(),
        year,
        language,
        localDate(clock()),
      );
      return delivery.deliver(
        exportFileName(`How we did in ${year} (${languageNames[language]})`, card.utility, ''),
        await renderPaper(workbook, reportCardDocument(card), language),
      );
    },
  };
}
