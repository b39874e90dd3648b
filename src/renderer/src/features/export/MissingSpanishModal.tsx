import { Button, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { MissingSpanish } from '@shared/domain/spanish/missing-spanish';
import { passageKey, type SpanishQuestion } from './use-export';
import { SpanishPassageForm } from './SpanishPassageForm';

const words = {
  title: 'Some passages have no Spanish yet',
  allWritten: 'Every passage has its Spanish now',
  mission: 'The mission',
  goal: (number: number) => `Goal ${number}`,
  draftIntro: (count: number) =>
    `This paper would print ${count === 1 ? 'this passage' : `these ${count} passages`} as the board wrote them, in English. Write the Spanish here and save it, or print with each one marked “(en inglés)”.`,
  approved: (revision: number) =>
    `Revision ${revision} is approved, so the text it prints cannot change: this printing marks these passages “(en inglés)”.`,
  intoDraft: (draft: number) =>
    `What you write here goes into the draft, revision ${draft}, and prints once the board approves it.`,
  frozen:
    'To write their Spanish, start a new revision: the Spanish goes into that draft and prints once the board approves it.',
  nothingLeft: 'Nothing on this paper prints in English any more.',
  printMarked: 'Print with these passages marked in English',
  print: 'Print',
  cancel: 'Cancel',
  close: 'Close without printing',
};

interface MissingSpanishModalProps {
  question: SpanishQuestion | null;
  onPrintMarked: () => void;
  onCancel: () => void;
  onWritten: (item: MissingSpanish) => void;
}

/** The passages of one goal, or the mission, under one heading. */
function groupsOf(missing: MissingSpanish[]) {
  const groups = new Map<string, { heading: string; items: MissingSpanish[] }>();
  for (const item of missing) {
    const { where } = item;
    const key = where.kind === 'goal' ? where.goalId : 'mission';
    const heading = where.kind === 'goal' ? words.goal(where.number) : words.mission;
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
  const missing = question?.missing ?? [];
  const approved =
    question !== null && (question.printed !== null || question.working.status !== 'draft');
  const draft = question?.working.status === 'draft' ? question.working.revision : null;
  const printedRevision = question?.printed ?? question?.working.revision ?? 0;
  return (
    <Modal
      opened={question !== null}
      onClose={onCancel}
      title={missing.length === 0 ? words.allWritten : words.title}
      size="xl"
      fullScreen={narrow}
      closeButtonProps={{ 'aria-label': words.close }}
      styles={{ title: { fontSize: 'var(--mantine-h3-font-size)', fontWeight: 700 } }}
    >
      <Stack gap="lg">
        {approved ? (
          <Stack gap="xs">
            <Text>{words.approved(printedRevision)}</Text>
            <Text>{draft === null ? words.frozen : words.intoDraft(draft)}</Text>
          </Stack>
        ) : (
          <Text>{missing.length === 0 ? words.nothingLeft : words.draftIntro(missing.length)}</Text>
        )}
        {groupsOf(missing).map((group) => (
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
            {words.cancel}
          </Button>
          <Button onClick={onPrintMarked}>
            {missing.length === 0 ? words.print : words.printMarked}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
