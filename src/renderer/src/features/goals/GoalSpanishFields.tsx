import { SimpleGrid, Stack } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { unitIn } from '@shared/domain/spanish/goal-wording';
import { StableTextarea, StableTextInput } from '../../form-kit/stable-field';
import { formSection } from '../../form-kit/form-section';
import { SpanishPart } from '../../form-kit/SpanishPart';
import { useText, type Text } from '../../i18n/use-text';
import type { GoalDraft } from './goal-draft';

/** What the glossary already says for the unit, whatever is typed in its Spanish field. */
function builtInUnit(values: GoalDraft): { unit: string; spanish: string | null } {
  const passage = unitIn({ unit: values.unit, spanish: { ...values.spanish, unit: '' } }, 'es');
  return { unit: values.unit.trim(), spanish: passage.inEnglish ? null : passage.text };
}

function unitDescription(
  text: Text,
  { unit, spanish }: { unit: string; spanish: string | null },
): string {
  if (unit === '') return text('goalEditor.spanish.unitEmpty');
  return spanish === null
    ? text('goalEditor.spanish.unitUnknown', { unit })
    : text('goalEditor.spanish.unitKnown', { spanish });
}

/**
 * The goal's statement, measure and unit in Spanish, for the Spanish papers: optional, shown on
 * asking, and the unit said by the built-in glossary so most goals need no typing.
 */
export const GoalSpanishFields = formSection(GoalSpanishFieldsView, [
  'spanish',
  'statement',
  'measure',
  'unit',
  'direction',
]);

function GoalSpanishFieldsView({
  form,
  frozen,
}: {
  form: UseFormReturnType<GoalDraft>;
  frozen: boolean;
}) {
  const text = useText();
  const { values } = form;
  const { spanish } = values;
  const written = spanish.statement !== '' || spanish.measure !== '' || spanish.unit !== '';
  const unit = builtInUnit(values);
  const hasUnit = values.direction !== 'yes-no';
  const english = (typed: string) =>
    typed.trim() === '' ? undefined : text('goalEditor.spanish.english', { text: typed.trim() });
  return (
    <SpanishPart
      written={written}
      frozen={frozen}
      why={text('goalEditor.spanish.why')}
      openLabel={text('goalEditor.spanish.open')}
      noneWritten={text('goalEditor.spanish.noneWritten')}
      already={
        hasUnit && unit.spanish !== null && unit.unit !== ''
          ? text('goalEditor.spanish.unitAlready', { spanish: unit.spanish })
          : null
      }
    >
      <Stack gap="md">
        <StableTextarea
          label={text('goalEditor.label.spanishStatement')}
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
            label={text('goalEditor.label.spanishMeasure')}
            description={english(values.measure)}
            lang="es"
            {...form.getInputProps('spanish.measure')}
          />
          {hasUnit && (
            <StableTextInput
              label={text('goalEditor.label.spanishUnit')}
              description={unitDescription(text, unit)}
              lang="es"
              {...form.getInputProps('spanish.unit')}
            />
          )}
        </SimpleGrid>
      </Stack>
    </SpanishPart>
  );
}
