import { Stack, Table, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { tallyCardAnswers } from '@shared/domain/customers/card-answer-tally';
import { cardLists } from '@shared/domain/customers/card-questions';
import type { FeedbackEntry } from '@shared/domain/customers/feedback-entry';
import type { FeedbackTally } from '@shared/domain/customers/feedback-summary';
import type { SystemType } from '@shared/domain/utility';
import { aspectWords, cardChoiceWords, cardQuestionWords } from '@shared/pdf/card-choice-words';
import { useScreenLanguage } from '../../i18n/use-screen-language';
import { useText } from '../../i18n/use-text';
import type { CardLine } from './card-entry-options';
import { shareText } from '@shared/domain/numbers/share-text';
import { responseWords } from '@shared/domain/customers/response-words';

interface CardAnswersSectionProps {
  entries: FeedbackEntry[];
  tally: FeedbackTally;
  systemType: SystemType | null;
  importance: readonly CardLine[];
}

/** One question's figures as a small table captioned with the card's own words. */
function FiguresTable(props: { caption: string; head: string[]; rows: (string | number)[][] }) {
  return (
    <Table captionSide="top" striped withTableBorder fz="sm">
      <Table.Caption style={{ textAlign: 'start', fontWeight: 700 }}>{props.caption}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          {props.head.map((cell) => (
            <Table.Th key={cell}>{cell}</Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {props.rows.map((row) => (
          <Table.Tr key={String(row[0])}>
            {row.map((cell, index) => (
              <Table.Td key={index}>{cell}</Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/**
 * The answers to every grid and check-box question of the card, as figures, with how many were
 * reached and answered by each way of asking and how far so few answers can be trusted.
 */
export function CardAnswersSection({
  entries,
  tally,
  systemType,
  importance,
}: CardAnswersSectionProps) {
  const text = useText();
  const language = useScreenLanguage();
  const figures = useMemo(
    () =>
      tallyCardAnswers(
        entries,
        cardLists(systemType),
        importance.map((line) => line.key),
      ),
    [entries, systemType, importance],
  );
  const words = cardChoiceWords[language];
  const asks = cardQuestionWords(systemType, language);
  const share = (part: number, whole: number) => shareText(part, whole, language);
  const labelOf = new Map(importance.map((line) => [line.key, line.label]));

  return (
    <Stack gap="lg">
      <Title order={4}>{text('customers.answers.title')}</Title>
      <Stack gap={4}>
        {responseWords(text, language, tally).map((line) => (
          <Text key={line}>{line}</Text>
        ))}
      </Stack>
      <FiguresTable
        caption={asks.aspects}
        head={[
          text('cardTally.aspect'),
          text('cardTally.rated'),
          text('cardTally.satisfied'),
          text('cardTally.dontKnow'),
        ]}
        rows={figures.aspects.map((row) => [
          aspectWords(row.aspect, systemType, language),
          row.rated,
          row.rated === 0 ? '—' : `${row.satisfied} (${share(row.satisfied, row.rated)})`,
          row.dontKnow,
        ])}
      />
      <FiguresTable
        caption={`${asks.problems} ${text('cardTally.marked', { cards: figures.problems.cards })}`}
        head={[text('cardTally.problem'), text('cardTally.cards')]}
        rows={figures.problems.counts.map(({ choice, count }) => [
          words.problems[choice],
          `${count} (${share(count, figures.problems.cards)})`,
        ])}
      />
      <FiguresTable
        caption={asks.priorities}
        head={[text('cardTally.priority'), text('cardTally.first'), text('cardTally.meanRank')]}
        rows={figures.priorities.map((row) => [
          words.priorities[row.priority],
          row.first,
          row.meanRank === null
            ? '—'
            : row.meanRank.toLocaleString(language, { maximumFractionDigits: 1 }),
        ])}
      />
      <FiguresTable
        caption={`${asks.contact} ${text('cardTally.marked', { cards: figures.contact.cards })}`}
        head={[text('cardTally.way'), text('cardTally.cards')]}
        rows={figures.contact.counts.map(({ choice, count }) => [
          words.contact[choice],
          `${count} (${share(count, figures.contact.cards)})`,
        ])}
      />
      {figures.importance.length > 0 && (
        <FiguresTable
          caption={asks.goals}
          head={[
            text('cardTally.goal'),
            words.importance.very,
            words.importance.somewhat,
            words.importance.not,
          ]}
          rows={figures.importance.map((row) => [
            labelOf.get(row.key) ?? row.key,
            row.counts.very,
            row.counts.somewhat,
            row.counts.not,
          ])}
        />
      )}
    </Stack>
  );
}
