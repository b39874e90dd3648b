import { Textarea } from '@mantine/core';
import { scopeGaps, scopeSchema, type Scope } from '../../../../shared/domain/scope';
import { useApi } from '../../api/api-context';
import { FormSection } from '../../components/FormSection';
import { StepLayout } from '../../components/StepLayout';
import type { StepFormProps } from '../../wizard/StepLoader';
import { useAutosavedForm } from '../../wizard/use-autosaved-form';
import { AssetQuestions } from './AssetQuestions';
import { GoalAreaCards } from './GoalAreaCards';
import { RegulatoryFloor } from './RegulatoryFloor';
import { scopeDraftToInput, scopeToDraft } from './scope-draft';
import { scopeHelp } from './scope-help';

export function ScopeForm({ initial, onReload, focusOnShow }: StepFormProps<Scope>) {
  const api = useApi();
  const { form, progress } = useAutosavedForm({
    initial,
    schema: scopeSchema,
    toDraft: scopeToDraft,
    toInput: scopeDraftToInput,
    save: (record) => api['scope:save'](record),
    load: () => api['scope:get'](),
    gaps: (scope) => scopeGaps(scope, null),
  });

  return (
    <StepLayout
      step="scope"
      intro="Decide what the agreement will cover, say in a sentence or two why the utility exists, and set the limits every promise must stay within."
      progress={progress}
      onReload={onReload}
      help={scopeHelp}
      focusOnShow={focusOnShow}
    >
      <FormSection
        title="Goal areas"
        hint="Three or four areas is a good start. Click a card to choose it, click again to remove it."
      >
        <GoalAreaCards form={form} />
      </FormSection>
      <FormSection title="Why the utility exists">
        <Textarea
          label="Mission statement"
          description="One or two sentences: whom you serve and what you promise. For example: Sunny Acres Water provides safe, reliable drinking water to our members at a fair price."
          autosize
          minRows={3}
          {...form.getInputProps('mission')}
        />
      </FormSection>
      <FormSection
        title="The rules you must follow"
        hint="The lowest level of service the law allows. Every goal must meet or beat it."
      >
        <RegulatoryFloor form={form} />
      </FormSection>
      <FormSection
        title="What the system has"
        hint="Promises must stay within what your equipment can do. Ask the operator if you are not sure."
      >
        <AssetQuestions form={form} />
      </FormSection>
    </StepLayout>
  );
}
