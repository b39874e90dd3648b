import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { blankGoalFields, type Goal, type GoalKind } from '@shared/domain/goal';
import { goalFieldsFromTemplate, type GoalTemplate } from '@shared/domain/goal-template';
import { goalNumbers } from '@shared/domain/goal-numbers';
import type { CustomersView } from '@shared/api/customer-contract';
import { evidenceLines } from '@shared/domain/customers/evidence-lines';
import { reviewAgreement } from '@shared/domain/review/review-agreement';
import type { ReviewSettings } from '@shared/domain/review-settings';
import type { Scope } from '@shared/domain/scope';
import type { UtilityProfile } from '@shared/domain/utility';
import type { WizardStep } from '@shared/domain/wizard-steps';
import { FormSection } from '../../form-kit/FormSection';
import { StepLayout } from '../../form-kit/StepLayout';
import { useAgreement } from '../../form-kit/agreement-context';
import { goalsStepOf, stepNameIn, stepWords } from '../../form-kit/step-titles';
import { useText } from '../../i18n/use-text';
import { GoalCard } from './GoalCard';
import { GoalEditor } from './GoalEditor';
import { goalFlags } from './goal-flags';
import { goalKindIntro, goalsHelp } from './goals-help';
import { planningTeam } from './planning-team';
import { requestCustomersTab } from '../customers/customers-tab';
import { TemplateLibrary } from './TemplateLibrary';
import { useGoalList } from './use-goal-list';
import { showAddedNotice } from './show-added-notice';

export interface GoalsRecord {
  goals: Goal[];
  utility: UtilityProfile;
  scope: Scope;
  settings: ReviewSettings;
  /** Step 4's records: the review's customer-input check and each external goal's evidence. */
  customers: CustomersView;
  /** The library: each goal started from it is compared with the library goal (measure changed). */
  templates: GoalTemplate[];
}

interface GoalsFormProps {
  kind: GoalKind;
  record: GoalsRecord;
  onReload: () => void;
  focusOnShow: boolean;
  openGoalId: string | null;
  onGoTo?: (step: WizardStep, openGoal?: string | null) => void;
}

