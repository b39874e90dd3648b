import { Text } from '@mantine/core';
import { useState } from 'react';
import type { Review } from '@shared/api/approval-contract';
import type { CustomersView } from '@shared/api/customer-contract';
import { goalAreas } from '@shared/domain/goal-areas';
import type { Goal } from '@shared/domain/goal';
import { reviewSettingsSchema } from '@shared/domain/review-settings';
import type { Scope } from '@shared/domain/scope';
import { runsSewer, type SystemType } from '@shared/domain/utility';
import { useApi } from '../../api/api-context';
import { FormSection } from '../../form-kit/FormSection';
import { StepLayout } from '../../form-kit/StepLayout';
import { useAgreement } from '../../form-kit/agreement-context';
import { stepNameIn } from '../../form-kit/step-titles';
import { loadPart } from '../../form-kit/load-part';
import { useAutosavedForm } from '../../form-kit/use-autosaved-form';
import { DraftPdfButton } from '../export/DraftPdfButton';
import { ChangesSinceSection } from './ChangesSinceSection';
import { ExternalGoalEvidence } from './ExternalGoalEvidence';
import { FindingGroups } from './FindingGroups';
import { reviewDraftToInput, reviewToDraft } from './review-draft';
import { reviewHelp } from './review-help';
import { useText } from '../../i18n/use-text';
import {
  AreaReasonFields,
  DischargePermit,
  floorFieldId,
  FloorFields,
  reasonFieldId,
} from './ReviewSettingsFields';

export interface ReviewRecord {
  review: Review;
  goals: Goal[];
  scope: Scope;
  customers: CustomersView;
  /** Step 1's answer: which floors the board sets, and whether there is a discharge permit. */
  systemType: SystemType | null;
}

interface ReviewFormProps {
  record: ReviewRecord;
  onReload: () => void;
  focusOnShow: boolean;
  onGoToGoal: (goal: Goal) => void;
  onGoToCustomers: () => void;
  onGoToScope: () => void;
}

/** Step 6: the checklist over all goals, and the board's floors and reasons. */
export function ReviewForm({
  record,
  onReload,
  focusOnShow,
  onGoToGoal,
  onGoToCustomers,
  onGoToScope,
}: ReviewFormProps) {
  const api = useApi();
  const text = useText();
  const { frozen, agreement } = useAgreement();
  const { goals, scope, systemType } = record;
  const [findings, setFindings] = useState(record.review.findings);
  const { form, progress } = useAutosavedForm({
    initial: record.review.settings,
    schema: reviewSettingsSchema,
    toDraft: reviewToDraft,
    toInput: reviewDraftToInput,
    save: async (settings) => {
      const result = await api['review:save'](settings);
      if (!result.ok) return result;
      // Each save answers the checklist computed from what is now stored.
      setFindings(result.value.findings);
      return { ok: true, value: result.value.settings };
    },
    load: () =>
      loadPart(api['review:get'](), (review) => {
        setFindings(review.findings);
        return review.settings;
      }),
    gaps: () => [],
  });
  const blockers = findings.filter((finding) => finding.severity === 'blocker').length;
  const internal = goals.filter((goal) => goal.kind === 'internal').length;
  // A goal whose area is not chosen yet is in none (the checklist asks for one).
  const areasUsed = new Set(goals.flatMap((goal) => (goal.area === null ? [] : [goal.area]))).size;
  const reasonAreas = goalAreas.filter(
    (area) => scope.areas.includes(area) && !goals.some((goal) => goal.area === area),
  );

  return (
    <StepLayout
      step="review"
      intro={text('review.intro')}
      progress={{
        ...progress,
        gaps: blockers === 0 ? [] : [text('review.gap', { count: blockers })],
      }}
      onReload={onReload}
      help={reviewHelp(text, systemType)}
      focusOnShow={focusOnShow}
    >
      <FormSection title={text('review.summary.title')}>
        <Text size="lg" fw={600}>
          {text('review.summary.counts', {
            goals: goals.length,
            internal,
            external: goals.length - internal,
            areas: areasUsed,
          })}
        </Text>
        <Text>{text('review.summary.guidance')}</Text>
      </FormSection>
      {record.review.changes && <ChangesSinceSection changes={record.review.changes} />}
      <FormSection title={text('review.packet.title')} hint={text('review.packet.hint')}>
        {frozen ? (
          <Text>
            {text('review.packet.approved', {
              revision: agreement.revision,
              step: stepNameIn(text, 'signed-agreement'),
            })}
          </Text>
        ) : (
          <DraftPdfButton />
        )}
      </FormSection>
      <FindingGroups
        findings={findings}
        goals={goals}
        onGoToGoal={onGoToGoal}
        reasonAreas={reasonAreas}
        onWriteReason={(area) => document.getElementById(reasonFieldId(area))?.focus()}
        onChangeFloor={(floor) => document.getElementById(floorFieldId(floor))?.focus()}
      />
      <ExternalGoalEvidence
        goals={goals}
        customers={record.customers}
        onGoToCustomers={onGoToCustomers}
      />
      <FormSection title={text('review.settings.title')} hint={text('review.settings.hint')}>
        <FloorFields form={form} systemType={systemType} />
        {runsSewer(systemType) && (
          <DischargePermit permit={scope.sewer.dischargePermit} onChange={onGoToScope} />
        )}
        <AreaReasonFields form={form} areas={reasonAreas} />
      </FormSection>
    </StepLayout>
  );
}
