import { Radio, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { usStateCodes, usStates } from '@shared/domain/us-states';
import { runsWater, systemTypes, utilityLabels, type SystemType } from '@shared/domain/utility';
import { NumberTextField } from '../../form-kit/NumberTextField';
import { systemTypeLabels, type UtilityDraft } from './utility-draft';
import { wordedSystemType } from '@shared/domain/service-words';

const stateOptions = usStateCodes.map((code) => ({ value: code, label: usStates[code] }));

/** Where the ID is found: a sewer district has no water system ID, only its discharge permit. */
const systemIdHints: Record<SystemType, string> = {
  water: 'Your public water system ID (PWS ID), such as NM3500101.',
  wastewater: 'Your discharge permit number (NPDES or state), such as NM0028355.',
  both: 'Your public water system ID (PWS ID), such as NM3500101, or your discharge permit number.',
};

export function ProfileFields({ form }: { form: UseFormReturnType<UtilityDraft> }) {
  const { values } = form;
  return (
    <Stack gap="lg">
      <TextInput
        label={utilityLabels.name}
        description="As it appears on your bills, for example Sunny Acres Mutual Domestic Water Association."
        {...form.getInputProps('name')}
      />
      <Radio.Group
        label={utilityLabels.systemType}
        value={values.systemType ?? ''}
        onChange={(value) =>
          form.setFieldValue('systemType', systemTypes.find((type) => type === value) ?? null)
        }
        error={form.errors.systemType}
      >
        <Stack gap="sm" mt="xs">
          {systemTypes.map((type) => (
            <Radio key={type} value={type} label={systemTypeLabels[type]} />
          ))}
        </Stack>
      </Radio.Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
        <TextInput
          label={utilityLabels.systemId}
          description={systemIdHints[wordedSystemType(values.systemType)]}
          autoComplete="off"
          {...form.getInputProps('systemId')}
        />
        <Select
          label={utilityLabels.state}
          description="Your state sets the rules your system must meet."
          placeholder="Type or pick a state"
          data={stateOptions}
          searchable
          clearable
          clearButtonProps={{ 'aria-label': 'Clear the state' }}
          nothingFoundMessage="No state by that name"
          value={values.state}
          onChange={(value) =>
            form.setFieldValue('state', usStateCodes.find((code) => code === value) ?? null)
          }
          error={form.errors.state}
        />
      </SimpleGrid>
      {/* A sewer district's miles of sewer main are asked on step 2, with its other sewer questions. */}
      <SimpleGrid cols={{ base: 1, sm: runsWater(values.systemType) ? 3 : 2 }} spacing="lg">
        <NumberTextField
          label={utilityLabels.connections}
          description="Homes and businesses with a service line."
          whole
          {...form.getInputProps('connections')}
          value={values.connections}
        />
        <NumberTextField
          label={utilityLabels.population}
          description="About how many people."
          whole
          {...form.getInputProps('population')}
          value={values.population}
        />
        {runsWater(values.systemType) && (
          <NumberTextField
            label={utilityLabels.milesOfMain}
            description="Water pipe in the ground; a rough figure."
            {...form.getInputProps('milesOfMain')}
            value={values.milesOfMain}
          />
        )}
      </SimpleGrid>
    </Stack>
  );
}
