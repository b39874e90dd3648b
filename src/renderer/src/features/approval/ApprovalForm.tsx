import { Group, Switch } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { ApprovalView } from '@shared/api/approval-contract';
import { meetingSchema, type MemberVote } from '@shared/domain/approval';
import { approvalBlockers } from '@shared/domain/approval-rules/approval-blockers';
import { meetingAfterToday } from '@shared/domain/approval-rules/meeting-after-today';
import { recordsChanged } from '@shared/domain/approved/audit-records';
import { localDate } from '@shared/domain/local-date';
import { voteOutcome } from '@shared/domain/approval-rules/vote-outcome';
import type { Finding } from '@shared/domain/review-finding';
import type { UtilityProfile } from '@shared/domain/utility';
import type { WizardStep } from '@shared/domain/wizard-steps';
import { useApi } from '../../api/api-context';
import { FormSection } from '../../form-kit/FormSection';
import { StepLayout } from '../../form-kit/StepLayout';
import { useAgreement } from '../../form-kit/agreement-context';
import { blockedMessage, firstBlocked } from '../../form-kit/blocked-messages';
import { stepNameIn } from '../../form-kit/step-titles';
import { loadPart } from '../../form-kit/load-part';
import { useAutosavedForm } from '../../form-kit/use-autosaved-form';
import { approvalHelp } from './approval-help';
import { ApprovedPanel } from './ApprovedPanel';
import { ApproveSection } from './ApproveSection';
import { MeetingFields } from './MeetingFields';
import { MeetingMode } from './MeetingMode';
import { MeetingPapers } from './MeetingPapers';
import { meetingDraftToInput, meetingToDraft } from './meeting-draft';
import { minutesWording } from '@shared/domain/minutes/minutes-wording';
import { MotionFields } from './MotionFields';
import { OutcomePanel } from './OutcomePanel';
import { VoteTable } from './VoteTable';
import { outcomeHeadline } from './outcome-words';
import { useScreenLanguage } from '../../i18n/use-screen-language';
import { useSay } from '../../i18n/say';
import { useText } from '../../i18n/use-text';
import { TermsText } from '../glossary/Term';

export interface ApprovalRecord {
  view: ApprovalView;
  utility: UtilityProfile;
  findings: Finding[];
}

interface ApprovalFormProps {
  record: ApprovalRecord;
  onReload: () => void;
  focusOnShow: boolean;
  onGoTo: (step: WizardStep) => void;
}

