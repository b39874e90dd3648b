import { Group, Radio, SimpleGrid, Stack, Text } from '@mantine/core';
import { StableTextInput } from '../../form-kit/stable-field';
import type { UseFormReturnType } from '@mantine/form';
import { goalDirections, goalFieldLabels } from '@shared/domain/goal';
import { NumberTextField } from '../../form-kit/NumberTextField';
import type { GoalDraft } from './goal-draft';
import { directionLabels } from './goal-words';

type Form = UseFormReturnType<GoalDraft>;

/** Typed as text, so "abc", "1e99" or "1,800" next to % reach the schema and its message is shown. */
export function NumberField(props: {
  form: Form;
  path: 'target' | 'targetHigh' | 'baseline.value';
  label: string;
  description?: string;
  unit: string;
}) {
  const { form, path, label, description, unit } = props;
  const input = form.getInputProps(path);
  return (
    <NumberTextField
      label={label}
      description={description}
      unit={unit}
      {...input}
      value={input.value as GoalDraft['target']}
    />
  );
}

/** Yes/no answers stored as 1 and 0, as the goal model says. */
export function YesNoField(props: {
  form: Form;
  path: 'target' | 'baseline.value';
  label: string;
  allowUnknown?: boolean;
}) {
  const { form, path, label, allowUnknown } = props;
  const raw = path === 'target' ? form.values.target : form.values.baseline.value;
  const value = raw === null || raw === '' ? '' : Number(raw) === 0 ? '0' : '1';
  return (
    <Radio.Group
      label={label}
      value={value}
      onChange={(next) => form.setFieldValue(path, next === '' ? null : Number(next))}
    >
      <Group gap="xl" mt="xs">
        <Radio value="1" label="Yes" />
        <Radio value="0" label="No" />
        {allowUnknown && <Radio value="" label="Not recorded yet" />}
      </Group>
    </Radio.Group>
  );
}

/** What is measured, in what unit, and the number the board promises. */
export function GoalTargetFields({ form }: { form: Form }) {
  const { values } = form;
  return (
    <Stack gap="md">
      <StableTextInput
        label={goalFieldLabels.measure}
        description="Such as: hours from a customer’s call until a crew is on site."
        {...form.getInputProps('measure')}
      />
      <Radio.Group
        label={goalFieldLabels.direction}
        description={
          values.direction === null
            ? 'Not chosen yet: the goal stays unfinished until one is chosen.'
            : undefined
        }
        value={values.direction}
        onChange={(next) => {
          const direction = goalDirections.find((option) => option === next);
          if (!direction) return;
          form.setValues({
            direction,
            // A yes/no goal is met by a yes; a range keeps its upper end only while it is a range.
            target:
              direction === 'yes-no' ? 1 : values.direction === 'yes-no' ? null : values.target,
            targetHigh: direction === 'range' ? values.targetHigh : null,
          });
        }}
      >
        <Group gap="xl" mt="xs">
          {goalDirections.map((direction) => (
            <Radio key={direction} value={direction} label={directionLabels[direction]} />
          ))}
        </Group>
      </Radio.Group>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        {values.direction === 'yes-no' ? (
          // Kept, not cleared, so a unit typed before choosing yes/no is there if they change back.
          <Text c="dimmed">No unit needed: a yes/no goal is met or not.</Text>
        ) : (
          <StableTextInput
            label={goalFieldLabels.unit}
            description="Such as hours, days, % or gallons."
            {...form.getInputProps('unit')}
          />
        )}
        {values.direction === 'yes-no' ? (
          <YesNoField form={form} path="target" label="The goal is met when the answer is" />
        ) : (
          <NumberField
            form={form}
            path="target"
            label={values.direction === 'range' ? 'Lower end of the range' : goalFieldLabels.target}
            description={
              values.direction === 'at-most'
                ? 'The most it may be, such as 8.'
                : values.direction === 'at-least'
                  ? 'The least it may be, such as 20.'
                  : 'Such as 35.'
            }
            unit={values.unit}
          />
        )}
        {values.direction === 'range' && (
          <NumberField
            form={form}
            path="targetHigh"
            label={goalFieldLabels.targetHigh}
            description="Such as 80."
            unit={values.unit}
          />
        )}
      </SimpleGrid>
    </Stack>
  );
}
