import { Anchor, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { GoalArea } from '@shared/domain/goal-areas';
import type { FloorKey } from '@shared/domain/goal';
import { floorsFor } from '@shared/domain/regulatory-floors';
import { areaTitleIn } from '@shared/pdf/area-words';
import type { SystemType } from '@shared/domain/utility';
import { stepNameIn } from '../../form-kit/step-titles';
import { numberDraftText } from '../../form-kit/number-draft';
import { useScreenLanguage } from '../../i18n/use-screen-language';
import { useText } from '../../i18n/use-text';
import { TermsText } from '../glossary/Term';
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
  const text = useText();
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
      {floorsFor(systemType).map((key) => {
        const input = form.getInputProps(`floors.${key}`);
        return (
          <TextInput
            key={key}
            id={floorFieldId(key)}
            // The same words as floorLabel and the floor's basis in the shared rules.
            label={text(`review.floor.${key}`)}
            description={<TermsText id={`review.floor.${key}.basis`} />}
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
  const text = useText();
  const step = stepNameIn(text, 'scope');
  return (
    <Text>
      <strong>{text('review.permit.label')}</strong>{' '}
      {permit === '' ? text('review.permit.none') : text('review.permit.entered', { permit })}{' '}
      <Anchor component="button" type="button" onClick={onChange}>
        {text(permit === '' ? 'review.permit.enter' : 'review.permit.change', { step })}
      </Anchor>
    </Text>
  );
}

/** For each chosen area that has no goal: why the board has none for now. */
export function AreaReasonFields({ form, areas }: { form: Form; areas: GoalArea[] }) {
  const text = useText();
  const language = useScreenLanguage();
  if (areas.length === 0) {
    return <Text>{text('review.reason.none')}</Text>;
  }
  return (
    <Stack gap="md">
      {areas.map((area) => (
        <Textarea
          key={area}
          id={reasonFieldId(area)}
          // The same words as areaReasonLabel, which the shared rules' messages use.
          label={text('review.reason.label', { area: areaTitleIn(area, language) })}
          description={text('review.reason.hint')}
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
