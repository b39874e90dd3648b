import { Group, Paper, Stack, Text } from '@mantine/core';
import type { VoteOutcome, VoteThreshold } from '@shared/domain/approval';
import { successColor } from '../../theme';
import { meetingSize } from './meeting-size';
import { ayesNeededWords, failedOnCount, outcomeHeadline } from './outcome-words';
import { useText } from '../../i18n/use-text';

interface OutcomePanelProps {
  outcome: VoteOutcome;
  /** The rule the ayes are counted against, named beside them. */
  threshold: VoteThreshold;
  /** False until any vote is recorded, so an empty roll call is not called "no quorum". */
  anyVotes: boolean;
  large?: boolean;
}

/** Smaller on a narrow window, so "Carried 4–1." stays on one line; a long "Failed: …" smaller. */
function headlineSize(headline: string, large: boolean): string {
  const long = headline.length > 40;
  if (large) return long ? meetingSize(1.25, 3.5, 2.5) : meetingSize(1.5, 5, 3.25);
  return long ? 'clamp(1.25rem, 5vw, 1.625rem)' : 'clamp(1.5rem, 6vw, 2rem)';
}

/** The result computed from the roll call, updated as each vote is recorded. */
export function OutcomePanel(props: OutcomePanelProps) {
  const { outcome, threshold, anyVotes, large = false } = props;
  const text = useText();
  const headline = anyVotes
    ? outcomeHeadline(text, threshold, outcome)
    : text('approval.outcome.none');
  const needed = ayesNeededWords(text, threshold, outcome);
  const color = !anyVotes ? 'dark.8' : outcome.carried ? successColor : 'red.9';
  const counts = [
    { label: text('approval.vote.aye'), value: outcome.ayes },
    { label: text('approval.vote.nay'), value: outcome.nays },
    { label: text('approval.vote.abstain'), value: outcome.abstentions },
    { label: text('approval.vote.absent'), value: outcome.absent },
  ];
  return (
    <Paper
      withBorder
      p="lg"
      bg={!anyVotes ? 'gray.0' : outcome.carried ? 'green.0' : 'red.0'}
      style={{ borderWidth: 2 }}
    >
      <Stack gap={large ? 4 : 'sm'}>
        <Text fw={700} size={large ? '1.25rem' : 'md'} tt="uppercase" c="dark.6">
          {text('approval.outcome.label')}
        </Text>
        <Group gap="xl" align="baseline" style={{ rowGap: 4 }}>
          <Text
            aria-live="polite"
            fw={800}
            c={color}
            style={{ fontSize: headlineSize(headline, large), lineHeight: 1.15 }}
          >
            {headline}
          </Text>
          <Group gap={large ? 'xl' : 'lg'}>
            {counts.map((count) => (
              <Text
                key={count.label}
                style={{ fontSize: large ? meetingSize(1.25, 3, 2) : '1.375rem' }}
              >
                <strong>{count.value}</strong> {count.label}
              </Text>
            ))}
          </Group>
        </Group>
        <Text style={{ fontSize: large ? meetingSize(1, 2.2, 1.5) : undefined, lineHeight: 1.4 }}>
          {text('approval.outcome.presence', {
            present: outcome.present,
            seats: outcome.seats,
            quorum: outcome.quorumNeeded,
          })}{' '}
          {/* A motion that failed on its count already says it in the headline. */}
          {!(anyVotes && failedOnCount(outcome)) &&
            text('approval.outcome.neededSentence', { needed })}
        </Text>
      </Stack>
    </Paper>
  );
}
