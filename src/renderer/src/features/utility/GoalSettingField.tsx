import { Radio, Stack } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { goalSettingApproaches } from '@shared/domain/utility';
import { useText } from '../../i18n/use-text';
import type { UtilityDraft } from './utility-draft';

export function GoalSettingField({ form }: { form: UseFormReturnType<UtilityDraft> }) {
  const text = useText();
  return (
    <Radio.Group
      label={text('utility.label.goalSetting')}
      value={form.values.goalSetting}
      onChange={(value) => {
        const approach = goalSettingApproaches.find((option) => option === value);
        if (approach) form.setFieldValue('goalSetting', approach);
      }}
      error={form.errors.goalSetting}
    >
      <Stack gap="md" mt="sm">
        {goalSettingApproaches.map((approach) => (
          <Radio
            key={approach}
            value={approach}
            label={text(`utility.goalSetting.${approach}`)}
            description={text(`utility.goalSetting.${approach}.hint`)}
          />
        ))}
      </Stack>
    </Radio.Group>
  );
}
