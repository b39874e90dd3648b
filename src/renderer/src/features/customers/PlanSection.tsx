import {
  Badge,
  Checkbox,
  Group,
  Paper,
  Radio,
  SimpleGrid,
  Stack,
  TextInput,
  Title,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useMemo } from 'react';
import type {
  CustomerProfile,
  FeedbackMethod,
  FeedbackPlan,
} from '@shared/domain/customers/feedback-plan';
import { recommendMethods } from '@shared/domain/customers/recommend-methods';
import { DateField } from '../../form-kit/DateField';
import { FormSection } from '../../form-kit/FormSection';
import { useSay } from '../../i18n/say';
import { useText } from '../../i18n/use-text';

const askedInOrder: (keyof CustomerProfile)[] = [
  'usesInternet',
  'usesSocialMedia',
  'holdsAnnualMeeting',
  'keepsComplaintLog',
];

const answerOf = (value: boolean | null) => (value === null ? 'unsure' : value ? 'yes' : 'no');
const valueOf = (answer: string) => (answer === 'yes' ? true : answer === 'no' ? false : null);

interface PlanSectionProps {
  form: UseFormReturnType<FeedbackPlan>;
  /** From step 1; null when not entered yet. */
  connections: number | null;
}

/** "Plan": what the board knows of its customers, the ways that suit them, and when. */
export function PlanSection({ form, connections }: PlanSectionProps) {
  const { profile, methods } = form.values;
  const text = useText();
  const saying = useSay();
  const recommendations = useMemo(
    () => recommendMethods({ connections, profile }),
    [connections, profile],
  );

  function toggle(method: FeedbackMethod, on: boolean) {
    form.setFieldValue(
      'methods',
      on
        ? [...methods, { method, plannedOn: '', notes: '' }]
        : methods.filter((planned) => planned.method !== method),
    );
  }

  return (
    <Stack gap="xl">
      <FormSection
        title={text('customers.plan.aboutTitle')}
        hint={text('customers.plan.aboutHint')}
      >
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
          {askedInOrder.map((key) => (
            <Radio.Group
              key={key}
              label={text(`customers.plan.${key}`)}
              value={answerOf(profile[key])}
              onChange={(answer) => form.setFieldValue(`profile.${key}`, valueOf(answer))}
            >
              <Group gap="lg" mt="xs">
                <Radio value="yes" label={text('customers.plan.yes')} />
                <Radio value="no" label={text('customers.plan.no')} />
                <Radio value="unsure" label={text('customers.plan.unsure')} />
              </Group>
            </Radio.Group>
          ))}
        </SimpleGrid>
      </FormSection>
      <FormSection
        title={text('customers.plan.waysTitle')}
        hint={
          connections === null
            ? text('customers.plan.waysHintUnknown')
            : text('customers.plan.waysHint', { count: connections })
        }
      >
        <Stack gap="md">
          {recommendations.map(({ method, recommended, why }) => {
            const index = methods.findIndex((planned) => planned.method === method);
            const title = text(`evidence.method.${method}`);
            return (
              <Paper key={method} withBorder p="md" bg={index === -1 ? undefined : 'blue.0'}>
                <Stack gap="sm">
                  <Group gap="sm" align="flex-start" wrap="nowrap">
                    <Checkbox
                      checked={index !== -1}
                      onChange={(event) => toggle(method, event.currentTarget.checked)}
                      label={
                        <Title order={4} fz="lg" component="span">
                          {title}
                        </Title>
                      }
                      description={saying(why)}
                      aria-label={text('customers.plan.use', { method: title })}
                    />
                    {recommended && (
                      <Badge
                        color="teal.9"
                        variant="filled"
                        size="lg"
                        tt="none"
                        style={{ flexShrink: 0 }}
                      >
                        {text('customers.plan.suggested')}
                      </Badge>
                    )}
                  </Group>
                  {index !== -1 && (
                    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" pl="xl">
                      <DateField
                        label={text('customers.plan.plannedOn', { method: title })}
                        description={text('customers.plan.plannedOnHint')}
                        value={methods[index]?.plannedOn ?? ''}
                        onChange={(date) => form.setFieldValue(`methods.${index}.plannedOn`, date)}
                        error={form.errors[`methods.${index}.plannedOn`]}
                      />
                      <TextInput
                        label={text('customers.plan.notes', { method: title })}
                        description={text('customers.plan.notesHint')}
                        {...form.getInputProps(`methods.${index}.notes`)}
                      />
                    </SimpleGrid>
                  )}
                </Stack>
              </Paper>
            );
          })}
        </Stack>
      </FormSection>
    </Stack>
  );
}
