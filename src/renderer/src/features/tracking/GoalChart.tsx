import { LineChart } from '@mantine/charts';
import '@mantine/charts/styles.css';
import { Group, Paper, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useId } from 'react';
import type { TrackedGoal } from '@shared/api/tracking-contract';
import { amountWithUnit } from '@shared/domain/numbers/unit-words';
import { allResults, chartWords, chartedAtMost, type ChartPoint } from './goal-chart-points';
import { keptWords, useWords, type Words } from './tracking-words';

interface GoalChartProps {
  goal: TrackedGoal;
}

/** The target as a dashed line with its words, so it reads without colour. */
function targetLines({ text, language }: Words, goal: TrackedGoal) {
  const targets = [goal.target, goal.direction === 'range' ? goal.targetHigh : null];
  return targets.flatMap((target) =>
    target === null
      ? []
      : [
          {
            y: target,
            label: text('tracking.chart.target', {
              amount: amountWithUnit(target, goal.unit, language),
            }),
            color: 'gray.8',
            strokeDasharray: '6 4',
            strokeWidth: 2,
            labelPosition: 'insideTopRight' as const,
          },
        ],
  );
}

/** A yes-or-no goal: a mark per result, kept or missed, rather than a line between 1 and 0. */
function Marks({ points }: { points: readonly ChartPoint[] }) {
  return (
    <Group gap="sm" aria-hidden>
      {points.map((point, index) => (
        <Stack key={`${point.period}-${index}`} gap={0} align="center" miw={44}>
          <Text fw={700} fz="lg" c={point.meets ? 'green.9' : 'red.9'}>
            {point.meets ? '✓' : '✗'}
          </Text>
          <Text size="xs">{point.label}</Text>
        </Stack>
      ))}
    </Group>
  );
}

/**
 * A goal's results over time against its target, drawn for the eye and given to screen readers
 * as words and a table (the drawing is hidden from them). Loaded only when opened, with the
 * charts' code and styles.
 */
export function GoalChart({ goal }: GoalChartProps) {
  const headingId = useId();
  const words = useWords();
  const { text } = words;
  const every = allResults(words, goal);
  const points = every.slice(-chartedAtMost);
  const shown =
    every.length > points.length
      ? ` ${text('tracking.chart.shown', { shown: points.length, all: every.length })}`
      : '';
  const yesNo = goal.direction === 'yes-no';
  const targets = targetLines(words, goal);
  const values = [...points.map((point) => point.value), ...targets.map((line) => line.y)];
  return (
    <Paper component="figure" withBorder p="sm" m={0} aria-labelledby={headingId}>
      <Text component="figcaption" id={headingId} fw={600} mb="xs">
        {text('tracking.chart.title', { number: goal.number })}
      </Text>
      {yesNo ? (
        <>
          <Marks points={points} />
          <Text size="sm" c="dimmed" mt={4} aria-hidden>
            {text('tracking.chart.legend')}
          </Text>
        </>
      ) : (
        <div aria-hidden>
          <LineChart
            h={220}
            data={points.map((point) => ({ label: point.label, value: point.value }))}
            dataKey="label"
            series={[
              { name: 'value', label: goal.unit || text('tracking.field.result'), color: 'blue.8' },
            ]}
            referenceLines={targets}
            withTooltip={false}
            withDots
            dotProps={{ r: 4, strokeWidth: 2 }}
            curveType="linear"
            accessibilityLayer={false}
            textColor="gray.8"
            yAxisProps={{ domain: [Math.min(0, ...values), 'auto'], width: 48 }}
            yAxisLabel={goal.unit}
            // Room for the first and last dots; solid grid lines, so only the target is dashed.
            xAxisProps={{ padding: { left: 16, right: 16 } }}
            strokeDasharray="0"
          />
        </div>
      )}
      <Text mt="xs">
        {chartWords(words, goal, every)}
        {shown}
      </Text>
      <VisuallyHidden>
        <Table aria-label={text('tracking.chart.table', { number: goal.number })}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{text('tracking.field.period')}</Table.Th>
              <Table.Th>{text('tracking.field.result')}</Table.Th>
              <Table.Th>{text('tracking.field.target')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {points.map((point, index) => (
              <Table.Tr key={`${point.period}-${index}`}>
                <Table.Td>{point.label}</Table.Td>
                <Table.Td>{point.words}</Table.Td>
                <Table.Td>{keptWords(words, point.meets)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </VisuallyHidden>
    </Paper>
  );
}
