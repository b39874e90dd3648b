import { Anchor, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { GoalArea } from '@shared/domain/goal-areas';
import type { FloorKey } from '@shared/domain/goal';
import { floorsFor, regulatoryFloors } from '@shared/domain/regulatory-floors';
import { areaReasonLabel, floorLabel } from '@shared/domain/review-settings';
import type { SystemType } from '@shared/domain/utility';
import { stepName } from '../../form-kit/step-titles';
import { numberDraftText } from '../../form-kit/number-draft';
import type { ReviewDraft } from './review-draft';

type Form = UseFormReturnType<ReviewDraft>;

/** The id of an area's reason field, so a finding can move the focus there. */
export function reasonFieldId(area: GoalArea): string {
  return `area-reason-${area}`;
}

/** The id of a floor's field, so a finding can move the focus there. */
export function floorFieldId(key: FloorKey): string {
  return `floor-${key}`;
}

/**
 * The legal minimums the goals are checked against; each state sets its own. Only the floors of
 * the services the utility runs (step 1): a sewer district has no pressure floor to set.
 */
export function FloorFields({ form, systemType }: { form: Form; systemType: SystemType | null }) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
      {floorsFor(systemType).map((key) => {
        const info = regulatoryFloors[key];
        const input = form.getInputProps(`floors.${key}`);
        return (
          <TextInput
            key={key}
            id={floorFieldId(key)}
            label={floorLabel(key)}
            description={info.basis}
            inputMode="decimal"
            autoComplete="off"
            {...input}
            value={numberDraftText(input.value as ReviewDraft['floors'][typeof key])}
          />
        );
      })}
    </SimpleGrid>
  );
}

/**
 * A sewer district's discharge permit, from step 2: its limits bind every goal as the floors
 * do, so the board sees it beside them. Read-only here; it is changed where it was entered.
 */
export function DischargePermit({ permit, onChange }: { permit: string; onChange: () => void }) {
  const step = stepName('scope');
  return (
    <Text>
      {permit === '' ? (
        <>
          <strong>Discharge permit:</strong> not entered yet. Its limits are part of every
          goal&rsquo;s floor.{' '}
          <Anchor component="button" type="button" onClick={onChange}>
            Enter the permit number on {step}
          </Anchor>
        </>
      ) : (
        <>
          <strong>Discharge permit:</strong> {permit}. Its limits are part of every goal&rsquo;s
          floor.{' '}
          <Anchor component="button" type="button" onClick={onChange}>
            Change it on {step}
          </Anchor>
        </>
      )}
    </Text>
  );
}

/** For each chosen area that has no goal: why the board has none for now. */
export function AreaReasonFields({ form, areas }: { form: Form; areas: GoalArea[] }) {
  if (areas.length === 0) {
    return <Text>Every goal area chosen on step 2 has at least one goal.</Text>;
  }
  return (
    <Stack gap="md">
      {areas.map((area) => (
        <Textarea
          key={area}
          id={reasonFieldId(area)}
          label={areaReasonLabel(area)}
          description="Such as: we will add one next year, once we have a year of records."
          autosize
          minRows={2}
          value={form.values.areaReasons[area] ?? ''}
          onChange={(event) => form.setFieldValue(`areaReasons.${area}`, event.currentTarget.value)}
          error={form.errors[`areaReasons.${area}`]}
        />
      ))}
    </Stack>
  );
}
