import { Radio, Stack } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { goalSettingApproaches, utilityLabels } from '@shared/domain/utility';
import { goalSettingLabels, type UtilityDraft } from './utility-draft';

export function GoalSettingField({ form }: { form: UseFormReturnType<UtilityDraft> }) {
  return (
    <Radio.Group
      label={utilityLabels.goalSetting}
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
            label={goalSettingLabels[approach].label}
            description={goalSettingLabels[approach].description}
          />
        ))}
      </Stack>
    </Radio.Group>
  );
}
