import { Button, Modal, Stack } from '@mantine/core';
import type { MemberVote, VoteOutcome } from '../../../../shared/domain/approval';
import type { BoardMember } from '../../../../shared/domain/utility';
import { FrozenFieldset } from '../../components/FrozenFieldset';
import { OutcomePanel } from './OutcomePanel';
import { VoteTable } from './VoteTable';

interface MeetingModeProps {
  opened: boolean;
  onClose: () => void;
  revision: number;
  board: BoardMember[];
  votes: MemberVote[];
  onVotesChange: (votes: MemberVote[]) => void;
  outcome: VoteOutcome;
  frozen: boolean;
}

/**
 * The roll call and its outcome filling the screen in very large text, for the board to follow
 * on the laptop or a projector while the secretary records each vote.
 */
export function MeetingMode(props: MeetingModeProps) {
  const { opened, onClose, revision, board, votes, onVotesChange, outcome, frozen } = props;
  return (
    <Modal.Root opened={opened} onClose={onClose} fullScreen transitionProps={{ duration: 0 }}>
      <Modal.Content>
        <Modal.Header>
          <Modal.Title fz="1.75rem" fw={700}>
            Meeting mode: the vote on revision {revision} of the agreement
          </Modal.Title>
          <Button size="lg" variant="default" onClick={onClose} style={{ flexShrink: 0 }}>
            Leave meeting mode
          </Button>
        </Modal.Header>
        <Modal.Body>
          <Stack gap="md" maw={1400} mx="auto">
            <OutcomePanel outcome={outcome} anyVotes={votes.length > 0} large />
            <FrozenFieldset frozen={frozen}>
              <VoteTable board={board} votes={votes} onChange={onVotesChange} large />
            </FrozenFieldset>
          </Stack>
        </Modal.Body>
      </Modal.Content>
    </Modal.Root>
  );
}
