import { Button, Checkbox, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useState } from 'react';
import { RowFieldset } from '../../form-kit/RowFieldset';
import { newHelper, newOperator, type UtilityDraft } from './utility-draft';
import { useText } from '../../i18n/use-text';

type Form = UseFormReturnType<UtilityDraft>;

export function OperatorList({ form }: { form: Form }) {
  const [addedId, setAddedId] = useState<string | null>(null);
  const operators = form.values.operators;
  const text = useText();
  return (
    <Stack gap="md">
      {operators.length === 0 && <Text c="dimmed">{text('utility.operator.none')}</Text>}
      {operators.map((operator, index) => (
        <RowFieldset
          key={operator.id}
          legend={text('utility.operator.legend', { number: index + 1 })}
          onRemove={() => form.removeListItem('operators', index)}
        >
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput
              label={text('utility.operator.name')}
              autoFocus={operator.id === addedId}
              {...form.getInputProps(`operators.${index}.name`)}
            />
            <TextInput
              label={text('utility.operator.certification')}
              description={text('utility.operator.certificationHint')}
              {...form.getInputProps(`operators.${index}.certification`)}
            />
          </SimpleGrid>
          <Checkbox
            label={text('utility.helpsSetGoals')}
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
          {text('utility.operator.add')}
        </Button>
      </div>
    </Stack>
  );
}

export function HelperList({ form }: { form: Form }) {
  const [addedId, setAddedId] = useState<string | null>(null);
  const helpers = form.values.helpers;
  const text = useText();
  return (
    <Stack gap="md">
      {helpers.map((helper, index) => (
        <RowFieldset
          key={helper.id}
          legend={text('utility.helper.legend', { number: index + 1 })}
          onRemove={() => form.removeListItem('helpers', index)}
        >
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput
              label={text('utility.helper.name')}
              autoFocus={helper.id === addedId}
              {...form.getInputProps(`helpers.${index}.name`)}
            />
            <TextInput
              label={text('utility.helper.role')}
              description={text('utility.helper.roleHint')}
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
          {text('utility.helper.add')}
        </Button>
      </div>
    </Stack>
  );
}
