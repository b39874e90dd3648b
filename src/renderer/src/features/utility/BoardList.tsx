import { boardOffices } from '@shared/domain/utility';
import { Button, Checkbox, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useState } from 'react';
import { RowFieldset } from '../../form-kit/RowFieldset';
import { DateField } from '../../form-kit/DateField';
import { useText } from '../../i18n/use-text';
import { newBoardMember, type UtilityDraft } from './utility-draft';

export function BoardList({ form }: { form: UseFormReturnType<UtilityDraft> }) {
  const text = useText();
  const officeOptions = boardOffices.map((office) => ({
    value: office,
    label: text(`utility.office.${office}`),
  }));
  const [addedId, setAddedId] = useState<string | null>(null);
  const board = form.values.board;

  function add() {
    const member = newBoardMember(board.length === 0 ? 'president' : 'member');
    form.insertListItem('board', member);
    setAddedId(member.id);
  }

  return (
    <Stack gap="md">
      {board.length === 0 && <Text c="dimmed">{text('utility.board.none')}</Text>}
      {board.map((member, index) => (
        <RowFieldset
          key={member.id}
          legend={text('utility.board.member', { number: index + 1 })}
          onRemove={() => form.removeListItem('board', index)}
        >
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput
              label={text('utility.board.name')}
              autoFocus={member.id === addedId}
              {...form.getInputProps(`board.${index}.name`)}
            />
            <Select
              label={text('utility.board.office')}
              data={officeOptions}
              allowDeselect={false}
              {...form.getInputProps(`board.${index}.office`)}
            />
            <DateField
              label={text('utility.board.termEnds')}
              description={text('utility.board.termEndsHint')}
              value={member.termEnds}
              onChange={(value) => form.setFieldValue(`board.${index}.termEnds`, value)}
              error={form.errors[`board.${index}.termEnds`]}
            />
            <Checkbox
              mt={{ sm: 'xl' }}
              label={text('utility.helpsSetGoals')}
              {...form.getInputProps(`board.${index}.onPlanningTeam`, { type: 'checkbox' })}
            />
          </SimpleGrid>
        </RowFieldset>
      ))}
      <div>
        <Button variant="light" onClick={add}>
          {text('utility.board.add')}
        </Button>
      </div>
    </Stack>
  );
}
