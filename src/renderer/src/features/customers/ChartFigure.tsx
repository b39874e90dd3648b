import { BarChart } from '@mantine/charts';
import '@mantine/charts/styles.css';
import { List, Paper, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useText } from '../../i18n/use-text';

interface ChartFigureProps {
  title: string;
  /** The figures in words: read by everyone, and all a screen reader needs. */
  words: string[];
  data: { label: string; count: number }[];
  /** Long labels (topics, methods) read better as bars across. */
  across?: boolean;
  color?: string;
}

/** One chart with its figures in words beneath; the drawing itself is hidden from screen readers. */
export function ChartFigure({
  title,
  words,
  data,
  across = false,
  color = 'blue.7',
}: ChartFigureProps) {
  const headingId = useId();
  const text = useText();
  const empty = data.every((row) => row.count === 0);
  return (
    <Paper component="figure" withBorder p="md" m={0} aria-labelledby={headingId}>
      <Title order={4} id={headingId} mb="sm">
        {title}
      </Title>
      {!empty && (
        <div aria-hidden>
          <BarChart
            h={across ? Math.max(120, data.length * 36 + 40) : 200}
            data={data}
            dataKey="label"
            series={[{ name: 'count', label: text('customers.chart.count'), color }]}
            orientation={across ? 'vertical' : 'horizontal'}
            withTooltip={false}
            withBarValueLabel
            accessibilityLayer={false}
            gridAxis={across ? 'x' : 'y'}
            yAxisProps={across ? { width: 130 } : { allowDecimals: false }}
            xAxisProps={across ? { allowDecimals: false } : undefined}
            textColor="gray.8"
          />
        </div>
      )}
      <Stack component="figcaption" gap={4} mt="sm">
        <Text fw={600} size="sm">
          {text('customers.chart.inWords')}
        </Text>
        {words.length === 1 ? (
          <Text>{words[0]}</Text>
        ) : (
          <List spacing={2}>
            {words.map((line) => (
              <List.Item key={line}>{line}</List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Paper>
  );
}
