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
import { useText } from '../../i18n/use-text';
import type { MeetingDraft } from './meeting-draft';

interface MotionFieldsProps {
  form: UseFormReturnType<MeetingDraft>;
  board: BoardMember[];
  /** The minutes paragraph built from what is recorded now. */
  suggestedMinutes: () => string;
}

/** Who moved and seconded, the resolution number, and the minutes the secretary can paste. */
export function MotionFields({ form, board, suggestedMinutes }: MotionFieldsProps) {
  const text = useText();
  // Where the wording went, once copied: kept as a key, so it follows the language.
  const [copied, setCopied] = useState<'copied' | 'notCopied' | null>(null);
  const options = [
    { value: '', label: text('approval.motion.notRecorded') },
    ...board.map((member, index) => ({
      value: member.id,
      label: text('approval.motion.member', {
        name: member.name || text('approval.votes.unnamed', { number: index + 1 }),
        office: text(`utility.office.${member.office}`),
      }),
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
    const wording = suggestedMinutes();
    form.setFieldValue('minutesExcerpt', wording);
    // Best effort: the wording is in the box either way, ready to select and copy by hand.
    const onClipboard = await navigator.clipboard?.writeText(wording).then(
      () => true,
      () => false,
    );
    setCopied(onClipboard ? 'copied' : 'notCopied');
  }

  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
        {memberSelect('movedBy', text('approval.motion.movedBy'))}
        {memberSelect('secondedBy', text('approval.motion.secondedBy'))}
      </SimpleGrid>
      <TextInput
        label={text('approval.motion.resolution')}
        description={text('approval.motion.resolutionHint')}
        maw={360}
        {...form.getInputProps('resolutionNumber')}
      />
      <Stack gap="xs">
        <Textarea
          label={text('approval.motion.minutes')}
          description={text('approval.motion.minutesHint')}
          autosize
          minRows={4}
          {...form.getInputProps('minutesExcerpt')}
        />
        <Group gap="md">
          <Button variant="light" onClick={() => void copyWording()}>
            {text('approval.motion.copy')}
          </Button>
          <Text role="status" style={{ flex: 1, minWidth: 'min(16rem, 100%)' }}>
            {copied && text(`approval.motion.${copied}`)}
          </Text>
        </Group>
      </Stack>
    </Stack>
  );
}
