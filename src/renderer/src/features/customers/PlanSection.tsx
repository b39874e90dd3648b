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
import {
  customerProfileLabels,
  feedbackMethodTitles,
  plannedMethodLabels,
  type CustomerProfile,
  type FeedbackMethod,
  type FeedbackPlan,
} from '@shared/domain/customers/feedback-plan';
import { recommendMethods } from '@shared/domain/customers/recommend-methods';
import { DateField } from '../../form-kit/DateField';
import { FormSection } from '../../form-kit/FormSection';
import { plural } from '@shared/domain/numbers/plural';

const askedInOrder: (keyof CustomerProfile)[] = [
  'usesInternet',
  'usesSocialMedia',
  'holdsAnnualMeeting',
  'keepsComplaintLog',
];
const profileQuestions = askedInOrder.map((key) => ({ key, label: customerProfileLabels[key] }));

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
        title="About your customers"
        hint="The answers decide which ways of asking suit them."
      >
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
          {profileQuestions.map(({ key, label }) => (
            <Radio.Group
              key={key}
              label={label}
              value={answerOf(profile[key])}
              onChange={(answer) => form.setFieldValue(`profile.${key}`, valueOf(answer))}
            >
              <Group gap="lg" mt="xs">
                <Radio value="yes" label="Yes" />
                <Radio value="no" label="No" />
                <Radio value="unsure" label="Not sure" />
              </Group>
            </Radio.Group>
          ))}
        </SimpleGrid>
      </FormSection>
      <FormSection
        title="Ways to hear from them"
        hint={
          connections === null
            ? 'Suggested for your customers. Enter the number of connections in step 1 for advice that fits your size.'
            : `Suggested for a utility of ${plural(connections, 'connection')}. Tick the ways you will use and plan a date.`
        }
      >
        <Stack gap="md">
          {recommendations.map(({ method, recommended, why }) => {
            const index = methods.findIndex((planned) => planned.method === method);
            const title = feedbackMethodTitles[method];
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
                      description={why}
                      aria-label={`Use ${title}`}
                    />
                    {recommended && (
                      <Badge
                        color="teal.9"
                        variant="filled"
                        size="lg"
                        tt="none"
                        style={{ flexShrink: 0 }}
                      >
                        Suggested
                      </Badge>
                    )}
                  </Group>
                  {index !== -1 && (
                    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" pl="xl">
                      <DateField
                        label={`${plannedMethodLabels.plannedOn} for ${title}`}
                        description="When you will ask, such as the next annual meeting."
                        value={methods[index]?.plannedOn ?? ''}
                        onChange={(date) => form.setFieldValue(`methods.${index}.plannedOn`, date)}
                        error={form.errors[`methods.${index}.plannedOn`]}
                      />
                      <TextInput
                        label={`${plannedMethodLabels.notes} for ${title}`}
                        description="Who does it, what is needed."
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
