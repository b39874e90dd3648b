import { Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { scopeGaps, scopeSchema, type Scope } from '../../../../shared/domain/scope';
import { useApi } from '../../api/api-context';
import { FormSection } from '../../components/FormSection';
import { GapList } from '../../components/GapList';
import { HelpPanel } from '../../components/HelpPanel';
import { SaveIndicator } from '../../components/SaveIndicator';
import { StepLayout } from '../../components/StepLayout';
import type { Versioned } from '../../wizard/autosaver';
import { schemaValidate } from '../../wizard/schema-validate';
import { useAutosave } from '../../wizard/use-autosave';
import { AssetQuestions } from './AssetQuestions';
import { GoalAreaCards } from './GoalAreaCards';
import { RegulatoryFloor } from './RegulatoryFloor';
import { scopeDraftToInput, scopeToDraft, type ScopeDraft } from './scope-draft';
import { scopeHelp } from './scope-help';

interface ScopeFormProps {
  initial: Versioned<Scope>;
  onReload: () => void;
  focusOnShow: boolean;
}

export function ScopeForm({ initial, onReload, focusOnShow }: ScopeFormProps) {
  const api = useApi();
  const { status, saver } = useAutosave<ScopeDraft, Scope>({
    initial,
    schema: scopeSchema,
    toInput: scopeDraftToInput,
    save: (record) => api['scope:save'](record),
  });
  const form = useForm<ScopeDraft>({
    mode: 'controlled',
    initialValues: scopeToDraft(initial.value),
    validate: schemaValidate(scopeSchema, scopeDraftToInput),
    validateInputOnChange: true,
    onValuesChange: (values) => saver.change(values),
  });
  const gaps = scopeGaps(saver.preview(form.values) ?? initial.value);

  return (
    <StepLayout
      number={2}
      title="Goal areas, mission and boundaries"
      intro="Decide what the agreement will cover, say in a sentence or two why the utility exists, and set the limits every promise must stay within."
      focusOnShow={focusOnShow}
      status={
        <SaveIndicator status={status} onRetry={() => void saver.retry()} onReload={onReload} />
      }
      aside={
        <>
          <GapList gaps={gaps} />
          <HelpPanel help={scopeHelp} />
        </>
      }
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
