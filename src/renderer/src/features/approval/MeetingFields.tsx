import { Radio, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { meetingLabels, quorumRules, voteThresholds } from '@shared/domain/approval';
import { DateField } from '../../form-kit/DateField';
import { NumberTextField } from '../../form-kit/NumberTextField';
import { quorumLabels, thresholdLabels } from './approval-words';
import type { MeetingDraft } from './meeting-draft';

type Form = UseFormReturnType<MeetingDraft>;

const countStyles = { input: { maxWidth: 240 } };

/** When and where the board met, how the meeting was noticed, and the board's voting rules. */
export function MeetingFields({ form, boardSize }: { form: Form; boardSize: number }) {
  const { values } = form;
  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
        <DateField
          label={meetingLabels.date}
          description="Such as 3/14/2027 or March 14, 2027."
          value={values.date}
          onChange={(value) => form.setFieldValue('date', value)}
          error={form.errors.date}
        />
        <TextInput
          label={meetingLabels.place}
          description="Such as: the community hall, 12 Main Street."
          {...form.getInputProps('place')}
        />
      </SimpleGrid>
      <Textarea
        label={meetingLabels.notice}
        description="Open-meetings rules ask for public notice: such as posted at the post office and the well house on March 4, with the agenda."
        autosize
        minRows={2}
        {...form.getInputProps('notice')}
      />
      <NumberTextField
        label={meetingLabels.seats}
        description={`All seats on the board, filled or not. Leave empty to count the ${boardSize} members listed on step 1.`}
        whole
        styles={countStyles}
        {...form.getInputProps('seats')}
        value={values.seats}
      />
      <Radio.Group
        label={meetingLabels.quorumRule}
        value={values.quorumRule}
        onChange={(value) => {
          const rule = quorumRules.find((option) => option === value);
          if (rule) form.setFieldValue('quorumRule', rule);
        }}
        error={form.errors.quorumRule}
      >
        <Stack gap="sm" mt="xs">
          {quorumRules.map((rule) => (
            <Radio key={rule} value={rule} label={quorumLabels[rule]} />
          ))}
        </Stack>
      </Radio.Group>
      {values.quorumRule === 'fixed-number' && (
        <NumberTextField
          label={meetingLabels.quorumFixed}
          description="How many members must be present, such as 3."
          whole
          styles={countStyles}
          {...form.getInputProps('quorumFixed')}
          value={values.quorumFixed}
        />
      )}
      <Radio.Group
        label={meetingLabels.threshold}
        description="As your bylaws say. Abstaining members count as present but not as ayes."
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
              label={thresholdLabels[threshold].label}
              description={thresholdLabels[threshold].description}
            />
          ))}
        </Stack>
      </Radio.Group>
    </Stack>
  );
}
