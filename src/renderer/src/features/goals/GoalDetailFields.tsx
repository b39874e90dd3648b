import { Alert, Button, Checkbox, NativeSelect, SimpleGrid, Stack, Text } from '@mantine/core';
import { StableTextarea, StableTextInput } from '../../form-kit/stable-field';
import type { UseFormReturnType } from '@mantine/form';
import { DateField } from '../../form-kit/DateField';
import { baselineFieldLabels, goalFieldLabels, measureFrequencies } from '@shared/domain/goal';
import type { SystemType } from '@shared/domain/utility';
import { listOf } from '@shared/domain/list-of';
import { dependentLabels, type MeasureDependent } from '@shared/domain/review/fields-left-behind';
import type { GoalDraft } from './goal-draft';
import { assetChoices, floorChoices, frequencyLabels } from './goal-words';
import { NumberField, YesNoField } from './GoalTargetFields';
import type { TeamMember } from './planning-team';

type Form = UseFormReturnType<GoalDraft>;

/** Today's level, so the board can see whether the target keeps, raises or stretches it. */
export function GoalBaselineFields({ form }: { form: Form }) {
  const { values } = form;
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        {values.direction === 'yes-no' ? (
          <YesNoField form={form} path="baseline.value" label="Today" allowUnknown />
        ) : (
          <NumberField
            form={form}
            path="baseline.value"
            label="Today's level"
            description="The latest figure, from your records."
            unit={values.unit}
          />
        )}
        <DateField
          label="As of"
          description="Such as 12/31/2025 or December 31, 2025."
          value={values.baseline.asOf}
          onChange={(value) => form.setFieldValue('baseline.asOf', value)}
          error={form.errors['baseline.asOf']}
        />
      </SimpleGrid>
      <StableTextInput
        label={baselineFieldLabels.source}
        description="Such as: the 2025 call log, or the power bills."
        {...form.getInputProps('baseline.source')}
      />
      <StableTextarea
        label={baselineFieldLabels.missingReason}
        description="Only if there is no figure yet, such as: we start logging calls this year."
        autosize
        minRows={2}
        {...form.getInputProps('baseline.missingReason')}
      />
    </Stack>
  );
}

interface TrackingFieldsProps {
  form: Form;
  /** The fields that still hold what came with a measure that has since changed. */
  leftBehind: MeasureDependent[];
  /** That earlier measure, named in the note. */
  oldMeasure: string;
  fromLibrary: boolean;
  /** The board says the flagged fields still fit the new measure. */
  onStillRight: () => void;
}

const checkThis = 'Check this: it came with the earlier measure.';

/** How the result is measured, how often and by whom. */
export function GoalTrackingFields(props: TrackingFieldsProps) {
  const { form, leftBehind, oldMeasure, fromLibrary, onStillRight } = props;
  const flagged = (field: MeasureDependent) => leftBehind.includes(field);
  const named = listOf(leftBehind.map((field) => `“${dependentLabels[field]}”`));
  return (
    <Stack gap="md">
      {leftBehind.length > 0 && (
        <Alert
          color="yellow"
          variant="light"
          title={`Check ${named}`}
          styles={{ title: { color: 'var(--mantine-color-dark-8)' } }}
        >
          <Stack gap="xs">
            <Text>
              {leftBehind.length === 1 ? 'It' : 'They'} came with{' '}
              {fromLibrary ? 'the library goal’s measure' : 'the measure'}, “{oldMeasure}”, which
              has changed. Change {leftBehind.length === 1 ? 'it' : 'them'} to fit the new measure,
              or say {leftBehind.length === 1 ? 'it is' : 'they are'} still right.
            </Text>
            <div>
              <Button variant="outline" onClick={onStillRight}>
                Still right
              </Button>
            </div>
          </Stack>
        </Alert>
      )}
      {/* Inputs line up at the bottom though their descriptions differ in length. */}
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" style={{ alignItems: 'end' }}>
        <StableTextInput
          label={goalFieldLabels.dataSource}
          description={
            flagged('dataSource')
              ? checkThis
              : 'Where the numbers come from, such as the call log or meter readings.'
          }
          {...form.getInputProps('dataSource')}
        />
        <NativeSelect
          label={goalFieldLabels.frequency}
          description={
            flagged('frequency') ? checkThis : 'No more often than the data are collected.'
          }
          data={[
            { value: '', label: 'Not chosen yet' },
            ...measureFrequencies.map((value) => ({ value, label: frequencyLabels[value] })),
          ]}
          value={form.values.frequency ?? ''}
          onChange={(event) =>
            form.setFieldValue(
              'frequency',
              measureFrequencies.find((value) => value === event.currentTarget.value) ?? null,
            )
          }
          error={form.errors.frequency}
        />
        <StableTextInput
          label={goalFieldLabels.responsible}
          description="Such as: the operator, or the board secretary."
          {...form.getInputProps('responsible')}
        />
        <StableTextInput
          label={goalFieldLabels.standIn}
          description="When they are away, such as the relief operator. Leave empty if nobody can."
          {...form.getInputProps('standIn')}
        />
      </SimpleGrid>
    </Stack>
  );
}

