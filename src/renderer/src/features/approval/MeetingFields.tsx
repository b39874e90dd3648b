import { Radio, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { quorumRules, voteThresholds } from '@shared/domain/approval';
import { DateField } from '../../form-kit/DateField';
import { NumberTextField } from '../../form-kit/NumberTextField';
import { useText } from '../../i18n/use-text';
import type { MeetingDraft } from './meeting-draft';

type Form = UseFormReturnType<MeetingDraft>;

const countStyles = { input: { maxWidth: 240 } };

/** When and where the board met, how the meeting was noticed, and the board's voting rules. */
export function MeetingFields({ form, boardSize }: { form: Form; boardSize: number }) {
  const { values } = form;
  const text = useText();
  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
        <DateField
          label={text('approval.meeting.date')}
          description={text('approval.meeting.dateHint')}
          value={values.date}
          onChange={(value) => form.setFieldValue('date', value)}
          error={form.errors.date}
        />
        <TextInput
          label={text('approval.meeting.place')}
          description={text('approval.meeting.placeHint')}
          {...form.getInputProps('place')}
        />
      </SimpleGrid>
      <Textarea
        label={text('approval.meeting.notice')}
        description={text('approval.meeting.noticeHint')}
        autosize
        minRows={2}
        {...form.getInputProps('notice')}
      />
      <NumberTextField
        label={text('approval.meeting.seats')}
        description={text('approval.meeting.seatsHint', { count: boardSize })}
        whole
        styles={countStyles}
        {...form.getInputProps('seats')}
        value={values.seats}
      />
      <Radio.Group
        label={text('approval.meeting.quorumRule')}
        value={values.quorumRule}
        onChange={(value) => {
          const rule = quorumRules.find((option) => option === value);
          if (rule) form.setFieldValue('quorumRule', rule);
        }}
        error={form.errors.quorumRule}
      >
        <Stack gap="sm" mt="xs">
          {quorumRules.map((rule) => (
            <Radio key={rule} value={rule} label={text(`approval.quorum.${rule}`)} />
          ))}
        </Stack>
      </Radio.Group>
      {values.quorumRule === 'fixed-number' && (
        <NumberTextField
          label={text('approval.meeting.quorumFixed')}
          description={text('approval.meeting.quorumFixedHint')}
          whole
          styles={countStyles}
          {...form.getInputProps('quorumFixed')}
          value={values.quorumFixed}
        />
      )}
      <Radio.Group
        label={text('approval.meeting.threshold')}
        description={text('approval.meeting.thresholdHint')}
        value={values.threshold}
        onChange={(value) => {
          const threshold = voteThresholds.find((option) => option === value);
          if (threshold) form.setFieldValue('threshold', threshold);
        }}
        error={form.errors.threshold}
      >
        <Stack gap="sm" mt="xs">
          {voteThresholds.map((threshold) => (
            <Radio
              key={threshold}
              value={threshold}
              label={text(`approval.threshold.${threshold}`)}
              description={text(`approval.threshold.${threshold}.hint`)}
            />
          ))}
        </Stack>
      </Radio.Group>
    </Stack>
  );
}
