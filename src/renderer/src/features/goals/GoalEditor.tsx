import { Alert, Button, Fieldset, Group, List, NativeSelect, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { FormattedMessage } from 'react-intl';
import type { Goal } from '@shared/domain/goal';
import type { GoalTemplate } from '@shared/domain/goal-template';
import type { SystemType } from '@shared/domain/utility';
import { fieldsLeftBehind, measureBasisOf } from '@shared/domain/review/fields-left-behind';
import { goalInputFieldsSchema } from '@shared/domain/goal-input';
import { goalAreas } from '@shared/domain/goal-areas';
import type { Finding } from '@shared/domain/review-finding';
import { StableTextarea } from '../../form-kit/stable-field';
import { useApi } from '../../api/api-context';
import { FrozenFieldset } from '../../form-kit/FrozenFieldset';
import type { SaveStatus } from '../../form-kit/autosaver';
import { loadPart } from '../../form-kit/load-part';
import { useAutosavedForm } from '../../form-kit/use-autosaved-form';
import { useSay } from '../../i18n/say';
import { useText } from '../../i18n/use-text';
import { TermsText } from '../glossary/Term';
import { successColor } from '../../theme';
import { bold } from './bold';
import { goalDraftToInput, goalFieldsOf, goalToDraft } from './goal-draft';
import { areaOptions } from './goal-words';
import {
  GoalBaselineFields,
  GoalLimitFields,
  GoalTrackingFields,
  GoalWhyFields,
} from './GoalDetailFields';
import { GoalSpanishFields } from './GoalSpanishFields';
import { GoalTargetFields } from './GoalTargetFields';
import type { TeamMember } from './planning-team';

export interface EditorProgress {
  status: SaveStatus;
  retry: () => void;
  /** Saves what is waiting now and answers where that left the goal. */
  flush: () => Promise<SaveStatus>;
}

interface GoalEditorProps {
  goal: Goal;
  id: string;
  team: TeamMember[];
  /** The review's findings about this goal, shown at the top so the fix is at hand. */
  findings: Finding[];
  /** The library goal it started from, if any: its measure came with a data source and frequency. */
  template: GoalTemplate | null;
  /** Step 1's answer: a sewer district's goals depend on lift stations, not wells or hydrants. */
  systemType: SystemType | null;
  /** An approved revision: every field is read-only. */
  frozen: boolean;
  /** Must not depend on render-time values: the autosaver keeps the first one it gets. */
  onSaved: (goal: Goal) => void;
  onProgress: (progress: EditorProgress) => void;
  /** Asks to close; the list saves what is waiting first and keeps the editor open if it cannot. */
  onDone: () => void;
}

const legendStyles = { legend: { fontWeight: 700, fontSize: 'var(--mantine-font-size-lg)' } };

/** One goal's fields, saved as they are typed, like every wizard step. */
export function GoalEditor(props: GoalEditorProps) {
  const { goal, id, team, findings, template, frozen, onSaved, onProgress, onDone } = props;
  const api = useApi();
  const text = useText();
  const saying = useSay();
  const { form, progress, saver } = useAutosavedForm({
    initial: { rev: goal.rev, value: goalFieldsOf(goal) },
    schema: goalInputFieldsSchema,
    toDraft: goalToDraft,
    toInput: goalDraftToInput,
    save: async (record) => {
      const result = await api['goals:update']({
        id: goal.id,
        rev: record.rev,
        fields: record.value,
      });
      if (!result.ok) return result;
      return { ok: true, value: { rev: result.value.rev, value: goalFieldsOf(result.value) } };
    },
    load: () =>
      loadPart(api['goals:list'](), (goals) => {
        const stored = goals.find((other) => other.id === goal.id);
        return stored && { rev: stored.rev, value: goalFieldsOf(stored) };
      }),
    onSaved: (record) => onSaved({ ...record.value, id: goal.id, rev: record.rev }),
    gaps: () => [],
  });
  const { status, retry } = progress;
  // What the tracking fields were chosen for: the library goal's measure, or for a goal written
  // by hand, its measure when the editor opened (nothing stored says more).
  const [sessionBasis, setSessionBasis] = useState(() => measureBasisOf(goal));
  const library = form.values.templateId === null ? null : template;
  const leftBehind = frozen ? [] : fieldsLeftBehind(form.values, library ?? sessionBasis);
  const stillRight = () => {
    // Unlinked from the library goal: the board has made the measure its own.
    if (library !== null) form.setFieldValue('templateId', null);
    setSessionBasis(measureBasisOf(form.values));
  };
  // The tracking fields show this one themselves, as it is typed.
  const shownFindings = findings.filter((finding) => finding.rule !== 'measure-changed');

  useEffect(() => {
    onProgress({ status, retry, flush: () => saver.flush().then(saver.getStatus) });
    // The callbacks are recreated each render; the status is what the step needs to follow.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [status]);

  return (
    <Stack id={id} gap="lg" mt="md">
      {shownFindings.length > 0 && (
        <Alert
          color="yellow"
          variant="light"
          title={text('goalEditor.findings.title')}
          // The yellow title colour is too pale on its background for older eyes.
          styles={{ title: { color: 'var(--mantine-color-dark-8)' } }}
        >
          <List spacing="xs">
            {shownFindings.map((finding) => (
              <List.Item key={finding.key}>
                <FormattedMessage
                  id="goalEditor.findings.item"
                  values={{ b: bold, message: saying(finding.message), fix: saying(finding.fix) }}
                />
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      <FrozenFieldset frozen={frozen}>
        <Stack gap="lg">
          <Fieldset legend={text('goalEditor.legend.goal')} styles={legendStyles}>
            <Stack gap="md">
              <StableTextarea
                label={text('goalEditor.label.statement')}
                description={text('goalEditor.statement.hint')}
                autosize
                minRows={2}
                autoFocus
                {...form.getInputProps('statement')}
              />
              <NativeSelect
                label={text('goalEditor.label.area')}
                description={text(
                  form.values.area === null ? 'goalEditor.area.notChosen' : 'goalEditor.area.hint',
                )}
                data={[{ value: '', label: text('goalEditor.area.choose') }, ...areaOptions(text)]}
                value={form.values.area ?? ''}
                onChange={(event) =>
                  form.setFieldValue(
                    'area',
                    goalAreas.find((value) => value === event.currentTarget.value) ?? null,
                  )
                }
              />
            </Stack>
          </Fieldset>
          <Fieldset legend={<TermsText id="goalEditor.legend.target" />} styles={legendStyles}>
            <GoalTargetFields form={form} />
          </Fieldset>
          <Fieldset legend={text('goalEditor.legend.spanish')} styles={legendStyles}>
            <GoalSpanishFields form={form} frozen={frozen} />
          </Fieldset>
          <Fieldset legend={<TermsText id="goalEditor.legend.baseline" />} styles={legendStyles}>
            <GoalBaselineFields form={form} />
          </Fieldset>
          <Fieldset legend={text('goalEditor.legend.tracking')} styles={legendStyles}>
            <GoalTrackingFields
              form={form}
              leftBehind={leftBehind}
              oldMeasure={(library ?? sessionBasis).measure}
              fromLibrary={library !== null}
              onStillRight={stillRight}
            />
          </Fieldset>
          <Fieldset legend={text('goalEditor.legend.why')} styles={legendStyles}>
            <GoalWhyFields form={form} team={team} />
          </Fieldset>
          <Fieldset legend={text('goalEditor.legend.limits')} styles={legendStyles}>
            <GoalLimitFields form={form} systemType={props.systemType} />
          </Fieldset>
        </Stack>
      </FrozenFieldset>
      <Group justify="space-between">
        <Text c={status.kind === 'saved' ? successColor : 'gray.7'} fw={600}>
          {text(
            frozen
              ? 'goalEditor.status.frozen'
              : status.kind === 'saved'
                ? 'goalEditor.status.saved'
                : status.kind === 'saving'
                  ? 'goalEditor.status.saving'
                  : 'goalEditor.status.notSaved',
          )}
        </Text>
        <Button size="lg" onClick={onDone}>
          {text(frozen ? 'goalEditor.closeFrozen' : 'goalEditor.done')}
        </Button>
      </Group>
    </Stack>
  );
}
