import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { observeElementRect, useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import type { FeedbackEntry } from '@shared/domain/customers/feedback-entry';
import { useScreenLanguage } from '../../i18n/use-screen-language';
import { useText } from '../../i18n/use-text';
import { entryAnswers, entrySummary } from './customer-words';

const rowEstimate = 112;
const maxListHeight = 480;

interface EntryListProps {
  /** One outreach's entries in the order they were typed. */
  entries: FeedbackEntry[];
  frozen: boolean;
  onEdit: (entry: FeedbackEntry) => void;
  onDelete: (entry: FeedbackEntry) => void;
  onUseAsEvidence: (entry: FeedbackEntry) => void;
}

/**
 * The cards typed so far, newest first, so the last one can be checked at a glance. Only the
 * rows in view are drawn: an evening's 200 cards, or years of them, scroll without a stall.
 */
export function EntryList({ entries, frozen, onEdit, onDelete, onUseAsEvidence }: EntryListProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const text = useText();
  const language = useScreenLanguage();
  const height = Math.min(maxListHeight, Math.max(entries.length, 1) * rowEstimate);
  // The library keeps its own state outside React; this component re-renders on every scroll.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: entries.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowEstimate,
    overscan: 6,
    // A list not laid out yet (jsdom in tests) measures 0 high and would draw no row: until it
    // has a size, draw the rows its fixed height holds.
    initialRect: { width: 720, height },
    observeElementRect: (instance, onRect) =>
      observeElementRect(instance, (rect) =>
        onRect(rect.height === 0 ? { width: rect.width, height } : rect),
      ),
    getItemKey: (index) => entries[entries.length - 1 - index]?.id ?? index,
  });

  if (entries.length === 0) {
    return <Text c="dimmed">{text('customers.cards.empty')}</Text>;
  }
  return (
    <div
      ref={scroller}
      role="list"
      aria-label={text('customers.cards.label')}
      style={{ height, overflowY: 'auto', contain: 'strict' }}
    >
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((row) => {
          const number = entries.length - row.index;
          const entry = entries[number - 1];
          if (!entry) return null;
          return (
            <div
              key={row.key}
              role="listitem"
              data-index={row.index}
              ref={virtualizer.measureElement}
              aria-setsize={entries.length}
              aria-posinset={row.index + 1}
              style={{
                position: 'absolute',
                top: 0,
                left: 0,
                width: '100%',
                transform: `translateY(${row.start}px)`,
              }}
            >
              <Paper withBorder p="sm" mb="xs" mr="xs">
                <Stack gap={4}>
                  <Text fw={700}>
                    {text('customers.cards.card', { number, summary: entrySummary(text, entry) })}
                  </Text>
                  <Text size="sm" c="dimmed">
                    {entryAnswers(text, language, entry)}
                  </Text>
                  <Group gap="xs">
                    <Button
                      size="compact-md"
                      variant="light"
                      aria-label={text(
                        frozen ? 'customers.cards.viewLabel' : 'customers.cards.editLabel',
                        {
                          number,
                        },
                      )}
                      onClick={() => onEdit(entry)}
                    >
                      {text(frozen ? 'customers.cards.view' : 'customers.cards.edit')}
                    </Button>
                    {!frozen && (
                      <>
                        <Button
                          size="compact-md"
                          variant="default"
                          aria-label={text('customers.cards.evidenceLabel', { number })}
                          onClick={() => onUseAsEvidence(entry)}
                        >
                          {text('customers.cards.evidence')}
                        </Button>
                        <Button
                          size="compact-md"
                          variant="outline"
                          color="red.9"
                          aria-label={text('customers.cards.deleteLabel', { number })}
                          onClick={() => onDelete(entry)}
                        >
                          {text('customers.cards.delete')}
                        </Button>
                      </>
                    )}
                  </Group>
                </Stack>
              </Paper>
            </div>
          );
        })}
      </div>
    </div>
  );
}
