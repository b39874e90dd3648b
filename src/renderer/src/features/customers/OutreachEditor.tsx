import {
  Button,
  Group,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import {
  outreachFieldsSchema,
  type Outreach,
  type OutreachFields,
} from '@shared/domain/customers/feedback-entry';
import { feedbackMethods, type FeedbackMethod } from '@shared/domain/customers/feedback-plan';
import { DateField } from '../../form-kit/DateField';
import { NumberTextField } from '../../form-kit/NumberTextField';
import { numberFromDraft, type NumberDraft } from '../../form-kit/number-draft';
import { useErrorsInLanguage, useSchemaValidate } from '../../form-kit/schema-validate';
import { useScreenLanguage } from '../../i18n/use-screen-language';
import { useText } from '../../i18n/use-text';
import { outreachCountText } from './outreach-count-words';

interface OutreachDraft extends Record<string, unknown> {
  method: string;
  date: string;
  place: string;
  reached: NumberDraft;
  answered: NumberDraft;
  notes: string;
}

const toInput = (draft: OutreachDraft): unknown => ({
  ...draft,
  method: draft.method === '' ? undefined : draft.method,
  reached: numberFromDraft(draft.reached),
  answered: numberFromDraft(draft.answered),
});

interface OutreachEditorProps {
  /** The outreach to change, or null for a new one. */
  outreach: Outreach | null;
  /** The method a new outreach starts with: the first one the plan picked. */
  defaultMethod: FeedbackMethod | null;
  onClose: () => void;
  /** Answers true once saved, so the dialog closes. */
  onSave: (fields: OutreachFields) => Promise<boolean>;
}

/** The counts as every table and the agreement will word them for this method. */
function CountPreview({ draft }: { draft: OutreachDraft }) {
  const text = useText();
  const language = useScreenLanguage();
  const method = feedbackMethods.find((candidate) => candidate === draft.method);
  const whole = (value: NumberDraft) => {
    const read = numberFromDraft(value);
    return typeof read === 'number' && Number.isInteger(read) && read >= 0 ? read : null;
  };
  const counts = { reached: whole(draft.reached), answered: whole(draft.answered) };
  const words = method === undefined ? null : outreachCountText(text, language, method, [counts]);
  return (
    <Text size="sm" c="dimmed" aria-live="polite">
      {words === null ? '' : text('customers.editor.preview', { words })}
    </Text>
  );
}

/** Adds or changes one outreach: which way, when and where, and how many took part. */
export function OutreachEditor({ outreach, defaultMethod, onClose, onSave }: OutreachEditorProps) {
  const [saving, setSaving] = useState(false);
  const text = useText();
  const methodOptions = feedbackMethods.map((method) => ({
    value: method,
    label: text(`evidence.method.${method}`),
  }));
  const validate = useSchemaValidate(outreachFieldsSchema, toInput);
  const form = useForm<OutreachDraft>({
    mode: 'controlled',
    initialValues: outreach
      ? {
          method: outreach.method,
          date: outreach.date,
          place: outreach.place,
          reached: outreach.reached,
          answered: outreach.answered,
          notes: outreach.notes,
        }
      : {
          method: defaultMethod ?? '',
          date: '',
          place: '',
          reached: null,
          answered: null,
          notes: '',
        },
    validate,
  });
  useErrorsInLanguage(form);

  const submit = form.onSubmit(async (draft) => {
    const parsed = outreachFieldsSchema.safeParse(toInput(draft));
    if (!parsed.success) return;
    setSaving(true);
    const saved = await onSave(parsed.data);
    setSaving(false);
    if (saved) onClose();
  });

  return (
    <Modal
      opened
      onClose={onClose}
      size="lg"
      title={text(outreach ? 'customers.editor.changeTitle' : 'customers.outreach.add')}
      closeButtonProps={{ 'aria-label': text('customers.editor.close') }}
      styles={{ title: { fontSize: 'var(--mantine-h3-font-size)', fontWeight: 700 } }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Select
            label={text('customers.editor.method')}
            description={text('customers.editor.methodHint')}
            data={methodOptions}
            allowDeselect={false}
            {...form.getInputProps('method')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <DateField
              label={text('customers.editor.date')}
              description={text('customers.editor.dateHint')}
              value={form.values.date}
              onChange={(date) => form.setFieldValue('date', date)}
              error={form.errors.date}
            />
            <TextInput
              label={text('customers.editor.place')}
              description={text('customers.editor.placeHint')}
              {...form.getInputProps('place')}
            />
            <NumberTextField
              label={text('customers.editor.reached')}
              description={text('customers.editor.reachedHint')}
              whole
              {...form.getInputProps('reached')}
              value={form.values.reached}
            />
            <NumberTextField
              label={text('customers.editor.answered')}
              description={text('customers.editor.answeredHint')}
              whole
              {...form.getInputProps('answered')}
              value={form.values.answered}
            />
          </SimpleGrid>
          <CountPreview draft={form.values} />
          <Textarea
            label={text('customers.editor.notes')}
            autosize
            minRows={2}
            {...form.getInputProps('notes')}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {text('customers.editor.cancel')}
            </Button>
            <Button type="submit" loading={saving}>
              {text(outreach ? 'customers.editor.save' : 'customers.editor.addOutreach')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