interface WhyFieldsProps {
  form: Form;
  team: TeamMember[];
}

/** Who set the goal and why: kept so future boards know the reasons. */
export function GoalWhyFields({ form, team }: WhyFieldsProps) {
  const { values } = form;
  return (
    <Stack gap="md">
      {values.kind === 'external' && (
        <StableTextarea
          label={goalFieldLabels.customerBasis}
          description="In your own words, what customers told you that this goal answers, such as: at the annual meeting several members asked for a call back the same day. The evidence linked on the Customers step is listed with the goal."
          autosize
          minRows={3}
          {...form.getInputProps('customerBasis')}
        />
      )}
      {team.length === 0 ? (
        <Text c="dimmed">Who set this goal: no one is marked “Helps set goals” on step 1 yet.</Text>
      ) : (
        <Checkbox.Group
          label={goalFieldLabels.setBy}
          description="The planning team from step 1."
          value={values.setBy}
          onChange={(ids) => form.setFieldValue('setBy', ids)}
        >
          <Stack gap="xs" mt="xs">
            {team.map((member) => (
              <Checkbox key={member.id} value={member.id} label={member.label} />
            ))}
          </Stack>
        </Checkbox.Group>
      )}
      <StableTextarea
        label={goalFieldLabels.rationale}
        description="Kept for future boards."
        autosize
        minRows={2}
        {...form.getInputProps('rationale')}
      />
      <Checkbox
        label="Stretch goal — beyond today's level; budget for it in the cost note"
        description="The agreement prints “Stretch goal” beside it."
        {...form.getInputProps('stretch', { type: 'checkbox' })}
      />
      <StableTextarea
        label={goalFieldLabels.costNote}
        description={
          values.stretch
            ? 'For a stretch goal: what reaching it will cost, such as a new pump or more staff time, and how it will be paid for.'
            : 'Optional: what meeting the target costs, such as a new pump or more staff time.'
        }
        autosize
        minRows={2}
        {...form.getInputProps('costNote')}
      />
    </Stack>
  );
}

/** The equipment and the legal minimum the goal is checked against on the review step. */
export function GoalLimitFields({
  form,
  systemType,
}: {
  form: Form;
  systemType: SystemType | null;
}) {
  const assets = assetChoices(systemType, form.values.needsAsset);
  const floors = floorChoices(systemType, form.values.floor);
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
      <NativeSelect
        label={goalFieldLabels.needsAsset}
        description="Equipment the promise needs."
        data={[{ value: '', label: 'No special equipment' }, ...assets]}
        value={form.values.needsAsset ?? ''}
        onChange={(event) =>
          form.setFieldValue(
            'needsAsset',
            assets.find((choice) => choice.value === event.currentTarget.value)?.value ?? null,
          )
        }
      />
      <NativeSelect
        label={goalFieldLabels.floor}
        description="Checked against the floor on the review step."
        data={[{ value: '', label: 'None' }, ...floors]}
        value={form.values.floor ?? ''}
        onChange={(event) =>
          form.setFieldValue(
            'floor',
            floors.find((choice) => choice.value === event.currentTarget.value)?.value ?? null,
          )
        }
      />
    </SimpleGrid>
  );
}
