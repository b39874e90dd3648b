import { boardMemberLabels, boardOffices, boardOfficeTitles } from '@shared/domain/utility';
import { Button, Checkbox, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useState } from 'react';
import { RowFieldset } from '../../form-kit/RowFieldset';
import { DateField } from '../../form-kit/DateField';
import { newBoardMember, type UtilityDraft } from './utility-draft';

const officeOptions = boardOffices.map((office) => ({
  value: office,
  label: boardOfficeTitles[office],
}));

export function BoardList({ form }: { form: UseFormReturnType<UtilityDraft> }) {
  const [addedId, setAddedId] = useState<string | null>(null);
  const board = form.values.board;

  function add() {
    const member = newBoardMember(board.length === 0 ? 'president' : 'member');
    form.insertListItem('board', member);
    setAddedId(member.id);
  }

  return (
    <Stack gap="md">
      {board.length === 0 && <Text c="dimmed">No board members yet.</Text>}
      {board.map((member, index) => (
        <RowFieldset
          key={member.id}
          legend={`Board member ${index + 1}`}
          onRemove={() => form.removeListItem('board', index)}
        >
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput
              label={boardMemberLabels.name}
              autoFocus={member.id === addedId}
              {...form.getInputProps(`board.${index}.name`)}
            />
            <Select
              label={boardMemberLabels.office}
              data={officeOptions}
              allowDeselect={false}
              {...form.getInputProps(`board.${index}.office`)}
            />
            <DateField
              label={boardMemberLabels.termEnds}
              description="Such as 6/30/2027 or June 30, 2027."
              value={member.termEnds}
              onChange={(value) => form.setFieldValue(`board.${index}.termEnds`, value)}
              error={form.errors[`board.${index}.termEnds`]}
            />
            <Checkbox
              mt={{ sm: 'xl' }}
              label={boardMemberLabels.onPlanningTeam}
              {...form.getInputProps(`board.${index}.onPlanningTeam`, { type: 'checkbox' })}
            />
          </SimpleGrid>
        </RowFieldset>
      ))}
      <div>
        <Button variant="light" onClick={add}>
          Add a board member
        </Button>
      </div>
    </Stack>
  );
}
