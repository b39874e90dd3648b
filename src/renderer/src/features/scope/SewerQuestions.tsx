import { Alert, Group, Radio, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import {
  collectionKinds,
  inflowAnswers,
  liftStationPower,
  sewerLabels,
  treatmentKinds,
  type CollectionKind,
  type TreatmentKind,
} from '@shared/domain/sewer-system';
import { NumberTextField } from '../../form-kit/NumberTextField';
import { answerLabels } from './answer-labels';
import { sewerFromDraft, type ScopeDraft } from './scope-draft';
import { inflowMeaning, liftStationPowerMeaning, liftStationPowerWords } from './sewer-limits';

const collectionLabels: Record<CollectionKind, string> = {
  gravity: 'By gravity',
  force: 'Pumped through force mains',
  'gravity-and-force': 'Both: gravity mains and force mains',
};

const treatmentLabels: Record<TreatmentKind, string> = {
  lagoon: 'In a lagoon',
  mechanical: 'In a mechanical treatment plant',
  'other-utility': 'Sent to another utility’s plant',
  'septic-field': 'In septic tanks and a drain field',
};

const meaningTitle = 'What this means for the agreement';

/** What the sewer system physically has, and so which promises it can keep (issue 12). */
export function SewerQuestions({ form }: { form: UseFormReturnType<ScopeDraft> }) {
  const draft = form.values.sewer;
  const sewer = sewerFromDraft(draft);
  const power = liftStationPower(sewer);
  const powerWords = liftStationPowerWords(sewer);
  // Asked once there are stations to power; kept while it holds a number, so an error shows.
  const asksPower = (sewer.liftStations ?? 0) > 0 || draft.liftStationsWithBackupPower !== null;

  return (
    <Stack gap="xl">
      <Stack gap="sm">
        <NumberTextField
          label={sewerLabels.milesOfSewer}
          description="A rough figure, such as 18. You may leave it empty."
          maw={420}
          {...form.getInputProps('sewer.milesOfSewer')}
          value={draft.milesOfSewer}
        />
        <Radio.Group
          label="How does sewage move through the mains?"
          description="Force mains are pipes that pumps push sewage through, usually from a lift station."
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
              <Radio key={kind} value={kind} label={collectionLabels[kind]} />
            ))}
          </Stack>
        </Radio.Group>
      </Stack>
      <Stack gap="sm">
        <NumberTextField
          label={sewerLabels.liftStations}
          description="Stations that pump sewage up to a higher main. Enter 0 if there are none."
          whole
          maw={420}
          {...form.getInputProps('sewer.liftStations')}
          value={draft.liftStations}
        />
        {asksPower && (
          <NumberTextField
            label={sewerLabels.liftStationsWithBackupPower}
            description="A generator or another supply that takes over in a power cut."
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
          <Alert color="gray" variant="light" title={meaningTitle}>
            {liftStationPowerMeaning}
          </Alert>
        )}
      </Stack>
      <Radio.Group
        label="Where is the sewage treated?"
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
            <Radio key={kind} value={kind} label={treatmentLabels[kind]} />
          ))}
        </Stack>
      </Radio.Group>
      <Stack gap="sm">
        <Radio.Group
          label="Do rain and groundwater get into the sewers?"
          description="This is called inflow and infiltration: rain runs in through manholes and roof or yard drains, and groundwater seeps in through cracked pipes and joints. In heavy rain it can fill the sewers, the lift stations and the lagoon or plant beyond what they can carry."
          value={draft.inflowInfiltration}
          onChange={(value) => {
            const next = inflowAnswers.find((answer) => answer === value);
            if (next) form.setFieldValue('sewer.inflowInfiltration', next);
          }}
          error={form.errors['sewer.inflowInfiltration']}
        >
          <Group gap="xl" mt="sm">
            {inflowAnswers.map((answer) => (
              <Radio key={answer} value={answer} label={answerLabels[answer]} />
            ))}
          </Group>
        </Radio.Group>
        {draft.inflowInfiltration === 'yes' && (
          <Alert color="gray" variant="light" title={meaningTitle}>
            {inflowMeaning}
          </Alert>
        )}
      </Stack>
      <TextInput
        label={sewerLabels.dischargePermit}
        description="As printed on your state or federal permit, such as NM0028355. Leave it empty if the system has none."
        autoComplete="off"
        maw={420}
        {...form.getInputProps('sewer.dischargePermit')}
      />
    </Stack>
  );
}
