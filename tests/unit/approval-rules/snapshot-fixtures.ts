import { fingerprintText } from '../../../src/shared/domain/approval-rules/compute-fingerprint';
import { voteOutcome } from '../../../src/shared/domain/approval-rules/vote-outcome';
import type { AgreementContent } from '../../../src/shared/domain/agreement-version';
import type { StoredApproval } from '../../../src/shared/domain/approved/stored-approval';
import { customerFeedbackContentOf } from '../../../src/shared/domain/customers/customer-feedback-content-of';
import { emptyComplaintSummary } from '../../../src/shared/domain/customers/feedback-summary';
import { blankGoalFields } from '../../../src/shared/domain/goal';
import { sha256Hex } from '../../../src/main/services/records';
import { cedarFlatsCustomers, makeEntry } from '../customers/customer-fixtures';
import { workedExampleContent, workedExampleMeeting } from './approval-fixtures';

/** A stored approval of `content` in the given format, with a fingerprint that matches it. */
export function storedSnapshot(
  snapshotFormat: StoredApproval['snapshotFormat'],
  content: unknown,
): StoredApproval {
  const meeting = workedExampleMeeting();
  const covered = {
    content,
    meeting,
    outcome: voteOutcome(meeting, workedExampleContent().utility.board),
  };
  const text = fingerprintText(covered);
  return {
    revision: 1,
    snapshotFormat,
    recordedAt: '2027-03-12T19:42:00.000Z',
    ...(JSON.parse(text) as Pick<StoredApproval, 'content' | 'meeting' | 'outcome'>),
    fingerprint: sha256Hex(text),
  };
}

/** Today's content as snapshot format 5 held it: no Spanish wording (format 6). */
export function asFormat5(content: AgreementContent) {
  const { missionSpanish: _mission, ...scope } = content.scope;
  return { ...content, scope, goals: content.goals.map(({ spanish: _none, ...goal }) => goal) };
}

/** Today's content as snapshot format 4 held it: no goal names who stands in (format 5). */
export function asFormat4(content: AgreementContent) {
  const older = asFormat5(content);
  return { ...older, goals: older.goals.map(({ standIn: _none, ...goal }) => goal) };
}

/**
 * Today's content as snapshot format 3 held it: no sewer answers, no overflow floor, no sewer
 * card questions and no annual-meeting answer (those came with format 4).
 */
export function asFormat3(content: AgreementContent): object {
  const { sewer: _sewer, missionSpanish: _mission, ...scope } = content.scope;
  const { 'overflow-report': _overflow, ...floors } = content.reviewSettings.floors;
  const { customerFeedback, ...rest } = asFormat4(content);
  const older = { ...rest, scope, reviewSettings: { ...content.reviewSettings, floors } };
  if (!customerFeedback) return older;
  const { annualMeeting: _annual, tally, ...feedback } = customerFeedback;
  const { cleanup: _cleanup, overflowNotice: _notice, ...olderTally } = tally;
  return { ...older, customerFeedback: { ...feedback, tally: olderTally } };
}

/** Today's content as snapshot formats 1 and 2 held it: format 3's, with no `stretch`. */
export function asFormat1(content: AgreementContent): object {
  const older = asFormat3(content) as { goals: Record<string, unknown>[] };
  return { ...older, goals: older.goals.map(({ stretch: _none, ...goal }) => goal) };
}

/**
 * The worked example with what customers told the board at a meeting and on a door round, in
 * words every format holds (water topics only, no sewer card answered, the annual meeting not
 * known): what an older format's reader must give back exactly.
 */
export function waterFeedbackContent(): AgreementContent {
  const records = cedarFlatsCustomers();
  const content = workedExampleContent();
  const customerFeedback = customerFeedbackContentOf({
    records,
    goals: content.goals.map((goal) => ({ ...goal, rev: 0 })),
    complaints: emptyComplaintSummary,
  });
  return { ...content, customerFeedback };
}

/**
 * A sanitation district's agreement as snapshot format 4 holds it: sewer answers with a partial
 * one (2 of 3 lift stations have backup power), its own overflow floor, a goal held to it, and
 * odor and backup comments whose cards answered the two sewer questions.
 */
export function sewerDistrictContent(): AgreementContent {
  const example = workedExampleContent();
  const records = cedarFlatsCustomers();
  records.plan.value.profile.holdsAnnualMeeting = true;
  records.entries = [
    makeEntry('s1', 'meeting', 'odor', {
      said: 'The lagoon smells every August evening',
      strength: 'strong',
      cleanupHours: 4,
      overflowNoticeHours: 4,
    }),
    makeEntry('s2', 'meeting', 'odor', { said: 'El olor de la laguna', overflowNoticeHours: 24 }),
    makeEntry('s3', 'doors', 'backups', { said: 'Basement backup in May', cleanupHours: 2 }),
  ];
  const goals = [
    {
      ...blankGoalFields('internal'),
      id: 'g-overflow',
      area: 'regulatory' as const,
      direction: 'at-most' as const,
      statement: 'Report every sewer overflow to the state within 12 hours',
      measure: 'Hours from finding an overflow to reporting it',
      unit: 'hours',
      target: 12,
      floor: 'overflow-report' as const,
      stretch: true,
    },
  ];
  return {
    ...example,
    utility: {
      ...example.utility,
      name: 'Pine Hollow Sanitation District',
      systemType: 'wastewater',
    },
    scope: {
      ...example.scope,
      areas: ['regulatory'],
      mission: 'Carry every home’s wastewater away safely.',
      sewer: {
        milesOfSewer: 12.5,
        collection: 'gravity-and-force',
        liftStations: 3,
        liftStationsWithBackupPower: 2,
        treatment: 'lagoon',
        inflowInfiltration: 'yes',
        dischargePermit: 'NM0030123',
      },
    },
    goals,
    reviewSettings: {
      ...example.reviewSettings,
      floors: { ...example.reviewSettings.floors, 'overflow-report': 12 },
    },
    customerFeedback: customerFeedbackContentOf({
      records,
      goals: goals.map((goal) => ({ ...goal, rev: 0 })),
      complaints: emptyComplaintSummary,
    }),
  };
}
