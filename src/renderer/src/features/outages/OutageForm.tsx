import { Alert, Button, Group, Radio, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { Outage } from '@shared/domain/tracking/outage-records';
import { useApi } from '../../api/api-context';
import { DateField } from '../../form-kit/DateField';
import { NumberTextField } from '../../form-kit/NumberTextField';
import { useText } from '../../i18n/use-text';
import { checkedOutage, errorsFrom, type OutageDraft, type OutageErrors } from './outage-draft';

interface OutageFormProps {
  /** The outage being changed, or null to add one. */
  editing: Outage | null;
  initial: OutageDraft;
  /** The log as the save answered it. */
  onSaved: (outages: Outage[]) => void;
  onCancel: () => void;
}

/**
 * One outage or service interruption: when it began and ended (times only when known), planned
 * or not, the notice given, the customers affected, and where and why.
 */
export function OutageForm({ editing, initial, onSaved, onCancel }: OutageFormProps) {
  const api = useApi();
  const text = useText();
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<OutageErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    form.current?.querySelector<HTMLElement>('input')?.focus();
  }, []);

  const set = (change: Partial<OutageDraft>) => {
    setDraft((current) => ({ ...current, ...change }));
    // A message stays until its field is changed, so it is not lost while the next is fixed.
    setErrors((current) => {
      const kept = { ...current };
      for (const key of Object.keys(change)) delete kept[key as keyof OutageDraft];
      return kept;
    });
  };

  async function save(event: FormEvent) {
    event.preventDefault();
    if (saving) return;
    const checked = checkedOutage(text, draft);
    if (!checked.ok) {
      setErrors(checked.errors);
      setProblem(text('outages.form.fixFields'));
      return;
    }
    setSaving(true);
    const result = await api['outages:save']({ id: editing?.id ?? null, outage: checked.entry });
    setSaving(false);
    if (!result.ok) {
      setErrors(errorsFrom(result.error));
      setProblem(result.error.message);
      return;
    }
    onSaved(result.value);
  }

  const optional = (label: string) => text('outages.optional', { label });
  return (
    <form
      ref={form}
      aria-label={text(editing ? 'outages.form.change' : 'outages.add')}
      onSubmit={(event) => void save(event)}
      noValidate
    >
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="md">
          <DateField
            label={text('outages.field.startDate')}
            value={draft.startDate}
            onChange={(startDate) => set({ startDate })}
            error={errors.startDate}
          />
          <TextInput
            label={optional(text('outages.field.startTime'))}
            description={text('outages.form.startTimeHint')}
            autoComplete="off"
            value={draft.startTime}
            onChange={(event) => set({ startTime: event.currentTarget.value })}
            error={errors.startTime}
          />
          <DateField
            label={optional(text('outages.field.endDate'))}
            description={text('outages.form.endDateHint')}
            value={draft.endDate}
            onChange={(endDate) => set({ endDate })}
            error={errors.endDate}
          />
          <TextInput
            label={optional(text('outages.field.endTime'))}
            description={text('outages.form.endTimeHint')}
            autoComplete="off"
            value={draft.endTime}
            onChange={(event) => set({ endTime: event.currentTarget.value })}
            error={errors.endTime}
          />
        </SimpleGrid>
        <Radio.Group
          label={text('outages.field.planned')}
          value={draft.planned}
          onChange={(value) => set({ planned: value === 'planned' ? 'planned' : 'unplanned' })}
          error={errors.planned}
        >
          <Group gap="lg" mt="xs">
            <Radio value="planned" label={text('outages.form.planned')} />
            <Radio value="unplanned" label={text('outages.form.unplanned')} />
          </Group>
        </Radio.Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="md">
          <NumberTextField
            label={optional(text('outages.field.noticeHours'))}
            description={text('outages.form.noticeHint')}
            unit={text('outages.form.noticeUnit')}
            value={draft.noticeHours}
            onChange={(event) => set({ noticeHours: event.currentTarget.value })}
            error={errors.noticeHours}
          />
          <NumberTextField
            label={optional(text('outages.field.customersAffected'))}
            description={text('outages.form.customersHint')}
            whole
            value={draft.customersAffected}
            onChange={(event) => set({ customersAffected: event.currentTarget.value })}
            error={errors.customersAffected}
          />
        </SimpleGrid>
        <Textarea
          label={optional(text('outages.field.note'))}
          description={text('outages.form.noteHint')}
          autosize
          minRows={2}
          maxRows={6}
          value={draft.note}
          onChange={(event) => set({ note: event.currentTarget.value })}
          error={errors.note}
        />
        {problem && (
          <Alert role="alert" color="red" variant="light" title={text('outages.form.notSaved')}>
            {problem}
          </Alert>
        )}
        <Group gap="md">
          <Button type="submit" loading={saving}>
            {text(editing ? 'outages.form.saveChanges' : 'outages.form.save')}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {text('outages.form.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
