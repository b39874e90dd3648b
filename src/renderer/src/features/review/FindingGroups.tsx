import { Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useId, type ReactNode } from 'react';
import type { GoalArea } from '@shared/domain/goal-areas';
import type { FloorKey, Goal } from '@shared/domain/goal';
import { applicableFloor } from '@shared/domain/review/floor-rule';
import type { Finding, FindingSeverity } from '@shared/domain/review-finding';
import { successColor } from '../../theme';
import { useSay } from '../../i18n/say';
import { useText } from '../../i18n/use-text';

interface FindingGroupsProps {
  findings: Finding[];
  goals: Goal[];
  onGoToGoal: (goal: Goal) => void;
  /** Moves to the reason field for an area with no goal. */
  onWriteReason: (area: GoalArea) => void;
  /** Moves to the board's value for a regulatory floor. */
  onChangeFloor: (floor: FloorKey) => void;
  /** The areas that have a reason field on this step. */
  reasonAreas: GoalArea[];
}

// Each group's title and hint are `review.<severity>.title` and `.hint` in the catalog.
const groups: { severity: FindingSeverity; bg: string }[] = [
  { severity: 'blocker', bg: 'red.0' },
  { severity: 'warning', bg: 'yellow.0' },
  { severity: 'note', bg: 'gray.0' },
];

/** The checklist: blockers, warnings and notes, each with what to do and a way to the goal. */
export function FindingGroups(props: FindingGroupsProps) {
  const { findings, goals, onGoToGoal, onWriteReason, onChangeFloor, reasonAreas } = props;
  const passedId = useId();
  const text = useText();
  const saying = useSay();
  const problems = findings.filter((finding) => finding.severity !== 'note').length;
  return (
    <Stack gap="lg">
      {problems === 0 && (
        <Paper component="section" aria-labelledby={passedId} withBorder p="lg" bg="green.0">
          <Title order={3} id={passedId} c={successColor}>
            <span aria-hidden="true">✓ </span>
            {text('review.passed.title')}
          </Title>
          <Text>{text('review.passed.text')}</Text>
        </Paper>
      )}
      {groups.map((group) => {
        const items = findings.filter((finding) => finding.severity === group.severity);
        if (items.length === 0) return null;
        return (
          <FindingGroup
            key={group.severity}
            title={text(`review.${group.severity}.title`)}
            hint={text(`review.${group.severity}.hint`)}
            bg={group.bg}
          >
            {items.map((finding) => {
              const goal = goals.find((candidate) => candidate.id === finding.goalId);
              const area = finding.goalId === null ? finding.area : null;
              const floor = goal && finding.rule === 'floor' ? applicableFloor(goal) : null;
              return (
                <List.Item key={finding.key}>
                  <Stack gap={6}>
                    <Text fw={600}>{saying(finding.message)}</Text>
                    <Text>
                      {/* A label, then the fix in the shared review rules' own words. */}
                      <strong>{text('review.whatToDo')}</strong> {saying(finding.fix)}
                    </Text>
                    <Group gap="sm">
                      {goal && (
                        <Button variant="light" onClick={() => onGoToGoal(goal)}>
                          {text('review.goToGoal')}
                        </Button>
                      )}
                      {floor && (
                        <Button variant="light" onClick={() => onChangeFloor(floor)}>
                          {text('review.changeFloor')}
                        </Button>
                      )}
                      {area && reasonAreas.includes(area) && (
                        <Button variant="light" onClick={() => onWriteReason(area)}>
                          {text('review.writeReason')}
                        </Button>
                      )}
                    </Group>
                  </Stack>
                </List.Item>
              );
            })}
          </FindingGroup>
        );
      })}
    </Stack>
  );
}

function FindingGroup(props: { title: string; hint: string; bg: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <Paper component="section" aria-labelledby={headingId} withBorder p="lg" bg={props.bg}>
      <Stack gap="sm">
        <div>
          <Title order={3} id={headingId}>
            {props.title}
          </Title>
          <Text c="dimmed">{props.hint}</Text>
        </div>
        <List spacing="lg" listStyleType="none" styles={{ itemWrapper: { width: '100%' } }}>
          {props.children}
        </List>
      </Stack>
    </Paper>
  );
}
