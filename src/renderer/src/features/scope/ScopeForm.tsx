import { Textarea } from '@mantine/core';
import { scopeGaps, scopeSchema, type Scope } from '@shared/domain/scope';
import { wordedSystemType } from '@shared/domain/service-words';
import type { SystemType } from '@shared/domain/utility';
import { useApi } from '../../api/api-context';
import { FormSection } from '../../form-kit/FormSection';
import { StepLayout } from '../../form-kit/StepLayout';
import type { Versioned } from '../../form-kit/autosaver';
import { useAutosavedForm } from '../../form-kit/use-autosaved-form';
import { useSay } from '../../i18n/say';
import { useText } from '../../i18n/use-text';
import { TermsText } from '../glossary/Term';
import { GoalAreaCards } from './GoalAreaCards';
import { MissionSpanishField } from './MissionSpanishField';
import { RegulatoryFloor } from './RegulatoryFloor';
import { scopeDraftToInput, scopeToDraft } from './scope-draft';
import { scopeHelp } from './scope-help';
import { scopeWordsIn } from './scope-words';
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
  const text = useText();
  const saying = useSay();
  const { systemType } = record;
  const { form, progress } = useAutosavedForm({
    initial: record.scope,
    schema: scopeSchema,
    toDraft: scopeToDraft,
    toInput: scopeDraftToInput,
    save: (saved) => api['scope:save'](saved),
    load: () => api['scope:get'](),
    gaps: (scope) => scopeGaps(scope, systemType).map(saying),
  });
  const words = scopeWordsIn(text, wordedSystemType(systemType));

  return (
    <StepLayout
      step="scope"
      intro={text('scope.intro')}
      progress={progress}
      onReload={onReload}
      help={scopeHelp(text, words)}
      focusOnShow={focusOnShow}
    >
      <FormSection title={text('scope.section.areas')} hint={text('scope.section.areasHint')}>
        <GoalAreaCards form={form} systemType={systemType} />
      </FormSection>
      <FormSection title={text('scope.section.mission')}>
        <Textarea
          label={text('scope.mission.label')}
          description={text('scope.mission.hint', { example: words.missionExample })}
          autosize
          minRows={3}
          {...form.getInputProps('mission')}
        />
        <MissionSpanishField form={form} />
      </FormSection>
      <FormSection
        title={text('scope.section.rules')}
        hint={<TermsText id="scope.section.rulesHint" />}
      >
        <RegulatoryFloor form={form} words={words} />
      </FormSection>
      <FormSection title={text('scope.section.system')} hint={text('scope.section.systemHint')}>
        <SystemQuestions form={form} systemType={systemType} limitExample={words.limitExample} />
      </FormSection>
    </StepLayout>
  );
}
