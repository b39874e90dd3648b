import { Alert, Button, Group, Radio, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { outageLabels, type Outage } from '@shared/domain/tracking/outage-records';
import { useApi } from '../../api/api-context';
import { DateField } from '../../form-kit/DateField';
import { NumberTextField } from '../../form-kit/NumberTextField';
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
    const checked = checkedOutage(draft);
    if (!checked.ok) {
      setErrors(checked.errors);
      setProblem('Nothing was saved: fix what is said under the fields.');
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

  const optional = (label: string) => `${label} (optional)`;
  return (
    <form
      ref={form}
      aria-label={editing ? 'Change this outage' : 'Add an outage'}
      onSubmit={(event) => void save(event)}
      noValidate
    >
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="md">
          <DateField
            label={outageLabels.startDate}
            value={draft.startDate}
            onChange={(startDate) => set({ startDate })}
            error={errors.startDate}
          />
          <TextInput
            label={optional(outageLabels.startTime)}
            description="Such as 2:05 PM; leave it empty if the log does not say."
            autoComplete="off"
            value={draft.startTime}
            onChange={(event) => set({ startTime: event.currentTarget.value })}
            error={errors.startTime}
          />
          <DateField
            label={optional(outageLabels.endDate)}
            description="Leave it empty while service is still out."
            value={draft.endDate}
            onChange={(endDate) => set({ endDate })}
            error={errors.endDate}
          />
          <TextInput
            label={optional(outageLabels.endTime)}
            description="Such as 6:30 PM."
            autoComplete="off"
            value={draft.endTime}
            onChange={(event) => set({ endTime: event.currentTarget.value })}
            error={errors.endTime}
          />
        </SimpleGrid>
        <Radio.Group
          label={outageLabels.planned}
          value={draft.planned}
          onChange={(value) => set({ planned: value === 'planned' ? 'planned' : 'unplanned' })}
          error={errors.planned}
        >
          <Group gap="lg" mt="xs">
            <Radio value="planned" label="Planned: customers could be told ahead" />
            <Radio value="unplanned" label="Unplanned: a break, a failure or a backup" />
          </Group>
        </Radio.Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="md">
          <NumberTextField
            label={optional(outageLabels.noticeHours)}
            description="0 when none was given; empty when the log does not say."
            unit="hours"
            value={draft.noticeHours}
            onChange={(event) => set({ noticeHours: event.currentTarget.value })}
            error={errors.noticeHours}
          />
          <NumberTextField
            label={optional(outageLabels.customersAffected)}
            description="Empty when not counted."
            whole
            value={draft.customersAffected}
            onChange={(event) => set({ customersAffected: event.currentTarget.value })}
            error={errors.customersAffected}
          />
        </SimpleGrid>
        <Textarea
          label={optional(outageLabels.note)}
          description="Such as: main break on Elm St; lift station pump failed."
          autosize
          minRows={2}
          maxRows={6}
          value={draft.note}
          onChange={(event) => set({ note: event.currentTarget.value })}
          error={errors.note}
        />
        {problem && (
          <Alert role="alert" color="red" variant="light" title="Not saved">
            {problem}
          </Alert>
        )}
        <Group gap="md">
          <Button type="submit" loading={saving}>
            {editing ? 'Save the changes' : 'Save this outage'}
          </Button>
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
