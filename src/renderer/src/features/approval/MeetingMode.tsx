import { Box, Button, Modal, Stack } from '@mantine/core';
import type { MemberVote, VoteOutcome, VoteThreshold } from '@shared/domain/approval';
import type { BoardMember } from '@shared/domain/utility';
import { FrozenFieldset } from '../../form-kit/FrozenFieldset';
import { meetingSize } from './meeting-size';
import { OutcomePanel } from './OutcomePanel';
import { VoteTable } from './VoteTable';
import { useText } from '../../i18n/use-text';

interface MeetingModeProps {
  opened: boolean;
  onClose: () => void;
  revision: number;
  board: BoardMember[];
  votes: MemberVote[];
  onVotesChange: (votes: MemberVote[]) => void;
  outcome: VoteOutcome;
  threshold: VoteThreshold;
  frozen: boolean;
}

/**
 * The roll call and its outcome filling the screen in very large text, for the board to follow
 * on the laptop or a projector while the secretary records each vote.
 */
export function MeetingMode(props: MeetingModeProps) {
  const { opened, onClose, revision, board, votes, onVotesChange, outcome, threshold, frozen } =
    props;
  const text = useText();
  return (
    <Modal.Root opened={opened} onClose={onClose} fullScreen transitionProps={{ duration: 0 }}>
      {/* The whole window's width, whatever the length of the title in this language. */}
      <Modal.Content w="100%" style={{ display: 'flex', flexDirection: 'column' }}>
        <Modal.Header>
          <Modal.Title fz={meetingSize(1.25, 3, 1.75)} fw={700}>
            {text('approval.mode.title', { revision })}
          </Modal.Title>
          <Button size="lg" variant="default" onClick={onClose} style={{ flexShrink: 0 }}>
            {text('approval.mode.leave')}
          </Button>
        </Modal.Header>
        {/* The outcome stays in view while the roll call below it scrolls. */}
        <Modal.Body style={{ flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column' }}>
          <Stack gap="md" maw={1400} mx="auto" w="100%" style={{ flex: 1, minHeight: 0 }}>
            <OutcomePanel
              outcome={outcome}
              threshold={threshold}
              anyVotes={votes.length > 0}
              large
            />
            <Box style={{ flex: 1, minHeight: '8rem', overflowY: 'auto' }}>
              <FrozenFieldset frozen={frozen}>
                <VoteTable board={board} votes={votes} onChange={onVotesChange} large />
              </FrozenFieldset>
            </Box>
          </Stack>
        </Modal.Body>
      </Modal.Content>
    </Modal.Root>
  );
}
