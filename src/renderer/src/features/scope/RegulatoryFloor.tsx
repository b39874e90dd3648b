import { Button, Group, Radio, Stack, Text, Textarea } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { defaultRegulatoryStatement, regulatoryStyles } from '@shared/domain/scope';
import { RowFieldset } from '../../form-kit/RowFieldset';
import { newRowId } from '../../form-kit/new-row-id';
import { useText } from '../../i18n/use-text';
import type { ScopeDraft } from './scope-draft';
import type { ScopeWords } from './scope-words';

interface RegulatoryFloorProps {
  form: UseFormReturnType<ScopeDraft>;
  /** The ready-made statements that fit the service the utility runs. */
  words: ScopeWords;
}

/** The regulatory floor: one broad promise to follow every rule, or one statement per kind of rule. */
export function RegulatoryFloor({ form, words }: RegulatoryFloorProps) {
  const text = useText();
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
        label={text('scope.rules.style')}
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
            label={text('scope.rules.blanket')}
            description={text('scope.rules.blanketHint')}
          />
          <Radio
            value="categories"
            label={text('scope.rules.categories')}
            description={words.categoriesDescription}
          />
        </Stack>
      </Radio.Group>
      <Textarea
        label={text(byCategory ? 'scope.rules.otherStatement' : 'scope.rules.statement')}
        description={text('scope.rules.statementHint')}
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
            {text('scope.rules.useSuggested')}
          </Button>
        </div>
      )}
      {byCategory && (
        <Stack gap="md">
          {values.regulatoryCategories.length === 0 && (
            <Text c="dimmed">{text('scope.rules.noCategories')}</Text>
          )}
          {values.regulatoryCategories.map((row, index) => (
            <RowFieldset
              key={row.id}
              legend={text('scope.rules.category', { number: index + 1 })}
              onRemove={() => form.removeListItem('regulatoryCategories', index)}
            >
              <Textarea
                label={text('scope.rules.categoryText')}
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
                {text('scope.rules.add', { name: suggestion.name })}
              </Button>
            ))}
            <Button variant="outline" onClick={() => addCategory('')}>
              {text('scope.rules.addOwn')}
            </Button>
          </Group>
        </Stack>
      )}
    </Stack>
  );
}