/** Step 7: the meeting, the roll call, the outcome worked out live, and approval. */
export function ApprovalForm({ record, onReload, focusOnShow, onGoTo }: ApprovalFormProps) {
  const api = useApi();
  const text = useText();
  const saying = useSay();
  const language = useScreenLanguage();
  const { frozen, agreement, onAgreementChanged } = useAgreement();
  const { utility, findings } = record;
  const board = utility.board;
  const [view, setView] = useState(record.view);
  const [meetingMode, setMeetingMode] = useState(false);
  // Set when the board's approval was just recorded here: the page then shows what was approved.
  const [justApproved, setJustApproved] = useState(false);
  const { form, progress, saver } = useAutosavedForm({
    initial: record.view.meeting,
    schema: meetingSchema,
    toDraft: meetingToDraft,
    toInput: meetingDraftToInput,
    save: async (meeting) => {
      const result = await api['approval:saveMeeting'](meeting);
      if (!result.ok) return result;
      setView(result.value);
      return { ok: true, value: result.value.meeting };
    },
    load: () =>
      loadPart(api['approval:get'](), (fresh) => {
        setView(fresh);
        return fresh.meeting;
      }),
    gaps: () => [],
  });
  // Worked out from what is on screen, with the app's own rules, so the board sees each vote count.
  const meeting = saver.preview(form.values) ?? view.meeting.value;
  const outcome = voteOutcome(meeting, board);
  const headline = outcomeHeadline(text, meeting.threshold, outcome);
  const recordBlockers = view.problems.length > 0 ? [recordsChanged] : [];
  const blockers = frozen
    ? []
    : [...recordBlockers, ...approvalBlockers({ findings, meeting, outcome, board })].map(saying);
  const laterDate = frozen ? null : meetingAfterToday(meeting, localDate(new Date()));
  const laterDateWords = laterDate && saying(laterDate);
  const approved = view.versions.findLast((version) => version.revision === agreement.revision);
  const setVotes = (votes: MemberVote[]) => form.setFieldValue('votes', votes);

  /** Saves what is on screen; answers why it could not be saved, or null. */
  async function saveFirst(): Promise<string | null> {
    await saver.flush();
    const blocked = firstBlocked([saver.getStatus()]);
    return blocked ? blockedMessage(text, blocked.kind) : null;
  }

  async function approve(meetingAfterTodayConfirmed: boolean): Promise<string | null> {
    const unsaved = await saveFirst();
    if (unsaved !== null) return unsaved;
    const result = await api['approval:approve']({ meetingAfterTodayConfirmed });
    if (!result.ok) return result.error.message;
    setView(result.value);
    setJustApproved(true);
    onAgreementChanged(result.value.agreement);
    notifications.show({
      title: text('approval.approved.title', { revision: result.value.agreement.revision }),
      message: text('approval.approved.message', { step: stepNameIn(text, 'signed-agreement') }),
    });
    return null;
  }

  return (
    <StepLayout
      step="approval"
      intro={text('approval.intro')}
      progress={{ ...progress, gaps: blockers }}
      onReload={onReload}
      help={approvalHelp(text)}
      focusOnShow={focusOnShow}
      toolbar={
        <Group justify="space-between" align="flex-start" gap="md">
          {frozen && approved ? (
            <ApprovedPanel
              version={approved}
              focusOnShow={justApproved}
              onPrint={() => onGoTo('signed-agreement')}
            />
          ) : (
            <span />
          )}
          {/* Narrow enough that a longer hint (the Spanish one) wraps under its label instead
              of running along the page's right edge. */}
          <Switch
            size="lg"
            maw="23rem"
            label={text('approval.meetingMode')}
            description={text('approval.meetingModeHint')}
            checked={meetingMode}
            onChange={(event) => setMeetingMode(event.currentTarget.checked)}
          />
        </Group>
      }
    >
      <FormSection title={text('approval.section.meeting')}>
        <MeetingFields form={form} boardSize={board.length} />
      </FormSection>
      <FormSection
        title={text('approval.section.vote')}
        hint={<TermsText id="approval.section.voteHint" />}
      >
        <VoteTable board={board} votes={form.values.votes} onChange={setVotes} />
        <OutcomePanel
          outcome={outcome}
          threshold={meeting.threshold}
          anyVotes={form.values.votes.length > 0}
        />
      </FormSection>
      <FormSection title={text('approval.section.motion')}>
        <MotionFields
          form={form}
          board={board}
          suggestedMinutes={() =>
            minutesWording(
              {
                meeting,
                outcome,
                board,
                utilityName: utility.name,
                revision: agreement.revision,
              },
              { text, language },
            )
          }
        />
      </FormSection>
      <FormSection title={text('approval.papers.title')} hint={text('approval.papers.hint')}>
        <MeetingPapers frozen={frozen} anyVotes={meeting.votes.length > 0} saveFirst={saveFirst} />
      </FormSection>
      {!frozen && (
        <ApproveSection
          revision={agreement.revision}
          blockers={blockers}
          outcomeSummary={headline}
          meetingAfterToday={laterDateWords}
          onApprove={approve}
        />
      )}
      <MeetingMode
        opened={meetingMode}
        onClose={() => setMeetingMode(false)}
        revision={agreement.revision}
        board={board}
        votes={form.values.votes}
        onVotesChange={setVotes}
        outcome={outcome}
        threshold={meeting.threshold}
        frozen={frozen}
      />
    </StepLayout>
  );
}
