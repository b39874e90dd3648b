import { Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useId, type ReactNode } from 'react';
import type { GoalArea } from '@shared/domain/goal-areas';
import type { FloorKey, Goal } from '@shared/domain/goal';
import { applicableFloor } from '@shared/domain/review/floor-rule';
import type { Finding, FindingSeverity } from '@shared/domain/review-finding';
import { successColor } from '../../theme';

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

const groups: { severity: FindingSeverity; title: string; hint: string; bg: string }[] = [
  {
    severity: 'blocker',
    title: 'Must fix before approval',
    hint: 'The board cannot approve the agreement until these are fixed.',
    bg: 'red.0',
  },
  {
    severity: 'warning',
    title: 'Worth a look',
    hint: 'Advice from the guidance. Fix them, or the board may accept them as they are.',
    bg: 'yellow.0',
  },
  {
    severity: 'note',
    title: 'Notes',
    hint: 'For the board to know; nothing to fix.',
    bg: 'gray.0',
  },
];

/** The checklist: blockers, warnings and notes, each with what to do and a way to the goal. */
export function FindingGroups(props: FindingGroupsProps) {
  const { findings, goals, onGoToGoal, onWriteReason, onChangeFloor, reasonAreas } = props;
  const passedId = useId();
  const problems = findings.filter((finding) => finding.severity !== 'note').length;
  return (
    <Stack gap="lg">
      {problems === 0 && (
        <Paper component="section" aria-labelledby={passedId} withBorder p="lg" bg="green.0">
          <Title order={3} id={passedId} c={successColor}>
            <span aria-hidden="true">✓ </span>
            Everything passes
          </Title>
          <Text>
            Nothing must be fixed and nothing needs a second look. The goals are ready for the
            board.
          </Text>
        </Paper>
      )}
      {groups.map((group) => {
        const items = findings.filter((finding) => finding.severity === group.severity);
        if (items.length === 0) return null;
        return (
          <FindingGroup key={group.severity} title={group.title} hint={group.hint} bg={group.bg}>
            {items.map((finding) => {
              const goal = goals.find((candidate) => candidate.id === finding.goalId);
              const area = finding.goalId === null ? finding.area : null;
              const floor = goal && finding.rule === 'floor' ? applicableFloor(goal) : null;
              return (
                <List.Item key={finding.key}>
                  <Stack gap={6}>
                    <Text fw={600}>{finding.message}</Text>
                    <Text>
                      <strong>What to do:</strong> {finding.fix}
                    </Text>
                    <Group gap="sm">
                      {goal && (
                        <Button variant="light" onClick={() => onGoToGoal(goal)}>
                          Go to this goal
                        </Button>
                      )}
                      {floor && (
                        <Button variant="light" onClick={() => onChangeFloor(floor)}>
                          Change the floor
                        </Button>
                      )}
                      {area && reasonAreas.includes(area) && (
                        <Button variant="light" onClick={() => onWriteReason(area)}>
                          Write the reason
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
