import { Button, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { MissingSpanish } from '@shared/domain/spanish/missing-spanish';
import { useText, type Text as Say } from '../../i18n/use-text';
import { passageKey, type SpanishQuestion } from './use-export';
import { SpanishPassageForm } from './SpanishPassageForm';

interface MissingSpanishModalProps {
  question: SpanishQuestion | null;
  onPrintMarked: () => void;
  onCancel: () => void;
  onWritten: (item: MissingSpanish) => void;
}

/** The passages of one goal, or the mission, under one heading. */
function groupsOf(text: Say, missing: MissingSpanish[]) {
  const groups = new Map<string, { heading: string; items: MissingSpanish[] }>();
  for (const item of missing) {
    const { where } = item;
    const key = where.kind === 'goal' ? where.goalId : 'mission';
    const heading =
      where.kind === 'goal'
        ? text('export.spanish.goal', { number: where.number })
        : text('export.spanish.mission');
    const group = groups.get(key) ?? { heading, items: [] };
    group.items.push(item);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/**
 * Asked before a Spanish paper prints: what it would print in English, with a place to write the
 * Spanish there and then (into the draft), or the choice to print those passages marked as English.
 */
export function MissingSpanishModal(props: MissingSpanishModalProps) {
  const { question, onPrintMarked, onCancel, onWritten } = props;
  // On a phone-sized window the list takes the whole window, so more of it shows at once.
  const narrow = useMediaQuery('(max-width: 40em)');
  const text = useText();
  const missing = question?.missing ?? [];
  const approved =
    question !== null && (question.printed !== null || question.working.status !== 'draft');
  const draft = question?.working.status === 'draft' ? question.working.revision : null;
  const printedRevision = question?.printed ?? question?.working.revision ?? 0;
  return (
    <Modal
      opened={question !== null}
      onClose={onCancel}
      title={text(missing.length === 0 ? 'export.spanish.allWritten' : 'export.spanish.title')}
      size="xl"
      fullScreen={narrow}
      closeButtonProps={{ 'aria-label': text('export.spanish.close') }}
      styles={{ title: { fontSize: 'var(--mantine-h3-font-size)', fontWeight: 700 } }}
    >
      <Stack gap="lg">
        {approved ? (
          <Stack gap="xs">
            <Text>{text('export.spanish.approved', { revision: printedRevision })}</Text>
            <Text>
              {draft === null
                ? text('export.spanish.frozen')
                : text('export.spanish.intoDraft', { draft })}
            </Text>
          </Stack>
        ) : (
          <Text>
            {missing.length === 0
              ? text('export.spanish.nothingLeft')
              : text('export.spanish.draftIntro', { count: missing.length })}
          </Text>
        )}
        {groupsOf(text, missing).map((group) => (
          <Stack key={group.heading} gap="sm">
            <Title order={4}>{group.heading}</Title>
            {group.items.map((item) => (
              <SpanishPassageForm
                key={passageKey(item)}
                item={item}
                draft={draft}
                keepsListed={approved}
                onWritten={onWritten}
              />
            ))}
          </Stack>
        ))}
        {/* Kept in sight at the bottom of a long list. */}
        <Group
          justify="flex-end"
          gap="sm"
          py="sm"
          style={{
            position: 'sticky',
            bottom: 0,
            background: 'var(--mantine-color-body)',
            borderTop: '1px solid var(--mantine-color-default-border)',
          }}
        >
          <Button variant="default" onClick={onCancel}>
            {text('export.spanish.cancel')}
          </Button>
          <Button onClick={onPrintMarked}>
            {text(missing.length === 0 ? 'export.spanish.print' : 'export.spanish.printMarked')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
