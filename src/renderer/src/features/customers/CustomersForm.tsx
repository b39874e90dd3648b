import { Tabs } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import type { CustomersView } from '@shared/api/customer-contract';
import type { EvidenceRef } from '@shared/domain/customers/evidence';
import { feedbackPlanSchema, type FeedbackPlan } from '@shared/domain/customers/feedback-plan';
import type { Goal } from '@shared/domain/goal';
import type { GoalArea } from '@shared/domain/goal-areas';
import { importanceLines } from '@shared/pdf/importance-lines';
import { inEnglishMark } from '@shared/pdf/printed-passage';
import type { SystemType } from '@shared/domain/utility';
import type { WizardStep } from '@shared/domain/wizard-steps';
import { useApi } from '../../api/api-context';
import { FrozenFieldset } from '../../form-kit/FrozenFieldset';
import { StepLayout } from '../../form-kit/StepLayout';
import { useAgreement } from '../../form-kit/agreement-context';
import { loadPart } from '../../form-kit/load-part';
import { useAutosavedForm } from '../../form-kit/use-autosaved-form';
import { useScreenLanguage } from '../../i18n/use-screen-language';
import { useText } from '../../i18n/use-text';
import { ComplaintLogSection } from './complaints/ComplaintLogSection';
import { customerGaps } from './customer-gaps';
import { customersTabs, forgetCustomersTabRequest, requestedCustomersTab } from './customers-tab';
import { customersHelp } from './customers-help';
import { OutreachSection } from './OutreachSection';
import { PlanSection } from './PlanSection';
import { SurveyFormsSection } from './SurveyFormsSection';
import { useCustomerRecords } from './use-customer-records';
import { UseAsEvidenceModal } from './UseAsEvidenceModal';
import { WhatWeHeardSection } from './WhatWeHeardSection';

export interface CustomersRecord {
  view: CustomersView;
  goals: Goal[];
  /** From step 1, for the plan's advice. */
  connections: number | null;
  /** From step 1: which complaint topics the agreement covers. */
  systemType: SystemType | null;
  /** From step 2: what the card asks the importance of while there are no external goals. */
  areas: GoalArea[];
}

interface CustomersFormProps {
  record: CustomersRecord;
  onReload: () => void;
  focusOnShow: boolean;
  onGoTo: (step: WizardStep) => void;
}

/** Step 4: plan the conversation, record it, see the tallies and tie them to external goals. */
export function CustomersForm({ record, onReload, focusOnShow, onGoTo }: CustomersFormProps) {
  const api = useApi();
  const text = useText();
  const { frozen } = useAgreement();
  const state = useCustomerRecords(record.view, record.goals);
  const language = useScreenLanguage();
  const importance = useMemo(
    () =>
      importanceLines({
        goals: state.goals,
        areas: record.areas,
        systemType: record.systemType,
        language,
      }).map(({ key, passage }) => ({
        key,
        // As the Spanish card prints the board's English: marked, so it is not taken for Spanish.
        label: passage.inEnglish ? `${passage.text} ${inEnglishMark}` : passage.text,
      })),
    [state.goals, record.areas, record.systemType, language],
  );
  const [tab, setTab] = useState<string>(
    () =>
      requestedCustomersTab() ?? (record.view.records.outreaches.length > 0 ? 'outreach' : 'plan'),
  );
  useEffect(() => forgetCustomersTabRequest(), []);
  const [evidence, setEvidence] = useState<EvidenceRef | null>(null);
  const { form, progress } = useAutosavedForm<FeedbackPlan, FeedbackPlan>({
    initial: state.records.plan,
    schema: feedbackPlanSchema,
    toDraft: (value) => structuredClone(value),
    toInput: (draft) => draft,
    save: (plan) => api['customers:savePlan'](plan),
    load: () => loadPart(api['customers:get'](), (view) => view.records.plan),
    onSaved: state.onPlanSaved,
    gaps: (plan) => customerGaps(text, { ...state, plan }),
  });

  return (
    <StepLayout
      step="customers"
      intro={text('customers.intro')}
      progress={progress}
      onReload={onReload}
      help={customersHelp(text)}
      focusOnShow={focusOnShow}
      // Reading the cards and charts, printing the survey forms and keeping the complaint log stay
      // open on a frozen revision.
      freezeFields={false}
    >
      <Tabs value={tab} onChange={(next) => setTab(next ?? 'plan')} keepMounted={false}>
        <Tabs.List mb="lg">
          {customersTabs.map((value) => (
            <Tabs.Tab key={value} value={value} fz="md">
              {text(`customers.tab.${value}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="plan">
          <FrozenFieldset frozen={frozen}>
            <PlanSection form={form} connections={record.connections} />
          </FrozenFieldset>
        </Tabs.Panel>
        {/* Kept: a half-typed card or a chosen, not yet imported file survives a look at another tab. */}
        <Tabs.Panel value="outreach" keepMounted>
          <OutreachSection
            state={state}
            systemType={record.systemType}
            importance={importance}
            frozen={frozen}
            onUseAsEvidence={setEvidence}
          />
        </Tabs.Panel>
        <Tabs.Panel value="heard">
          <WhatWeHeardSection
            state={state}
            systemType={record.systemType}
            importance={importance}
            frozen={frozen}
            onUseAsEvidence={setEvidence}
            onGoTo={onGoTo}
          />
        </Tabs.Panel>
        <Tabs.Panel value="complaints" keepMounted>
          {/* The log is a record about the year, not part of the agreement: open after the vote. */}
          <ComplaintLogSection
            approved={frozen}
            systemType={record.systemType}
            onChanged={() => void state.refreshComplaints()}
          />
        </Tabs.Panel>
        <Tabs.Panel value="forms">
          <SurveyFormsSection />
        </Tabs.Panel>
      </Tabs>
      <UseAsEvidenceModal evidence={evidence} state={state} onClose={() => setEvidence(null)} />
    </StepLayout>
  );
}
