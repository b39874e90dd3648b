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
import { useSay } from '../../i18n/say';
import { useText } from '../../i18n/use-text';

interface UtilityFormProps extends StepFormProps<UtilityProfile> {
  onNameSaved: (name: string) => void;
}

export function UtilityForm({ initial, onReload, focusOnShow, onNameSaved }: UtilityFormProps) {
  const api = useApi();
  const text = useText();
  const saying = useSay();
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
    gaps: (profile) => utilityGaps(profile).map(saying),
  });

  return (
    <StepLayout
      step="utility"
      intro={text('utility.intro')}
      progress={progress}
      onReload={onReload}
      help={utilityHelp(text)}
      focusOnShow={focusOnShow}
    >
      <FormSection title={text('utility.section.about')}>
        <ProfileFields form={form} />
      </FormSection>
      {lowerSectionsShown && (
        <>
          <FormSection
            title={text('utility.section.board')}
            hint={text('utility.section.boardHint')}
          >
            <BoardList form={form} />
          </FormSection>
          <FormSection
            title={text('utility.section.operators')}
            hint={text('utility.section.operatorsHint')}
          >
            <OperatorList form={form} />
          </FormSection>
          <FormSection
            title={text('utility.section.helpers')}
            hint={text('utility.section.helpersHint')}
          >
            <HelperList form={form} />
          </FormSection>
          <FormSection title={text('utility.section.goalSetting')}>
            <GoalSettingField form={form} />
          </FormSection>
        </>
      )}
    </StepLayout>
  );
}
