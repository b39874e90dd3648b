import { Group, Radio, SimpleGrid, Stack, Text } from '@mantine/core';
import { StableTextInput } from '../../form-kit/stable-field';
import type { UseFormReturnType } from '@mantine/form';
import { goalDirections } from '@shared/domain/goal';
import { formSection } from '../../form-kit/form-section';
import { NumberTextField } from '../../form-kit/NumberTextField';
import { useText } from '../../i18n/use-text';
import type { GoalDraft } from './goal-draft';

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
  const text = useText();
  const raw = path === 'target' ? form.values.target : form.values.baseline.value;
  const value = raw === null || raw === '' ? '' : Number(raw) === 0 ? '0' : '1';
  return (
    <Radio.Group
      label={label}
      value={value}
      onChange={(next) => form.setFieldValue(path, next === '' ? null : Number(next))}
    >
      <Group gap="xl" mt="xs">
        <Radio value="1" label={text('goalEditor.yes')} />
        <Radio value="0" label={text('goalEditor.no')} />
        {allowUnknown && <Radio value="" label={text('goalEditor.notRecorded')} />}
      </Group>
    </Radio.Group>
  );
}

/** What is measured, in what unit, and the number the board promises. */
export const GoalTargetFields = formSection(GoalTargetFieldsView, [
  'measure',
  'direction',
  'target',
  'targetHigh',
  'unit',
]);

function GoalTargetFieldsView({ form }: { form: Form }) {
  const text = useText();
  const { values } = form;
  return (
    <Stack gap="md">
      <StableTextInput
        label={text('goalEditor.label.measure')}
        description={text('goalEditor.measure.hint')}
        {...form.getInputProps('measure')}
      />
      <Radio.Group
        label={text('goalEditor.label.direction')}
        description={values.direction === null ? text('goalEditor.direction.notChosen') : undefined}
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
            <Radio
              key={direction}
              value={direction}
              label={text(`goalEditor.direction.${direction}`)}
            />
          ))}
        </Group>
      </Radio.Group>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        {values.direction === 'yes-no' ? (
          // Kept, not cleared, so a unit typed before choosing yes/no is there if they change back.
          <Text c="dimmed">{text('goalEditor.unit.none')}</Text>
        ) : (
          <StableTextInput
            label={text('goalEditor.label.unit')}
            description={text('goalEditor.unit.hint')}
            {...form.getInputProps('unit')}
          />
        )}
        {values.direction === 'yes-no' ? (
          <YesNoField form={form} path="target" label={text('goalEditor.target.metWhen')} />
        ) : (
          <NumberField
            form={form}
            path="target"
            label={text(
              values.direction === 'range' ? 'goalEditor.target.lowEnd' : 'goalEditor.label.target',
            )}
            description={text(
              values.direction === 'at-most'
                ? 'goalEditor.target.atMostHint'
                : values.direction === 'at-least'
                  ? 'goalEditor.target.atLeastHint'
                  : 'goalEditor.target.hint',
            )}
            unit={values.unit}
          />
        )}
        {values.direction === 'range' && (
          <NumberField
            form={form}
            path="targetHigh"
            label={text('goalEditor.label.targetHigh')}
            description={text('goalEditor.targetHigh.hint')}
            unit={values.unit}
          />
        )}
      </SimpleGrid>
    </Stack>
  );
}
