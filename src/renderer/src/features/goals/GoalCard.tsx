import { Badge, Button, Group, Paper, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useId, type ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import type { Goal } from '@shared/domain/goal';
import type { Said } from '@shared/i18n/said';
import { targetInWords } from '@shared/pdf/target-words';
import { EvidenceLines } from '../../form-kit/EvidenceLines';
import { stableField } from '../../form-kit/stable-field';
import { bold } from './bold';
import { severityColors, type GoalFlag } from './goal-flags';
import { useScreenLanguage } from '../../i18n/use-screen-language';
import { useText } from '../../i18n/use-text';
import { areaTitle, describeBaseline, kindLabel } from './goal-words';

interface GoalCardProps {
  goal: Goal;
  /** Its number in the agreement (goal-numbers.ts), the same on every screen and in the PDF. */
  number: number;
  /** First or last of its area: Move up or Move down would not change its number. */
  isFirst: boolean;
  isLast: boolean;
  flags: GoalFlag[];
  /** An external goal's linked customer feedback in words; null for an internal goal. */
  evidence: Said[] | null;
  /** An approved revision: the goal can be read ("View") but not moved or deleted. */
  frozen: boolean;
  /** The editor, when this goal is open. */
  editor: ReactNode;
  editorId: string;
  onEdit: () => void;
  onMove: (by: -1 | 1) => void;
  onDelete: () => void;
}

/** The data attribute the list uses to put focus back on a card's button after a change. */
export function goalActionSelector(goalId: string, action: 'edit' | 'up' | 'down'): string {
  return `[data-goal-action="${goalId}:${action}"]`;
}

/**
 * One goal in the list: what it promises, the review's flags, and its buttons. Drawn again
 * only when something it shows changes: a save of the open goal redraws the list, and with
 * 30 goals redrawing every card would be felt between keystrokes.
 */
export const GoalCard = stableField(GoalCardView, sameCard);

function sameCard(before: GoalCardProps, after: GoalCardProps): boolean {
  return (
    before.goal === after.goal &&
    before.number === after.number &&
    before.isFirst === after.isFirst &&
    before.isLast === after.isLast &&
    before.frozen === after.frozen &&
    before.editor === after.editor &&
    before.editorId === after.editorId &&
    sameList(
      before.flags,
      after.flags,
      (a, b) => a.key === b.key && a.label === b.label && a.severity === b.severity,
    ) &&
    sameList(before.evidence ?? [], after.evidence ?? [], (a, b) => a === b) &&
    (before.evidence === null) === (after.evidence === null)
  );
}

function sameList<T>(before: T[], after: T[], same: (a: T, b: T) => boolean): boolean {
  return before.length === after.length && before.every((item, index) => same(item, after[index]!));
}

function GoalCardView(props: GoalCardProps) {
  const { goal, number, isFirst, isLast, flags, evidence, frozen, editor, editorId } = props;
  const { onEdit, onMove, onDelete } = props;
  const text = useText();
  const language = useScreenLanguage();
  const headingId = useId();
  const open = editor !== null;
  const statement = goal.statement.trim() === '' ? text('goals.card.noWording') : goal.statement;
  return (
    <Paper
      component="article"
      aria-labelledby={headingId}
      withBorder
      p="lg"
      style={{
        borderWidth: open ? 2 : 1,
        borderColor: open ? 'var(--mantine-color-blue-8)' : undefined,
      }}
    >
      <Stack gap="sm">
        <div>
          <Text fw={700} c="blue.8" size="sm" tt="uppercase">
            {text('goals.card.heading', {
              number,
              area: goal.area === null ? text('goals.card.noArea') : areaTitle(text, goal.area),
              kind: kindLabel(text, goal.kind),
              stretch: goal.stretch ? 'yes' : 'no',
            })}
          </Text>
          <Title order={4} id={headingId} fz="lg">
            <VisuallyHidden>{text('goals.card.number', { number })}</VisuallyHidden> {statement}
          </Title>
        </div>
        {flags.length > 0 && (
          <Group gap="xs" aria-label={text('goals.card.flags')} role="list">
            {flags.map((flag) => (
              <Badge
                key={flag.key}
                role="listitem"
                color={severityColors[flag.severity]}
                variant={flag.severity === 'blocker' ? 'filled' : 'light'}
                size="xl"
                tt="none"
                c={flag.severity === 'blocker' ? undefined : 'dark.8'}
              >
                {flag.label}
              </Badge>
            ))}
          </Group>
        )}
        <Text>
          <FormattedMessage
            id="goals.card.target"
            values={{ b: bold, target: targetInWords(goal, language) }}
          />
          {goal.measure.trim() !== '' && <> · {goal.measure}</>}
        </Text>
        <Text>
          <FormattedMessage
            id="goals.card.today"
            values={{ b: bold, baseline: describeBaseline(text, language, goal) }}
          />
        </Text>
        {evidence && <EvidenceLines lines={evidence} />}
        <Group gap="sm">
          <Button
            variant={open ? 'filled' : 'light'}
            aria-expanded={open}
            aria-controls={open ? editorId : undefined}
            data-goal-action={`${goal.id}:edit`}
            onClick={onEdit}
          >
            {text(open ? 'goals.card.close' : frozen ? 'goals.card.view' : 'goals.card.edit')}
          </Button>
          {!frozen && (
            <>
              <Button
                variant="default"
                disabled={isFirst}
                data-goal-action={`${goal.id}:up`}
                onClick={() => onMove(-1)}
              >
                {text('goals.card.moveUp')}
              </Button>
              <Button
                variant="default"
                disabled={isLast}
                data-goal-action={`${goal.id}:down`}
                onClick={() => onMove(1)}
              >
                {text('goals.card.moveDown')}
              </Button>
              <Button variant="outline" color="red.9" onClick={onDelete}>
                {text('goals.card.delete')}
              </Button>
            </>
          )}
        </Group>
        {editor}
      </Stack>
    </Paper>
  );
}
