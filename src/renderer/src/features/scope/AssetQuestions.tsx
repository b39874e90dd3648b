import { Alert, Group, Radio, Stack } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { assetCapabilities, capabilityAnswers, scopeLabels } from '@shared/domain/scope';
import { NumberTextField } from '../../form-kit/NumberTextField';
import { answerLabels } from './answer-labels';
import { assetQuestions, type ScopeDraft } from './scope-draft';

/** What the drinking-water system physically has, and so which promises it can keep. */
export function AssetQuestions({ form }: { form: UseFormReturnType<ScopeDraft> }) {
  const { values } = form;
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
                label={scopeLabels.storageGallons}
                description="All tanks together, such as 50,000."
                maw={420}
                {...form.getInputProps('storageGallons')}
                value={values.storageGallons}
              />
            )}
          </Stack>
        );
      })}
    </Stack>
  );
}
