import { Alert, Button, Radio, Group, Stack, Textarea } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import {
  assetCapabilities,
  capabilityAnswers,
  type CapabilityAnswer,
} from '../../../../shared/domain/scope';
import { NumberTextField } from '../../components/NumberTextField';
import { assetQuestions, type ScopeDraft } from './scope-draft';

const answerLabels: Record<CapabilityAnswer, string> = {
  yes: 'Yes',
  no: 'No',
  unknown: 'Not sure',
};

/** What the system physically has, and so which promises it can keep. */
export function AssetQuestions({ form }: { form: UseFormReturnType<ScopeDraft> }) {
  const { values } = form;
  const missingLimits = assetCapabilities
    .filter((asset) => values.assets[asset] === 'no')
    .map((asset) => assetQuestions[asset].limit)
    .filter((sentence) => !values.assetLimits.includes(sentence));

  return (
    <Stack gap="xl">
      {assetCapabilities.map((asset) => {
        const { question, why, ifNo } = assetQuestions[asset];
        const answer = values.assets[asset];
        return (
          <Stack key={asset} gap="sm">
            <Radio.Group
              label={question}
              description={why}
              value={answer}
              onChange={(value) => {
                const next = capabilityAnswers.find((option) => option === value);
                if (next) form.setFieldValue(`assets.${asset}`, next);
              }}
              error={form.errors[`assets.${asset}`]}
            >
              <Group gap="xl" mt="sm">
                {capabilityAnswers.map((option) => (
                  <Radio key={option} value={option} label={answerLabels[option]} />
                ))}
              </Group>
            </Radio.Group>
            {answer === 'no' && (
              <Alert color="gray" variant="light" title="What this means for the agreement">
                {ifNo}
              </Alert>
            )}
            {asset === 'storage' && answer === 'yes' && (
              <NumberTextField
                label="Storage (gallons)"
                description="All tanks together, such as 50,000."
                maw={320}
                {...form.getInputProps('storageGallons')}
                value={values.storageGallons}
              />
            )}
          </Stack>
        );
      })}
      <Textarea
        label="What our system cannot do"
        description="Plain words for the agreement, such as: We have no fire hydrants and cannot provide fire protection."
        autosize
        minRows={3}
        {...form.getInputProps('assetLimits')}
      />
      {missingLimits.length > 0 && (
        <div>
          <Button
            variant="light"
            onClick={() =>
              form.setFieldValue(
                'assetLimits',
                [values.assetLimits.trim(), ...missingLimits].filter(Boolean).join('\n'),
              )
            }
          >
            Add sentences from my answers
          </Button>
        </div>
      )}
    </Stack>
  );
}