/** Steps 3 and 5: one kind's goals, with the library, the editor and the review's flags. */
export function GoalsForm(props: GoalsFormProps) {
  const { kind, record, onReload, focusOnShow, openGoalId, onGoTo } = props;
  const text = useText();
  const list = useGoalList(record.goals, kind, openGoalId);
  const { frozen } = useAgreement();
  const [libraryOpen, setLibraryOpen] = useState(false);
  // The last goal added from the library, opened for editing once the library closes.
  const [addedFromLibrary, setAddedFromLibrary] = useState<string | null>(null);
  const { utility, scope, settings, templates } = record;
  const { records, complaints } = record.customers;
  const team = useMemo(() => planningTeam(text, utility), [text, utility]);
  const findings = useMemo(
    () =>
      reviewAgreement({
        utility,
        scope,
        settings,
        goals: list.goals,
        customers: records,
        templates,
      }),
    [utility, scope, settings, list.goals, records, templates],
  );
  const flagsByGoal = new Map(
    list.mine.map((goal) => [goal.id, goalFlags(text, findings, goal.id)]),
  );
  // Each external goal's evidence reads step 4's links and cards: worded again only when those
  // records or the goals shown change, not on every save of the open goal.
  const shownIds = list.mine.map((goal) => goal.id).join(' ');
  const evidenceByGoal = useMemo(
    () =>
      kind === 'external'
        ? new Map(
            shownIds
              .split(' ')
              .filter((id) => id !== '')
              .map((id) => [id, evidenceLines(id, { records, complaints })] as const),
          )
        : null,
    [kind, shownIds, records, complaints],
  );
  // The agreement's numbers (area by area); the cards are shown in that order (useGoalList).
  const numbers = useMemo(() => goalNumbers(list.goals), [list.goals]);
  const numberOf = (goal: Goal) => numbers.get(goal.id) ?? 0;
  const gaps = [
    ...(list.mine.length === 0 ? [text(`goals.gap.none.${kind}`)] : []),
    ...list.mine.flatMap((goal) =>
      (flagsByGoal.get(goal.id) ?? [])
        .filter((flag) => flag.severity === 'blocker')
        .map((flag) => text('goals.gap.goal', { number: numberOf(goal), todo: flag.todo })),
    ),
  ];

  async function addFromTemplate(template: GoalTemplate): Promise<boolean> {
    const added = await list.add(goalFieldsFromTemplate(template), { open: false });
    if (added === null) return false;
    // A goal of the other kind goes to the other step: only one of this kind opens here.
    if (added.kind === kind) setAddedFromLibrary(added.id);
    const others = list.goals.filter((goal) => goal.id !== added.id);
    showAddedNotice(text, {
      goalId: added.id,
      number: goalNumbers([...others, added]).get(added.id) ?? 0,
      kind: added.kind,
      shownKind: kind,
      goThere: onGoTo ? () => onGoTo(goalsStepOf[added.kind], added.id) : null,
    });
    return true;
  }

  function closeLibrary() {
    setLibraryOpen(false);
    if (addedFromLibrary !== null) void list.toggle(addedFromLibrary);
  }

  return (
    <StepLayout
      step={goalsStepOf[kind]}
      intro={goalKindIntro(text, kind, utility.systemType)}
      progress={{ status: list.editorStatus, retry: list.retry, gaps }}
      onReload={onReload}
      help={goalsHelp(text, kind, utility.systemType)}
      focusOnShow={focusOnShow}
      // The goals stay open to read on a frozen revision; the cards and editor lock themselves.
      freezeFields={false}
    >
      <FormSection title={stepWords(text, goalsStepOf[kind]).title} hint={text('goals.form.hint')}>
        {kind === 'external' && (
          <Alert color="blue" variant="light" p="sm">
            <Group justify="space-between" gap="sm">
              <Text style={{ flex: 1, minWidth: 'min(16rem, 100%)' }}>
                {text('goals.form.evidenceNote', { step: stepNameIn(text, 'customers') })}
              </Text>
              {onGoTo && (
                <Button
                  variant="default"
                  onClick={() => {
                    requestCustomersTab('heard');
                    onGoTo('customers');
                  }}
                >
                  {text('goals.form.linkEvidence')}
                </Button>
              )}
            </Group>
          </Alert>
        )}
        <Group gap="sm">
          <Button
            disabled={frozen}
            onClick={() => {
              setAddedFromLibrary(null);
              setLibraryOpen(true);
            }}
          >
            {text('goals.form.addFromLibrary')}
          </Button>
          <Button
            variant="outline"
            disabled={frozen}
            data-goal-action="add-blank"
            onClick={() => void list.add(blankGoalFields(kind))}
          >
            {text('goals.form.addBlank')}
          </Button>
        </Group>
        <Text fw={600} aria-live="polite">
          {text(`goals.count.${kind}`, { count: list.mine.length })}
        </Text>
        <Stack gap="md">
          {list.shown.map(({ goal, above, below }) => {
            const editorId = `goal-editor-${goal.id}`;
            return (
              <GoalCard
                key={goal.id}
                goal={goal}
                number={numberOf(goal)}
                isFirst={above === null}
                isLast={below === null}
                flags={flagsByGoal.get(goal.id) ?? []}
                evidence={evidenceByGoal?.get(goal.id) ?? null}
                frozen={frozen}
                editorId={editorId}
                editor={
                  list.openId === goal.id ? (
                    <GoalEditor
                      id={editorId}
                      goal={goal}
                      team={team}
                      findings={findings.filter((finding) => finding.goalId === goal.id)}
                      template={templates.find((other) => other.id === goal.templateId) ?? null}
                      systemType={utility.systemType}
                      frozen={frozen}
                      onSaved={list.onSaved}
                      onProgress={list.onEditorProgress}
                      onDone={() => void list.toggle(goal.id)}
                    />
                  ) : null
                }
                onEdit={() => void list.toggle(goal.id)}
                onMove={(by) => void list.move(goal.id, by)}
                onDelete={() => void list.remove(goal.id)}
              />
            );
          })}
        </Stack>
      </FormSection>
      <TemplateLibrary
        opened={libraryOpen}
        onClose={closeLibrary}
        returnFocus={addedFromLibrary === null}
        initialFilter={{ kind, areas: scope.areas }}
        facts={{ systemType: utility.systemType, assets: scope.assets, sewer: scope.sewer }}
        usedTemplateIds={list.goals.flatMap((goal) => (goal.templateId ? [goal.templateId] : []))}
        onAdd={addFromTemplate}
      />
    </StepLayout>
  );
}
