import { Group, Radio, Table, Text, VisuallyHidden } from '@mantine/core';
import { voteChoices, type MemberVote, type VoteChoice } from '@shared/domain/approval';
import type { BoardMember } from '@shared/domain/utility';
import { useText } from '../../i18n/use-text';
import { meetingSize } from './meeting-size';

interface VoteTableProps {
  board: BoardMember[];
  votes: MemberVote[];
  onChange: (votes: MemberVote[]) => void;
  /** Meeting mode: text large enough for the whole board to read across a table. */
  large?: boolean;
}

/** The roll call: one row per board member from step 1, each with Aye, Nay, Abstain or Absent. */
export function VoteTable({ board, votes, onChange, large = false }: VoteTableProps) {
  const text = useText();
  const fontSize = large ? meetingSize(1.125, 3, 1.875) : 'var(--mantine-font-size-md)';
  const voteOf = (id: string) => votes.findLast((row) => row.memberId === id)?.vote ?? '';

  function record(memberId: string, vote: VoteChoice) {
    // One row per member still on the board, in the board's order; votes of removed members go.
    onChange(
      board.flatMap((member) => {
        if (member.id === memberId) return [{ memberId, vote }];
        const current = voteOf(member.id);
        return current === '' ? [] : [{ memberId: member.id, vote: current }];
      }),
    );
  }

  if (board.length === 0) {
    return <Text>{text('approval.votes.noBoard')}</Text>;
  }
  return (
    // No scrolling sideways: on a narrow window the four choices wrap under each other.
    <Table.ScrollContainer minWidth={0}>
      <Table verticalSpacing={large ? 6 : 'sm'} fz={fontSize} striped withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{text('approval.votes.member')}</Table.Th>
            <Table.Th scope="col">{text('approval.votes.vote')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {board.map((member, index) => {
            const name =
              member.name === ''
                ? text('approval.votes.unnamed', { number: index + 1 })
                : member.name;
            return (
              <Table.Tr key={member.id}>
                <Table.Th scope="row">
                  <Text fw={700} inherit>
                    {name}
                  </Text>
                  <Text c="dimmed" size={large ? meetingSize(1, 2, 1.25) : 'md'}>
                    {text(`utility.office.${member.office}`)}
                  </Text>
                </Table.Th>
                <Table.Td>
                  <Radio.Group
                    label={<VisuallyHidden>{text('approval.votes.of', { name })}</VisuallyHidden>}
                    value={voteOf(member.id)}
                    onChange={(value) => {
                      const vote = voteChoices.find((choice) => choice === value);
                      if (vote) record(member.id, vote);
                    }}
                  >
                    <Group gap={large ? 'md' : 'xs'} style={{ rowGap: 0 }}>
                      {voteChoices.map((choice) => (
                        <Radio
                          key={choice}
                          value={choice}
                          label={text(`approval.vote.${choice}`)}
                          size="lg"
                          // The label's padding makes each choice a large target for older hands.
                          styles={{
                            body: { alignItems: 'center' },
                            label: {
                              fontSize,
                              paddingBlock: large ? 4 : 8,
                              paddingInline: large ? '12px 20px' : '8px 10px',
                            },
                          }}
                        />
                      ))}
                    </Group>
                  </Radio.Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
