import { Alert, Button, Checkbox, NativeSelect, SimpleGrid, Stack, Text } from '@mantine/core';
import { StableTextarea, StableTextInput } from '../../form-kit/stable-field';
import type { UseFormReturnType } from '@mantine/form';
import { DateField } from '../../form-kit/DateField';
import { formSection } from '../../form-kit/form-section';
import { measureFrequencies } from '@shared/domain/goal';
import type { SystemType } from '@shared/domain/utility';
import type { MeasureDependent } from '@shared/domain/review/fields-left-behind';
import { useText } from '../../i18n/use-text';
import { TermsText } from '../glossary/Term';
import type { GoalDraft } from './goal-draft';
import { assetChoices, floorChoices } from './goal-words';
import { NumberField, YesNoField } from './GoalTargetFields';
import type { TeamMember } from './planning-team';

type Form = UseFormReturnType<GoalDraft>;

/** Today's level, so the board can see whether the target keeps, raises or stretches it. */
export const GoalBaselineFields = formSection(GoalBaselineFieldsView, [
  'baseline',
  'direction',
  'unit',
]);

function GoalBaselineFieldsView({ form }: { form: Form }) {
  const text = useText();
  const { values } = form;
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        {values.direction === 'yes-no' ? (
          <YesNoField
            form={form}
            path="baseline.value"
            label={text('goalEditor.baseline.today')}
            allowUnknown
          />
        ) : (
          <NumberField
            form={form}
            path="baseline.value"
            label={text('goalEditor.baseline.level')}
            description={text('goalEditor.baseline.levelHint')}
            unit={values.unit}
          />
        )}
        <DateField
          label={text('goalEditor.baseline.asOf')}
          description={text('goalEditor.baseline.asOfHint')}
          value={values.baseline.asOf}
          onChange={(value) => form.setFieldValue('baseline.asOf', value)}
          error={form.errors['baseline.asOf']}
        />
      </SimpleGrid>
      <StableTextInput
        label={text('goalEditor.label.baselineSource')}
        description={text('goalEditor.baseline.sourceHint')}
        {...form.getInputProps('baseline.source')}
      />
      <StableTextarea
        label={text('goalEditor.label.missingReason')}
        description={text('goalEditor.baseline.missingHint')}
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

/** How the result is measured, how often and by whom. */
export const GoalTrackingFields = formSection(GoalTrackingFieldsView, [
  'dataSource',
  'frequency',
  'responsible',
  'standIn',
]);

function GoalTrackingFieldsView(props: TrackingFieldsProps) {
  const { form, leftBehind, oldMeasure, fromLibrary, onStillRight } = props;
  const text = useText();
  const flagged = (field: MeasureDependent) => leftBehind.includes(field);
  const checkThis = text('goalEditor.check.field');
  const count = leftBehind.length;
  return (
    <Stack gap="md">
      {leftBehind.length > 0 && (
        <Alert
          color="yellow"
          variant="light"
          title={text('goalEditor.check.title', {
            which: count > 1 ? 'both' : (leftBehind[0] ?? 'dataSource'),
            dataSource: text('goalEditor.label.dataSource'),
            frequency: text('goalEditor.label.frequency'),
          })}
          styles={{ title: { color: 'var(--mantine-color-dark-8)' } }}
        >
          <Stack gap="xs">
            <Text>
              {text('goalEditor.check.body', {
                count,
                fromLibrary: fromLibrary ? 'yes' : 'no',
                measure: oldMeasure,
              })}
            </Text>
            <div>
              <Button variant="outline" onClick={onStillRight}>
                {text('goalEditor.check.stillRight')}
              </Button>
            </div>
          </Stack>
        </Alert>
      )}
      {/* Inputs line up at the bottom though their descriptions differ in length. */}
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" style={{ alignItems: 'end' }}>
        <StableTextInput
          label={text('goalEditor.label.dataSource')}
          description={flagged('dataSource') ? checkThis : text('goalEditor.dataSource.hint')}
          {...form.getInputProps('dataSource')}
        />
        <NativeSelect
          label={text('goalEditor.label.frequency')}
          description={flagged('frequency') ? checkThis : text('goalEditor.frequency.hint')}
          data={[
            { value: '', label: text('goalEditor.frequency.notChosen') },
            ...measureFrequencies.map((value) => ({
              value,
              label: text(`goalEditor.frequency.${value}`),
            })),
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
          label={text('goalEditor.label.responsible')}
          description={text('goalEditor.responsible.hint')}
          {...form.getInputProps('responsible')}
        />
        <StableTextInput
          label={text('goalEditor.label.standIn')}
          description={text('goalEditor.standIn.hint')}
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
export const GoalWhyFields = formSection(GoalWhyFieldsView, [
  'kind',
  'customerBasis',
  'setBy',
  'rationale',
  'stretch',
  'costNote',
]);

function GoalWhyFieldsView({ form, team }: WhyFieldsProps) {
  const text = useText();
  const { values } = form;
  return (
    <Stack gap="md">
      {values.kind === 'external' && (
        <StableTextarea
          label={text('goalEditor.label.customerBasis')}
          description={text('goalEditor.customerBasis.hint')}
          autosize
          minRows={3}
          {...form.getInputProps('customerBasis')}
        />
      )}
      {team.length === 0 ? (
        <Text c="dimmed">{text('goalEditor.setBy.none')}</Text>
      ) : (
        <Checkbox.Group
          label={text('goalEditor.label.setBy')}
          description={text('goalEditor.setBy.hint')}
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
        label={text('goalEditor.label.rationale')}
        description={text('goalEditor.rationale.hint')}
        autosize
        minRows={2}
        {...form.getInputProps('rationale')}
      />
      <Checkbox
        label={text('goalEditor.stretch.label')}
        description={<TermsText id="goalEditor.stretch.hint" />}
        {...form.getInputProps('stretch', { type: 'checkbox' })}
      />
      <StableTextarea
        label={text('goalEditor.label.costNote')}
        description={text(
          values.stretch ? 'goalEditor.costNote.stretchHint' : 'goalEditor.costNote.hint',
        )}
        autosize
        minRows={2}
        {...form.getInputProps('costNote')}
      />
    </Stack>
  );
}

/** The equipment and the legal minimum the goal is checked against on the review step. */
export const GoalLimitFields = formSection(GoalLimitFieldsView, ['needsAsset', 'floor']);

function GoalLimitFieldsView({ form, systemType }: { form: Form; systemType: SystemType | null }) {
  const text = useText();
  const assets = assetChoices(text, systemType, form.values.needsAsset);
  const floors = floorChoices(text, systemType, form.values.floor);
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
      <NativeSelect
        label={text('goalEditor.label.needsAsset')}
        description={text('goalEditor.needsAsset.hint')}
        data={[{ value: '', label: text('goalEditor.needsAsset.none') }, ...assets]}
        value={form.values.needsAsset ?? ''}
        onChange={(event) =>
          form.setFieldValue(
            'needsAsset',
            assets.find((choice) => choice.value === event.currentTarget.value)?.value ?? null,
          )
        }
      />
      <NativeSelect
        label={text('goalEditor.label.floor')}
        description={text('goalEditor.floor.hint')}
        data={[{ value: '', label: text('goalEditor.floor.none') }, ...floors]}
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
