import { useForm } from '@mantine/form';
import {
  utilityGaps,
  utilityProfileSchema,
  type UtilityProfile,
} from '../../../../shared/domain/utility';
import { useApi } from '../../api/api-context';
import { FormSection } from '../../components/FormSection';
import { GapList } from '../../components/GapList';
import { HelpPanel } from '../../components/HelpPanel';
import { SaveIndicator } from '../../components/SaveIndicator';
import { StepLayout } from '../../components/StepLayout';
import type { Versioned } from '../../wizard/autosaver';
import { schemaValidate } from '../../wizard/schema-validate';
import { useAutosave } from '../../wizard/use-autosave';
import { BoardList } from './BoardList';
import { GoalSettingField } from './GoalSettingField';
import { ProfileFields } from './ProfileFields';
import { HelperList, OperatorList } from './TeamLists';
import { utilityDraftToInput, utilityToDraft, type UtilityDraft } from './utility-draft';
import { utilityHelp } from './utility-help';

interface UtilityFormProps {
  initial: Versioned<UtilityProfile>;
  onReload: () => void;
  focusOnShow: boolean;
  onNameSaved: (name: string) => void;
}

export function UtilityForm({ initial, onReload, focusOnShow, onNameSaved }: UtilityFormProps) {
  const api = useApi();
  const { status, saver } = useAutosave<UtilityDraft, UtilityProfile>({
    initial,
    schema: utilityProfileSchema,
    toInput: utilityDraftToInput,
    save: (record) => api['utility:save'](record),
    onSaved: (record) => onNameSaved(record.value.name),
  });
  const form = useForm<UtilityDraft>({
    mode: 'controlled',
    initialValues: utilityToDraft(initial.value),
    validate: schemaValidate(utilityProfileSchema, utilityDraftToInput),
    validateInputOnChange: true,
    onValuesChange: (values) => saver.change(values),
  });
  const gaps = utilityGaps(saver.preview(form.values) ?? initial.value);

  return (
    <StepLayout
      number={1}
      title="Utility and team"
      intro="Tell us about the utility and the people who will write the agreement. Everything is saved as you type; you can come back and change it at any time."
      focusOnShow={focusOnShow}
      status={
        <SaveIndicator status={status} onRetry={() => void saver.retry()} onReload={onReload} />
      }
      aside={
        <>
          <GapList gaps={gaps} />
          <HelpPanel help={utilityHelp} />
        </>
      }
    >
      <FormSection title="About the utility">
        <ProfileFields form={form} />
      </FormSection>
      <FormSection
        title="The board"
        hint="Everyone on the board. The full board approves the agreement, so list them all."
      >
        <BoardList form={form} />
      </FormSection>
      <FormSection
        title="Operators"
        hint="The certified operator, and any others who run the system."
      >
        <OperatorList form={form} />
      </FormSection>
      <FormSection
        title="Others who help set goals"
        hint="Optional: a bookkeeper, a county official, a circuit rider from the rural water association."
      >
        <HelperList form={form} />
      </FormSection>
      <FormSection title="Setting the goals">
        <GoalSettingField form={form} />
      </FormSection>
    </StepLayout>
  );
}
