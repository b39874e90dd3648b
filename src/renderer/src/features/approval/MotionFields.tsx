import { boardOfficeTitles } from '@shared/domain/utility';
import {
  Button,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useState } from 'react';
import type { BoardMember } from '@shared/domain/utility';
import { meetingLabels } from '@shared/domain/approval';
import type { MeetingDraft } from './meeting-draft';

interface MotionFieldsProps {
  form: UseFormReturnType<MeetingDraft>;
  board: BoardMember[];
  /** The minutes paragraph built from what is recorded now. */
  suggestedMinutes: () => string;
}

/** Who moved and seconded, the resolution number, and the minutes the secretary can paste. */
export function MotionFields({ form, board, suggestedMinutes }: MotionFieldsProps) {
  const [copied, setCopied] = useState('');
  const options = [
    { value: '', label: 'Not recorded yet' },
    ...board.map((member, index) => ({
      value: member.id,
      label: `${member.name || `Board member ${index + 1}`} (${boardOfficeTitles[member.office]})`,
    })),
  ];
  const memberSelect = (path: 'movedBy' | 'secondedBy', label: string) => (
    <NativeSelect
      label={label}
      data={options}
      value={form.values[path] ?? ''}
      onChange={(event) => {
        const id = event.currentTarget.value;
        form.setFieldValue(path, board.some((member) => member.id === id) ? id : null);
      }}
      error={form.errors[path]}
    />
  );

  async function copyWording() {
    const text = suggestedMinutes();
    form.setFieldValue('minutesExcerpt', text);
    // Best effort: the wording is in the box either way, ready to select and copy by hand.
    const onClipboard = await navigator.clipboard?.writeText(text).then(
      () => true,
      () => false,
    );
    setCopied(
      onClipboard
        ? 'The suggested wording is in the box above and on the clipboard, ready to paste into the minutes.'
        : 'The suggested wording is in the box above. Select it and copy it into the minutes.',
    );
  }

  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
        {memberSelect('movedBy', meetingLabels.movedBy)}
        {memberSelect('secondedBy', meetingLabels.secondedBy)}
      </SimpleGrid>
      <TextInput
        label={meetingLabels.resolutionNumber}
        description="The number the board gives the resolution, such as 2027-3."
        maw={360}
        {...form.getInputProps('resolutionNumber')}
      />
      <Stack gap="xs">
        <Textarea
          label={meetingLabels.minutesExcerpt}
          description="What the secretary writes in the minutes about this vote. “Copy suggested wording” puts a paragraph built from what is recorded above in this box, in place of its text."
          autosize
          minRows={4}
          {...form.getInputProps('minutesExcerpt')}
        />
        <Group gap="md">
          <Button variant="light" onClick={() => void copyWording()}>
            Copy suggested wording
          </Button>
          <Text role="status" style={{ flex: 1, minWidth: 'min(16rem, 100%)' }}>
            {copied}
          </Text>
        </Group>
      </Stack>
    </Stack>
  );
}
