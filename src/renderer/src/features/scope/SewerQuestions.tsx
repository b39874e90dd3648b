import { Alert, Group, Radio, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import {
  collectionKinds,
  inflowAnswers,
  liftStationPower,
  treatmentKinds,
} from '@shared/domain/sewer-system';
import { NumberTextField } from '../../form-kit/NumberTextField';
import { useText } from '../../i18n/use-text';
import { answerLabels } from './answer-labels';
import { sewerFromDraft, type ScopeDraft } from './scope-draft';
import { liftStationPowerWords } from './sewer-limits';

/** What the sewer system physically has, and so which promises it can keep (issue 12). */
export function SewerQuestions({ form }: { form: UseFormReturnType<ScopeDraft> }) {
  const text = useText();
  const draft = form.values.sewer;
  const sewer = sewerFromDraft(draft);
  const power = liftStationPower(sewer);
  const powerWords = liftStationPowerWords(text, sewer);
  // Asked once there are stations to power; kept while it holds a number, so an error shows.
  const asksPower = (sewer.liftStations ?? 0) > 0 || draft.liftStationsWithBackupPower !== null;

  return (
    <Stack gap="xl">
      <Stack gap="sm">
        <NumberTextField
          label={text('scope.sewer.miles')}
          description={text('scope.sewer.milesHint')}
          maw={420}
          {...form.getInputProps('sewer.milesOfSewer')}
          value={draft.milesOfSewer}
        />
        <Radio.Group
          label={text('scope.sewer.collection')}
          description={text('scope.sewer.collectionHint')}
          value={draft.collection ?? ''}
          onChange={(value) =>
            form.setFieldValue(
              'sewer.collection',
              collectionKinds.find((kind) => kind === value) ?? null,
            )
          }
          error={form.errors['sewer.collection']}
        >
          <Stack gap="sm" mt="sm">
            {collectionKinds.map((kind) => (
              <Radio key={kind} value={kind} label={text(`scope.sewer.collection.${kind}`)} />
            ))}
          </Stack>
        </Radio.Group>
      </Stack>
      <Stack gap="sm">
        <NumberTextField
          label={text('scope.sewer.stations')}
          description={text('scope.sewer.stationsHint')}
          whole
          maw={420}
          {...form.getInputProps('sewer.liftStations')}
          value={draft.liftStations}
        />
        {asksPower && (
          <NumberTextField
            label={text('scope.sewer.powered')}
            description={text('scope.sewer.poweredHint')}
            whole
            maw={420}
            {...form.getInputProps('sewer.liftStationsWithBackupPower')}
            value={draft.liftStationsWithBackupPower}
          />
        )}
        <Text fw={600} aria-live="polite">
          {powerWords}
        </Text>
        {(power === 'no' || power === 'some') && (
          <Alert color="gray" variant="light" title={text('scope.meaning.title')}>
            {text('scope.power.meaning')}
          </Alert>
        )}
      </Stack>
      <Radio.Group
        label={text('scope.sewer.treatment')}
        value={draft.treatment ?? ''}
        onChange={(value) =>
          form.setFieldValue(
            'sewer.treatment',
            treatmentKinds.find((kind) => kind === value) ?? null,
          )
        }
        error={form.errors['sewer.treatment']}
      >
        <Stack gap="sm" mt="sm">
          {treatmentKinds.map((kind) => (
            <Radio key={kind} value={kind} label={text(`scope.sewer.treatment.${kind}`)} />
          ))}
        </Stack>
      </Radio.Group>
      <Stack gap="sm">
        <Radio.Group
          label={text('scope.sewer.inflow')}
          description={text('scope.sewer.inflowHint')}
          value={draft.inflowInfiltration}
          onChange={(value) => {
            const next = inflowAnswers.find((answer) => answer === value);
            if (next) form.setFieldValue('sewer.inflowInfiltration', next);
          }}
          error={form.errors['sewer.inflowInfiltration']}
        >
          <Group gap="xl" mt="sm">
            {inflowAnswers.map((answer) => (
              <Radio key={answer} value={answer} label={text(answerLabels[answer])} />
            ))}
          </Group>
        </Radio.Group>
        {draft.inflowInfiltration === 'yes' && (
          <Alert color="gray" variant="light" title={text('scope.meaning.title')}>
            {text('scope.inflow.meaning')}
          </Alert>
        )}
      </Stack>
      <TextInput
        label={text('scope.sewer.permit')}
        description={text('scope.sewer.permitHint')}
        autoComplete="off"
        maw={420}
        {...form.getInputProps('sewer.dischargePermit')}
      />
    </Stack>
  );
}
