import { Button, Group, Radio, Stack, Text, Textarea } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import {
  defaultRegulatoryStatement,
  regulatoryCategoryLabels,
  regulatoryStyles,
  scopeLabels,
} from '@shared/domain/scope';
import { RowFieldset } from '../../form-kit/RowFieldset';
import { newRowId } from '../../form-kit/new-row-id';
import type { ScopeDraft } from './scope-draft';
import type { ScopeWords } from './scope-words';

interface RegulatoryFloorProps {
  form: UseFormReturnType<ScopeDraft>;
  /** The ready-made statements that fit the service the utility runs. */
  words: ScopeWords;
}

/** The regulatory floor: one broad promise to follow every rule, or one statement per kind of rule. */
export function RegulatoryFloor({ form, words }: RegulatoryFloorProps) {
  const { values } = form;
  const byCategory = values.regulatoryStyle === 'categories';
  const unused = words.categories.filter(
    (suggestion) => !values.regulatoryCategories.some((row) => row.text === suggestion.text),
  );

  function addCategory(text: string) {
    form.insertListItem('regulatoryCategories', { id: newRowId(), text });
  }

  return (
    <Stack gap="lg">
      <Radio.Group
        label={scopeLabels.regulatoryStyle}
        value={values.regulatoryStyle}
        onChange={(value) => {
          const style = regulatoryStyles.find((option) => option === value);
          if (style) form.setFieldValue('regulatoryStyle', style);
        }}
        error={form.errors.regulatoryStyle}
      >
        <Stack gap="md" mt="sm">
          <Radio
            value="blanket"
            label="One broad statement"
            description="A single sentence saying you follow every rule. Simple, and enough for most small systems."
          />
          <Radio
            value="categories"
            label="Statements by category"
            description={words.categoriesDescription}
          />
        </Stack>
      </Radio.Group>
      <Textarea
        label={byCategory ? 'Statement for every other rule' : scopeLabels.regulatoryStatement}
        description="You can use the suggested wording as it is."
        autosize
        minRows={2}
        {...form.getInputProps('regulatoryStatement')}
      />
      {values.regulatoryStatement !== defaultRegulatoryStatement && (
        <div>
          <Button
            variant="subtle"
            onClick={() => form.setFieldValue('regulatoryStatement', defaultRegulatoryStatement)}
          >
            Use the suggested wording
          </Button>
        </div>
      )}
      {byCategory && (
        <Stack gap="md">
          {values.regulatoryCategories.length === 0 && (
            <Text c="dimmed">
              No category statements yet. Add a ready-made one or write your own.
            </Text>
          )}
          {values.regulatoryCategories.map((row, index) => (
            <RowFieldset
              key={row.id}
              legend={`Category statement ${index + 1}`}
              onRemove={() => form.removeListItem('regulatoryCategories', index)}
            >
              <Textarea
                label={regulatoryCategoryLabels.text}
                autosize
                minRows={2}
                {...form.getInputProps(`regulatoryCategories.${index}.text`)}
              />
            </RowFieldset>
          ))}
          <Group gap="sm">
            {unused.map((suggestion) => (
              <Button
                key={suggestion.name}
                variant="light"
                onClick={() => addCategory(suggestion.text)}
              >
                Add: {suggestion.name}
              </Button>
            ))}
            <Button variant="outline" onClick={() => addCategory('')}>
              Add my own statement
            </Button>
          </Group>
        </Stack>
      )}
    </Stack>
  );
}
