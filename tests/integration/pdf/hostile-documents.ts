import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import type { AgreementContent } from '../../../src/shared/domain/agreement-version';
import type { Meeting } from '../../../src/shared/domain/approval';
import { agreementDocument } from '../../../src/shared/pdf/agreement-document';
import { customerSummaryDocument } from '../../../src/shared/pdf/customer-summary-document';
import { surveyCardDocument } from '../../../src/shared/pdf/survey-card-document';
import { tallySheetDocument } from '../../../src/shared/pdf/tally-sheet-document';
import { surveyGoals } from '../../fixtures/pdf/pdf-customer-feedback';
import {
  approvedInput,
  approvedVersion,
  draftInput,
  pdfContent,
  pdfMeeting,
} from '../../fixtures/pdf/pdf-inputs';

/** Everything XML treats specially, markup, a CDATA end, an entity and a non-ASCII letter. */
export const hostileName = `Smith & Sons <b>Water</b> "Co." 'Ltd' ]]> <![CDATA[x]]> &amp; Martínez`;

/** Text with XML's special characters and markup around it. */
function marked(text: string): string {
  return `${text} & <i>"${text.slice(0, 12)}"</i> ]]> 'x' < y > z`;
}

const utility: AgreementContent['utility'] = {
  ...pdfContent.utility,
  name: hostileName,
  board: pdfContent.utility.board.map((member) => ({
    ...member,
    name: `${member.name} & <b>"O'Neil"</b>`,
  })),
  operators: pdfContent.utility.operators.map((operator) => ({
    ...operator,
    name: `${operator.name} <&>`,
  })),
  helpers: pdfContent.utility.helpers.map((helper) => ({ ...helper, name: marked(helper.name) })),
};

const content: AgreementContent = {
  ...pdfContent,
  utility,
  scope: { ...pdfContent.scope, mission: marked(pdfContent.scope.mission) },
  goals: pdfContent.goals.map((goal) => ({
    ...goal,
    statement: marked(goal.statement),
    measure: marked(goal.measure),
  })),
};

const meeting: Meeting = {
  ...pdfMeeting,
  place: marked(pdfMeeting.place),
  resolutionNumber: '2026-04 <&>',
  minutesExcerpt: marked(pdfMeeting.minutesExcerpt),
};

function approvedAgreement(): TDocumentDefinitions {
  const { approval } = approvedInput;
  if (approval === null) throw new Error('approvedInput has an approval');
  return agreementDocument({ ...approvedInput, content, approval: { ...approval, meeting } });
}

/** Every document LOS Builder prints (export-service.ts), with hostile names and text. */
export function hostileDocuments(): [string, TDocumentDefinitions][] {
  const version = { ...approvedVersion, content, meeting };
  const goals = surveyGoals.map((goal) => ({ ...goal, statement: marked(goal.statement) }));
  const documents: [string, TDocumentDefinitions][] = [
    ['agreement-draft', agreementDocument({ ...draftInput, content: { ...content, revision: 3 } })],
    ['agreement-approved', approvedAgreement()],
  ];
  for (const language of ['en', 'es'] as const) {
    documents.push(
      [
        `customer-summary-${language}`,
        customerSummaryDocument({ version, standing: { inForce: true }, language }),
      ],
      [
        `survey-card-${language}`,
        surveyCardDocument({
          utility,
          scope: content.scope,
          goals,
          language,
          annualMeeting: true,
        }),
      ],
      [`tally-sheet-${language}`, tallySheetDocument({ utility, language })],
    );
  }
  return documents;
}
