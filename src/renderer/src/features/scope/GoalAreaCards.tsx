import { Checkbox, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { goalAreas, type GoalArea } from '@shared/domain/goal-areas';
import { wordedSystemType } from '@shared/domain/service-words';
import type { SystemType } from '@shared/domain/utility';
import { useText, type Text as Say } from '../../i18n/use-text';
import type { ScopeDraft } from './scope-draft';

/**
 * The six goal areas as large cards that toggle with a click, Space or Enter, each explained in
 * the words of the service the utility runs (step 1's system type).
 */
export function GoalAreaCards({
  form,
  systemType,
}: {
  form: UseFormReturnType<ScopeDraft>;
  systemType: SystemType | null;
}) {
  const text = useText();
  const chosen = form.values.areas;

  function toggle(area: GoalArea, checked: boolean) {
    // Kept in the guidance's order, whatever order they were clicked in.
    const next = goalAreas.filter((candidate) =>
      candidate === area ? checked : chosen.includes(candidate),
    );
    form.setFieldValue('areas', next);
  }

  return (
    <Stack gap="md">
      <Text fw={600} aria-live="polite">
        {chosen.length === 0
          ? text('scope.areas.none')
          : text('scope.areas.chosen', {
              count: chosen.length,
              many: chosen.length > 4 ? 'yes' : 'no',
            })}
      </Text>
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        {goalAreas.map((area) => {
          const info = areaWords(text, area, systemType);
          const checked = chosen.includes(area);
          return (
            <Checkbox.Card
              key={area}
              checked={checked}
              onChange={(next) => toggle(area, next)}
              aria-labelledby={`goal-area-${area}-title`}
              aria-describedby={`goal-area-${area}-text`}
              p="md"
              radius="md"
              withBorder
              style={{
                borderWidth: 2,
                borderColor: checked ? 'var(--mantine-color-blue-8)' : undefined,
                backgroundColor: checked ? 'var(--mantine-color-blue-0)' : undefined,
              }}
            >
              <Group wrap="nowrap" align="flex-start" gap="md">
                <Checkbox.Indicator size="md" mt={4} />
                <div>
                  <Text fw={700} size="lg" id={`goal-area-${area}-title`}>
                    {info.title}
                  </Text>
                  <Text id={`goal-area-${area}-text`}>{info.explanation}</Text>
                  <Text c="dimmed" size="sm" mt={6}>
                    {text('scope.areas.examples', { examples: info.examples })}
                  </Text>
                </div>
              </Group>
            </Checkbox.Card>
          );
        })}
      </SimpleGrid>
    </Stack>
  );
}

/**
 * An area's name, meaning and examples in the words of the service the utility runs (not given:
 * both), as goal-areas.ts says them; the social area reads the same for every service.
 */
function areaWords(text: Say, area: GoalArea, systemType: SystemType | null) {
  const type = wordedSystemType(systemType);
  const title = text(`scope.area.${area}.title`);
  if (area === 'social')
    return {
      title,
      explanation: text('scope.area.social.explanation'),
      examples: text('scope.area.social.examples'),
    };
  return {
    title,
    explanation: text(`scope.area.${area}.${type}.explanation`),
    examples: text(`scope.area.${area}.${type}.examples`),
  };
}
