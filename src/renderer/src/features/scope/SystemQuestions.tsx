import { Alert, Button, Divider, Stack, Textarea, Title } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useId, type ReactNode } from 'react';
import { assetCapabilities, scopeLabels } from '@shared/domain/scope';
import { systemPartHeadings, wordedSystemType } from '@shared/domain/service-words';
import { runsSewer, runsWater, type SystemType } from '@shared/domain/utility';
import { AssetQuestions } from './AssetQuestions';
import { assetQuestions, sewerFromDraft, type ScopeDraft } from './scope-draft';
import { scopeWords } from './scope-words';
import { sewerLimits } from './sewer-limits';
import { SewerQuestions } from './SewerQuestions';

/** One system's questions under its name, for a utility that runs both (or has not said). */
function SystemPart({ title, children }: { title: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <Stack component="section" aria-labelledby={headingId} gap="md">
      <Divider />
      <Title order={4} id={headingId}>
        {title}
      </Title>
      {children}
    </Stack>
  );
}

interface SystemQuestionsProps {
  form: UseFormReturnType<ScopeDraft>;
  /** Step 1's answer: which questions fit; null asks both sets until it is given. */
  systemType: SystemType | null;
}

/** The questions about what the system has, only those its type asks, and what it cannot do. */
export function SystemQuestions({ form, systemType }: SystemQuestionsProps) {
  const { values } = form;
  const water = runsWater(systemType);
  const sewer = runsSewer(systemType);
  const suggested = [
    ...(water
      ? assetCapabilities
          .filter((asset) => values.assets[asset] === 'no')
          .map((asset) => assetQuestions[asset].limit)
      : []),
    ...(sewer ? sewerLimits(sewerFromDraft(values.sewer)) : []),
  ];
  const missingLimits = suggested.filter((sentence) => !values.assetLimits.includes(sentence));
  const waterQuestions = <AssetQuestions form={form} />;
  const sewerQuestions = <SewerQuestions form={form} />;

  return (
    <Stack gap="xl">
      {systemType === null && (
        <Alert color="blue" variant="light" title="Step 1 will narrow these questions">
          Step 1 does not say yet whether the utility runs drinking water, sewer or both, so the
          questions for both are shown. Once step 1 is answered, only those that fit stay.
        </Alert>
      )}
      {water && sewer ? (
        <>
          <SystemPart title={systemPartHeadings.water}>{waterQuestions}</SystemPart>
          <SystemPart title={systemPartHeadings.sewer}>{sewerQuestions}</SystemPart>
          <Divider />
        </>
      ) : water ? (
        waterQuestions
      ) : (
        sewerQuestions
      )}
      <Textarea
        label={scopeLabels.assetLimits}
        description={`Plain words for the agreement, such as: ${scopeWords[wordedSystemType(systemType)].limitExample}`}
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
