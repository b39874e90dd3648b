import { Radio, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { usStateCodes, usStates } from '@shared/domain/us-states';
import { runsWater, systemTypes } from '@shared/domain/utility';
import { NumberTextField } from '../../form-kit/NumberTextField';
import { useText } from '../../i18n/use-text';
import { TermsText } from '../glossary/Term';
import type { UtilityDraft } from './utility-draft';
import { wordedSystemType } from '@shared/domain/service-words';

const stateOptions = usStateCodes.map((code) => ({ value: code, label: usStates[code] }));

export function ProfileFields({ form }: { form: UseFormReturnType<UtilityDraft> }) {
  const { values } = form;
  const text = useText();
  return (
    <Stack gap="lg">
      <TextInput
        label={text('utility.label.name')}
        description={text('utility.hint.name')}
        {...form.getInputProps('name')}
      />
      <Radio.Group
        label={text('utility.label.systemType')}
        value={values.systemType ?? ''}
        onChange={(value) =>
          form.setFieldValue('systemType', systemTypes.find((type) => type === value) ?? null)
        }
        error={form.errors.systemType}
      >
        <Stack gap="sm" mt="xs">
          {systemTypes.map((type) => (
            <Radio key={type} value={type} label={text(`utility.systemType.${type}`)} />
          ))}
        </Stack>
      </Radio.Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
        <TextInput
          label={text('utility.label.systemId')}
          // Where the ID is found: a sewer district has no water system ID, only its permit.
          description={
            <TermsText id={`utility.hint.systemId.${wordedSystemType(values.systemType)}`} />
          }
          autoComplete="off"
          {...form.getInputProps('systemId')}
        />
        <Select
          label={text('utility.label.state')}
          description={text('utility.hint.state')}
          placeholder={text('utility.state.placeholder')}
          data={stateOptions}
          searchable
          clearable
          clearButtonProps={{ 'aria-label': text('utility.state.clear') }}
          nothingFoundMessage={text('utility.state.none')}
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
          label={text('utility.label.connections')}
          description={text('utility.hint.connections')}
          whole
          {...form.getInputProps('connections')}
          value={values.connections}
        />
        <NumberTextField
          label={text('utility.label.population')}
          description={text('utility.hint.population')}
          whole
          {...form.getInputProps('population')}
          value={values.population}
        />
        {runsWater(values.systemType) && (
          <NumberTextField
            label={text('utility.label.milesOfMain')}
            description={text('utility.hint.milesOfMain')}
            {...form.getInputProps('milesOfMain')}
            value={values.milesOfMain}
          />
        )}
      </SimpleGrid>
    </Stack>
  );
}
