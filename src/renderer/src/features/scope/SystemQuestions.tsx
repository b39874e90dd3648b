import { Alert, Button, Divider, Stack, Textarea, Title } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useId, type ReactNode } from 'react';
import { assetCapabilities } from '@shared/domain/scope';
import { runsSewer, runsWater, type SystemType } from '@shared/domain/utility';
import { useText } from '../../i18n/use-text';
import { AssetQuestions } from './AssetQuestions';
import { assetQuestion, sewerFromDraft, type ScopeDraft } from './scope-draft';
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
  /** An example of what a system of this type cannot do. */
  limitExample: string;
}

/** The questions about what the system has, only those its type asks, and what it cannot do. */
export function SystemQuestions({ form, systemType, limitExample }: SystemQuestionsProps) {
  const text = useText();
  const { values } = form;
  const water = runsWater(systemType);
  const sewer = runsSewer(systemType);
  const suggested = [
    ...(water
      ? assetCapabilities
          .filter((asset) => values.assets[asset] === 'no')
          .map((asset) => assetQuestion(text, asset).limit)
      : []),
    ...(sewer ? sewerLimits(text, sewerFromDraft(values.sewer)) : []),
  ];
  const missingLimits = suggested.filter((sentence) => !values.assetLimits.includes(sentence));
  const waterQuestions = <AssetQuestions form={form} />;
  const sewerQuestions = <SewerQuestions form={form} />;

  return (
    <Stack gap="xl">
      {systemType === null && (
        <Alert color="blue" variant="light" title={text('scope.system.unknownTitle')}>
          {text('scope.system.unknown')}
        </Alert>
      )}
      {water && sewer ? (
        <>
          <SystemPart title={text('scope.system.water')}>{waterQuestions}</SystemPart>
          <SystemPart title={text('scope.system.sewer')}>{sewerQuestions}</SystemPart>
          <Divider />
        </>
      ) : water ? (
        waterQuestions
      ) : (
        sewerQuestions
      )}
      <Textarea
        label={text('scope.limits.label')}
        description={text('scope.limits.hint', { example: limitExample })}
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
            {text('scope.limits.add')}
          </Button>
        </div>
      )}
    </Stack>
  );
}
