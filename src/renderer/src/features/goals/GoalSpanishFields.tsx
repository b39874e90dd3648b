import { SimpleGrid, Stack } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { spanishFieldLabels } from '@shared/domain/goal';
import { unitIn } from '@shared/domain/spanish/goal-wording';
import { StableTextarea, StableTextInput } from '../../form-kit/stable-field';
import { SpanishPart } from '../../form-kit/SpanishPart';
import type { GoalDraft } from './goal-draft';

const words = {
  why: 'Optional, for the papers customers read in Spanish. Whatever is left empty prints in English, marked “(en inglés)”.',
  open: 'Write this goal in Spanish',
  noneWritten: 'No Spanish wording was written for this goal.',
  english: (text: string) => `In English: “${text}”`,
  unitAlready: (spanish: string) => `The unit prints in Spanish as “${spanish}” with no typing.`,
  unitKnown: (spanish: string) =>
    `Prints in Spanish as: ${spanish}. Type here only to say it differently.`,
  unitUnknown: (unit: string) =>
    `No built-in Spanish for “${unit}”: write it here, or it prints in English.`,
  unitEmpty: 'Such as horas or días hábiles.',
};

/** What the glossary already says for the unit, whatever is typed in its Spanish field. */
function builtInUnit(values: GoalDraft): { unit: string; spanish: string | null } {
  const passage = unitIn({ unit: values.unit, spanish: { ...values.spanish, unit: '' } }, 'es');
  return { unit: values.unit.trim(), spanish: passage.inEnglish ? null : passage.text };
}

function unitDescription({ unit, spanish }: { unit: string; spanish: string | null }): string {
  if (unit === '') return words.unitEmpty;
  return spanish === null ? words.unitUnknown(unit) : words.unitKnown(spanish);
}

/**
 * The goal's statement, measure and unit in Spanish, for the Spanish papers: optional, shown on
 * asking, and the unit said by the built-in glossary so most goals need no typing.
 */
export function GoalSpanishFields({
  form,
  frozen,
}: {
  form: UseFormReturnType<GoalDraft>;
  frozen: boolean;
}) {
  const { values } = form;
  const { spanish } = values;
  const written = spanish.statement !== '' || spanish.measure !== '' || spanish.unit !== '';
  const unit = builtInUnit(values);
  const hasUnit = values.direction !== 'yes-no';
  const english = (text: string) => (text.trim() === '' ? undefined : words.english(text.trim()));
  return (
    <SpanishPart
      written={written}
      frozen={frozen}
      why={words.why}
      openLabel={words.open}
      noneWritten={words.noneWritten}
      already={
        hasUnit && unit.spanish !== null && unit.unit !== ''
          ? words.unitAlready(unit.spanish)
          : null
      }
    >
      <Stack gap="md">
        <StableTextarea
          label={spanishFieldLabels.statement}
          description={english(values.statement)}
          lang="es"
          autosize
          minRows={2}
          {...form.getInputProps('spanish.statement')}
        />
        <SimpleGrid
          cols={{ base: 1, sm: hasUnit ? 2 : 1 }}
          spacing="md"
          style={{ alignItems: 'end' }}
        >
          <StableTextInput
            label={spanishFieldLabels.measure}
            description={english(values.measure)}
            lang="es"
            {...form.getInputProps('spanish.measure')}
          />
          {hasUnit && (
            <StableTextInput
              label={spanishFieldLabels.unit}
              description={unitDescription(unit)}
              lang="es"
              {...form.getInputProps('spanish.unit')}
            />
          )}
        </SimpleGrid>
      </Stack>
    </SpanishPart>
  );
}
