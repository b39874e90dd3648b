import { Button, Checkbox, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useState } from 'react';
import { RowFieldset } from '../../form-kit/RowFieldset';
import { newHelper, newOperator, type UtilityDraft } from './utility-draft';
import { helperLabels, operatorLabels } from '@shared/domain/utility';

type Form = UseFormReturnType<UtilityDraft>;

export function OperatorList({ form }: { form: Form }) {
  const [addedId, setAddedId] = useState<string | null>(null);
  const operators = form.values.operators;
  return (
    <Stack gap="md">
      {operators.length === 0 && <Text c="dimmed">No operators yet.</Text>}
      {operators.map((operator, index) => (
        <RowFieldset
          key={operator.id}
          legend={`Operator ${index + 1}`}
          onRemove={() => form.removeListItem('operators', index)}
        >
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput
              label={operatorLabels.name}
              autoFocus={operator.id === addedId}
              {...form.getInputProps(`operators.${index}.name`)}
            />
            <TextInput
              label={operatorLabels.certification}
              description="Grade and type, such as Water Treatment Grade 2 or Wastewater Collection Grade 1."
              {...form.getInputProps(`operators.${index}.certification`)}
            />
          </SimpleGrid>
          <Checkbox
            label={operatorLabels.onPlanningTeam}
            {...form.getInputProps(`operators.${index}.onPlanningTeam`, { type: 'checkbox' })}
          />
        </RowFieldset>
      ))}
      <div>
        <Button
          variant="light"
          onClick={() => {
            const operator = newOperator();
            form.insertListItem('operators', operator);
            setAddedId(operator.id);
          }}
        >
          Add an operator
        </Button>
      </div>
    </Stack>
  );
}

export function HelperList({ form }: { form: Form }) {
  const [addedId, setAddedId] = useState<string | null>(null);
  const helpers = form.values.helpers;
  return (
    <Stack gap="md">
      {helpers.map((helper, index) => (
        <RowFieldset
          key={helper.id}
          legend={`Other helper ${index + 1}`}
          onRemove={() => form.removeListItem('helpers', index)}
        >
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput
              label={helperLabels.name}
              autoFocus={helper.id === addedId}
              {...form.getInputProps(`helpers.${index}.name`)}
            />
            <TextInput
              label={helperLabels.role}
              description="Such as bookkeeper, county official or circuit rider."
              {...form.getInputProps(`helpers.${index}.role`)}
            />
          </SimpleGrid>
        </RowFieldset>
      ))}
      <div>
        <Button
          variant="light"
          onClick={() => {
            const helper = newHelper();
            form.insertListItem('helpers', helper);
            setAddedId(helper.id);
          }}
        >
          Add another person
        </Button>
      </div>
    </Stack>
  );
}
