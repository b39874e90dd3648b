import { Textarea } from '@mantine/core';
import { scopeGaps, scopeLabels, scopeSchema, type Scope } from '@shared/domain/scope';
import { wordedSystemType } from '@shared/domain/service-words';
import type { SystemType } from '@shared/domain/utility';
import { useApi } from '../../api/api-context';
import { FormSection } from '../../form-kit/FormSection';
import { StepLayout } from '../../form-kit/StepLayout';
import type { Versioned } from '../../form-kit/autosaver';
import { useAutosavedForm } from '../../form-kit/use-autosaved-form';
import { GoalAreaCards } from './GoalAreaCards';
import { MissionSpanishField } from './MissionSpanishField';
import { RegulatoryFloor } from './RegulatoryFloor';
import { scopeDraftToInput, scopeToDraft } from './scope-draft';
import { scopeHelp } from './scope-help';
import { scopeWords } from './scope-words';
import { SystemQuestions } from './SystemQuestions';

export interface ScopeRecord {
  scope: Versioned<Scope>;
  /** From step 1: which questions about the system fit, and the words of the examples. */
  systemType: SystemType | null;
}

interface ScopeFormProps {
  record: ScopeRecord;
  onReload: () => void;
  focusOnShow: boolean;
}

export function ScopeForm({ record, onReload, focusOnShow }: ScopeFormProps) {
  const api = useApi();
  const { systemType } = record;
  const { form, progress } = useAutosavedForm({
    initial: record.scope,
    schema: scopeSchema,
    toDraft: scopeToDraft,
    toInput: scopeDraftToInput,
    save: (saved) => api['scope:save'](saved),
    load: () => api['scope:get'](),
    gaps: (scope) => scopeGaps(scope, systemType),
  });
  const words = scopeWords[wordedSystemType(systemType)];

  return (
    <StepLayout
      step="scope"
      intro="Decide what the agreement will cover, say in a sentence or two why the utility exists, and set the limits every promise must stay within."
      progress={progress}
      onReload={onReload}
      help={scopeHelp(systemType)}
      focusOnShow={focusOnShow}
    >
      <FormSection
        title="Goal areas"
        hint="Three or four areas is a good start. Click a card to choose it, click again to remove it."
      >
        <GoalAreaCards form={form} systemType={systemType} />
      </FormSection>
      <FormSection title="Why the utility exists">
        <Textarea
          label={scopeLabels.mission}
          description={`One or two sentences: whom you serve and what you promise. For example: ${words.missionExample}`}
          autosize
          minRows={3}
          {...form.getInputProps('mission')}
        />
        <MissionSpanishField form={form} />
      </FormSection>
      <FormSection
        title="The rules you must follow"
        hint="The lowest level of service the law allows. Every goal must meet or beat it."
      >
        <RegulatoryFloor form={form} words={words} />
      </FormSection>
      <FormSection
        title="What the system has"
        hint="Promises must stay within what your equipment can do. Ask the operator if you are not sure."
      >
        <SystemQuestions form={form} systemType={systemType} />
      </FormSection>
    </StepLayout>
  );
}
