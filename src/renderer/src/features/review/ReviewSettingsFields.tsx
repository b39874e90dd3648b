import { SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { goalAreaInfo, type GoalArea } from '../../../../shared/domain/goal-areas';
import { floorKeys, type FloorKey } from '../../../../shared/domain/goal';
import { regulatoryFloors } from '../../../../shared/domain/regulatory-floors';
import { numberDraftText } from '../../wizard/number-draft';
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

/** The legal minimums the goals are checked against; each state sets its own. */
export function FloorFields({ form }: { form: Form }) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
      {floorKeys.map((key) => {
        const info = regulatoryFloors[key];
        const input = form.getInputProps(`floors.${key}`);
        return (
          <TextInput
            key={key}
            id={floorFieldId(key)}
            label={`${info.title} (${info.unit})`}
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
          label={`Why there is no ${goalAreaInfo[area].title} goal`}
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
