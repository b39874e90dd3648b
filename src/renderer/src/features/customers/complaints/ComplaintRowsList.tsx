import { Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { observeElementRect, useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { ComplaintRow } from '@shared/domain/customers/complaint-log';
import { feedbackTopics, type FeedbackTopic } from '@shared/domain/customers/feedback-entry';
import { topicApplies } from '@shared/domain/customers/topic-applies';
import { formatNumber } from '@shared/domain/numbers/number-text';
import type { SystemType } from '@shared/domain/utility';
import { useScreenLanguage } from '../../../i18n/use-screen-language';
import { useText } from '../../../i18n/use-text';
import { ComplaintRowItem, complaintRowClasses as classes } from './ComplaintRowItem';

/** Fixed, so the virtualizer never measures: 50,000 rows scroll without layout work. */
const rowHeight = 60;
const maxListHeight = 480;
const allTopics = 'all';
const estimateSize = () => rowHeight;

interface ComplaintRowsListProps {
  rows: ComplaintRow[];
  systemType: SystemType | null;
  onSetTopic: (key: string, topic: FeedbackTopic) => Promise<void>;
}

/** Every imported complaint, filtered by topic; only the rows in view are drawn. */
export function ComplaintRowsList(props: ComplaintRowsListProps) {
  const { rows, systemType, onSetTopic } = props;
  const text = useText();
  const language = useScreenLanguage();
  // formatNumber keeps one formatter per language: toLocaleString would build one per call.
  const number = (value: number) => formatNumber(value, language);
  // Only the topics the agreement covers are offered: a sewer district's log has no outages.
  const topics = useMemo(
    () => feedbackTopics.filter((topic) => topicApplies(topic, systemType)),
    [systemType],
  );
  const [chosenFilter, setFilter] = useState<string>(allTopics);
  // Rows whose topic was changed under the current filter: they stay in view, with their new
  // topic, until another filter is chosen, so the rows below do not slide up under the pointer
  // while the user works down the list.
  const [moved, setMoved] = useState<ReadonlySet<string>>(new Set());
  const counts = useMemo(() => {
    const byTopic = new Map<FeedbackTopic, number>();
    for (const row of rows) byTopic.set(row.topic, (byTopic.get(row.topic) ?? 0) + 1);
    return byTopic;
  }, [rows]);
  const filtered = useMemo(
    () =>
      chosenFilter === allTopics
        ? []
        : rows.filter((row) => row.topic === chosenFilter || moved.has(row.key)),
    [rows, chosenFilter, moved],
  );
  // A topic with no row left in view (its import was removed) is no longer offered.
  const filter = chosenFilter !== allTopics && filtered.length > 0 ? chosenFilter : allTopics;
  const shown = filter === allTopics ? rows : filtered;
  const setTopic = useCallback(
    (key: string, topic: FeedbackTopic) => {
      if (filter !== allTopics) setMoved((current) => new Set(current).add(key));
      return onSetTopic(key, topic);
    },
    [filter, onSetTopic],
  );
  const scrollRef = useRef<HTMLDivElement>(null);
  // Stable between renders: a new function makes the virtualizer lay out all 50,000 rows again
  // on every scroll frame.
  const getItemKey = useCallback((index: number) => shown[index]?.key ?? index, [shown]);
  const height = Math.min(maxListHeight, Math.max(shown.length, 1) * rowHeight);
  // The library keeps its own state outside React; this component re-renders on every scroll.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scrollRef.current,
    estimateSize,
    overscan: 8,
    // A list not laid out yet (a hidden tab; jsdom in tests) measures 0 high and would draw no
    // row: until it has a size, draw the rows its fixed height holds.
    initialRect: { width: 720, height },
    observeElementRect: (instance, onRect) =>
      observeElementRect(instance, (rect) =>
        onRect(rect.height === 0 ? { width: rect.width, height } : rect),
      ),
    getItemKey,
  });

  const filterOptions = useMemo(
    () => [
      {
        value: allTopics,
        label: text('complaints.rows.all', { count: formatNumber(rows.length, language) }),
      },
      ...feedbackTopics
        .filter((topic) => counts.has(topic) || topic === filter)
        .map((topic) => ({
          value: topic,
          label: text('complaints.rows.topicCount', {
            topic: text(`evidence.topic.${topic}`),
            count: formatNumber(counts.get(topic) ?? 0, language),
          }),
        })),
    ],
    [rows.length, counts, filter, text, language],
  );

  return (
    <Stack gap="xs">
      <Group justify="space-between" align="flex-end" gap="sm">
        <Title order={4}>{text('complaints.rows.title')}</Title>
        <NativeSelect
          label={text('complaints.rows.show')}
          data={filterOptions}
          value={filter}
          onChange={(event) => {
            setFilter(event.currentTarget.value);
            setMoved(new Set());
            virtualizer.scrollToOffset(0);
          }}
          w={240}
        />
      </Group>
      <Text size="sm" c="dimmed" role="status">
        {text('complaints.rows.showing', {
          shown: number(shown.length),
          total: number(rows.length),
        })}
      </Text>
      <div aria-hidden className={`${classes.grid} ${classes.heading}`}>
        <span>{text('complaints.rows.received')}</span>
        <span>{text('complaints.rows.complaint')}</span>
        <span>{text('complaints.rows.topic')}</span>
      </div>
      <div
        ref={scrollRef}
        tabIndex={0}
        role="region"
        aria-label={text('complaints.rows.region')}
        className={classes.scroller}
        style={{ height }}
      >
        <div
          role="list"
          aria-label={text('complaints.rows.list')}
          style={{ height: virtualizer.getTotalSize(), position: 'relative', width: '100%' }}
        >
          {virtualizer.getVirtualItems().map((item) => {
            const row = shown[item.index];
            if (!row) return null;
            return (
              <ComplaintRowItem
                key={item.key}
                row={row}
                topics={topics}
                position={item.index + 1}
                setSize={shown.length}
                onSetTopic={setTopic}
                start={item.start}
                height={rowHeight}
              />
            );
          })}
        </div>
      </div>
    </Stack>
  );
}
