import { useDeferredValue } from 'react';
import { utilityGaps, utilityProfileSchema, type UtilityProfile } from '@shared/domain/utility';
import { useApi } from '../../api/api-context';
import { FormSection } from '../../form-kit/FormSection';
import { StepLayout } from '../../form-kit/StepLayout';
import type { StepFormProps } from '../../form-kit/StepLoader';
import { useAutosavedForm } from '../../form-kit/use-autosaved-form';
import { BoardList } from './BoardList';
import { GoalSettingField } from './GoalSettingField';
import { ProfileFields } from './ProfileFields';
import { HelperList, OperatorList } from './TeamLists';
import { utilityDraftToInput, utilityToDraft } from './utility-draft';
import { utilityHelp } from './utility-help';

interface UtilityFormProps extends StepFormProps<UtilityProfile> {
  onNameSaved: (name: string) => void;
}

export function UtilityForm({ initial, onReload, focusOnShow, onNameSaved }: UtilityFormProps) {
  const api = useApi();
  // The sections below the first are drawn a moment after it (React renders them next, in the
  // background), so at start-up the utility's name takes typing sooner: drawing all of step 1
  // at once held it back by a fifth of a second on a slow laptop.
  const lowerSectionsShown = useDeferredValue(true, false);
  const { form, progress } = useAutosavedForm({
    initial,
    schema: utilityProfileSchema,
    toDraft: utilityToDraft,
    toInput: utilityDraftToInput,
    save: (record) => api['utility:save'](record),
    load: () => api['utility:get'](),
    onSaved: (record) => onNameSaved(record.value.name),
    gaps: utilityGaps,
  });

  return (
    <StepLayout
      step="utility"
      intro="Tell us about the utility and the people who will write the agreement. Everything is saved as you type; you can come back and change it at any time."
      progress={progress}
      onReload={onReload}
      help={utilityHelp}
      focusOnShow={focusOnShow}
    >
      <FormSection title="About the utility">
        <ProfileFields form={form} />
      </FormSection>
      {lowerSectionsShown && (
        <>
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
        </>
      )}
    </StepLayout>
  );
}
