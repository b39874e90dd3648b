import { Alert, Group, Radio, Stack } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { assetCapabilities, capabilityAnswers } from '@shared/domain/scope';
import { NumberTextField } from '../../form-kit/NumberTextField';
import { useText } from '../../i18n/use-text';
import { answerLabels } from './answer-labels';
import { assetQuestion, type ScopeDraft } from './scope-draft';

/** What the drinking-water system physically has, and so which promises it can keep. */
export function AssetQuestions({ form }: { form: UseFormReturnType<ScopeDraft> }) {
  const { values } = form;
  const text = useText();
  return (
    <Stack gap="xl">
      {assetCapabilities.map((asset) => {
        const { question, why, ifNo } = assetQuestion(text, asset);
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
                  <Radio key={option} value={option} label={text(answerLabels[option])} />
                ))}
              </Group>
            </Radio.Group>
            {answer === 'no' && (
              <Alert color="gray" variant="light" title={text('scope.meaning.title')}>
                {ifNo}
              </Alert>
            )}
            {asset === 'storage' && answer === 'yes' && (
              <NumberTextField
                label={text('scope.storage.label')}
                description={text('scope.storage.hint')}
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
