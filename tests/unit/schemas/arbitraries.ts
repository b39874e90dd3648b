import { annualReviewContractArbitraries } from './annual-review-arbitraries';
import { reviewRuleIds } from '../../../src/shared/domain/review/rule-ids';
import {
  collectionKinds,
  inflowAnswers,
  treatmentKinds,
} from '../../../src/shared/domain/sewer-system';
import { fc } from '@fast-check/vitest';
import type { AppStatus, Notice } from '../../../src/shared/api/setup-contract';
import type { MethodInput, MethodOutput } from '../../../src/shared/api/contract';
import type { MethodName } from '../../../src/shared/api/methods';
import { agreementStatuses } from '../../../src/shared/domain/agreement-version';
import { quorumRules, voteChoices, voteThresholds } from '../../../src/shared/domain/approval';
import {
  floorKeys,
  goalDirections,
  goalKinds,
  measureFrequencies,
} from '../../../src/shared/domain/goal';
import { goalAreas } from '../../../src/shared/domain/goal-areas';
import { isShareUnit } from '../../../src/shared/domain/numbers/share-unit';
import { templateSystems } from '../../../src/shared/domain/goal-template';
import { findingSeverities } from '../../../src/shared/domain/review-finding';
import {
  assetCapabilities,
  capabilityAnswers,
  regulatoryStyles,
} from '../../../src/shared/domain/scope';
import { usStateCodes } from '../../../src/shared/domain/us-states';
import {
  boardOffices,
  goalSettingApproaches,
  systemTypes,
} from '../../../src/shared/domain/utility';
import { wizardSteps } from '../../../src/shared/domain/wizard-steps';
import {
  customerContractArbitraries,
  validCustomerFeedbackContent,
  validCustomerRecords,
} from './customer-arbitraries';
import { validExportResult } from './export-result-arbitrary';
import { libraryContractArbitraries } from './library-arbitraries';
import { trackingContractArbitraries, validTracking } from './tracking-arbitraries';
import { outageContractArbitraries } from './outage-contract-arbitraries';
import { reportContractArbitraries } from './report-contract-arbitraries';
import { date, decimal, rev, rowId, text, whole } from './primitive-arbitraries';
import { validSaid } from './said-arbitrary';

export { unicodeText } from './primitive-arbitraries';

export const validBoardMember = fc.record({
  id: rowId,
  name: text(120),
  office: fc.constantFrom(...boardOffices),
  termEnds: date,
  onPlanningTeam: fc.boolean(),
});

export const validOperator = fc.record({
  id: rowId,
  name: text(120),
  certification: text(120),
  onPlanningTeam: fc.boolean(),
});

export const validHelper = fc.record({ id: rowId, name: text(120), role: text(120) });

/** Input the utility schema must accept (before cleaning: lower-case IDs, hidden characters). */
export const validUtility = fc.record({
  name: text(200),
  systemType: fc.option(fc.constantFrom(...systemTypes), { nil: null }),
  systemId: fc.stringMatching(/^\s?[A-Za-z0-9-]{0,20}\s?$/),
  state: fc.option(fc.constantFrom(...usStateCodes), { nil: null }),
  connections: whole(1_000_000),
  population: whole(5_000_000),
  milesOfMain: decimal(100_000),
  board: fc.array(validBoardMember, { maxLength: 25 }),
  operators: fc.array(validOperator, { maxLength: 10 }),
  helpers: fc.array(validHelper, { maxLength: 20 }),
  goalSetting: fc.constantFrom(...goalSettingApproaches),
});

export const validRegulatoryCategory = fc.record({ id: rowId, text: text(500) });

const capability = fc.constantFrom(...capabilityAnswers);

/** A passage a Spanish paper would print in English (export:check's missingSpanish). */
const validMissingSpanish = fc.record({
  where: fc.oneof(
    fc.constant({ kind: 'mission' as const }),
    fc.record({ kind: fc.constant('goal' as const), goalId: fc.string(), number: fc.nat() }),
  ),
  field: fc.constantFrom(
    'mission' as const,
    'statement' as const,
    'measure' as const,
    'unit' as const,
  ),
  label: fc.string(),
  english: fc.string(),
});

export const validScope = fc.record({
  areas: fc.shuffledSubarray([...goalAreas]),
  mission: text(1000),
  missionSpanish: text(1000),
  regulatoryStyle: fc.constantFrom(...regulatoryStyles),
  regulatoryStatement: text(2000),
  regulatoryCategories: fc.array(validRegulatoryCategory, { maxLength: 20 }),
  assets: fc.record(
    Object.fromEntries(assetCapabilities.map((a) => [a, capability])) as Record<
      (typeof assetCapabilities)[number],
      typeof capability
    >,
  ),
  storageGallons: decimal(100_000_000),
  sewer: fc
    .record({
      milesOfSewer: decimal(100_000),
      collection: fc.option(fc.constantFrom(...collectionKinds), { nil: null }),
      liftStations: whole(500),
      liftStationsWithBackupPower: whole(500),
      treatment: fc.option(fc.constantFrom(...treatmentKinds), { nil: null }),
      inflowInfiltration: fc.constantFrom(...inflowAnswers),
      dischargePermit: text(40),
    })
    // The schema refuses more stations with power than stations.
    .map((sewer) =>
      sewer.liftStations !== null &&
      sewer.liftStationsWithBackupPower !== null &&
      sewer.liftStationsWithBackupPower > sewer.liftStations
        ? { ...sewer, liftStationsWithBackupPower: sewer.liftStations }
        : sewer,
    ),
  assetLimits: text(2000),
});

export const validWizardState = fc.record({ currentStep: fc.constantFrom(...wizardSteps) });

export const validRev = rev;
export const validUtilityRecord = fc.record({ rev, value: validUtility });
export const validScopeRecord = fc.record({ rev, value: validScope });

// `+ 0` turns -0 into 0, which is what a trip through JSON does anyway.
const signed = (limit: number) =>
  fc.double({ min: -limit, max: limit, noNaN: true }).map((n) => n + 0);
const target = fc.option(signed(1_000_000_000), { nil: null });

export const validGoalFields = fc.record({
  kind: fc.constantFrom(...goalKinds),
  area: fc.option(fc.constantFrom(...goalAreas), { nil: null }),
  statement: text(300),
  measure: text(200),
  unit: text(60),
  direction: fc.option(fc.constantFrom(...goalDirections), { nil: null }),
  target,
  targetHigh: target,
  baseline: fc.record({
    value: target,
    asOf: date,
    source: text(200),
    missingReason: text(1000),
  }),
  dataSource: text(200),
  frequency: fc.option(fc.constantFrom(...measureFrequencies), { nil: null }),
  responsible: text(120),
  standIn: text(100),
  rationale: text(2000),
  costNote: text(1000),
  setBy: fc.array(rowId, { maxLength: 5 }),
  customerBasis: text(2000),
  needsAsset: fc.option(fc.constantFrom(...assetCapabilities), { nil: null }),
  floor: fc.option(fc.constantFrom(...floorKeys), { nil: null }),
  templateId: fc.option(fc.string({ maxLength: 20 }), { nil: null }),
  stretch: fc.boolean(),
  spanish: fc.record({ statement: text(300), measure: text(200), unit: text(60) }),
});

// What the board may type (goal-input.ts): no negative numbers, and a share at most 100%.
const typedAmount = (value: number | null, share: boolean) =>
  value === null ? null : share ? Math.min(Math.abs(value), 100) : Math.abs(value);

export const validGoalInputFields = validGoalFields.map((fields) => {
  const share = isShareUnit(fields.unit);
  return {
    ...fields,
    target: typedAmount(fields.target, share),
    targetHigh: typedAmount(fields.targetHigh, share),
    baseline: { ...fields.baseline, value: typedAmount(fields.baseline.value, share) },
  };
});

export const validGoal = fc
  .tuple(validGoalFields, rowId, rev)
  .map(([fields, id, goalRev]) => ({ ...fields, id, rev: goalRev }));

export const validDeletedGoal = fc.record({ goal: validGoal, index: fc.nat() });

const floorValue = fc.double({ min: 0, max: 10_000, noNaN: true });

export const validReviewSettings = fc.record({
  floors: fc.record({
    'minimum-pressure': floorValue,
    'tier-1-notice': floorValue,
    'overflow-report': floorValue,
  }),
  areaReasons: fc.record(
    Object.fromEntries(goalAreas.map((area) => [area, text(1000)])) as Record<
      (typeof goalAreas)[number],
      fc.Arbitrary<string>
    >,
    { requiredKeys: [] },
  ),
});
export const validReviewRecord = fc.record({ rev, value: validReviewSettings });

export const validFinding = fc.record({
  key: fc.string(),
  severity: fc.constantFrom(...findingSeverities),
  rule: fc.constantFrom(...reviewRuleIds),
  message: validSaid,
  fix: validSaid,
  goalId: fc.option(fc.string(), { nil: null }),
  area: fc.option(fc.constantFrom(...goalAreas), { nil: null }),
});

const validRevisionChanges = fc.record({
  since: fc.integer({ min: 1, max: 99 }),
  goals: fc.array(
    fc.record({
      change: fc.constantFrom('added' as const, 'dropped' as const, 'changed' as const),
      number: fc.integer({ min: 1, max: 200 }),
      formerNumber: fc.option(fc.integer({ min: 1, max: 200 }), { nil: null }),
      statement: fc.string(),
      details: fc.array(fc.string(), { maxLength: 3 }),
    }),
    { maxLength: 3 },
  ),
  mission: fc.option(fc.record({ before: fc.string(), after: fc.string() }), { nil: null }),
});

export const validReview = fc.record({
  settings: validReviewRecord,
  findings: fc.array(validFinding, { maxLength: 5 }),
  changes: fc.option(fc.record({ en: validRevisionChanges, es: validRevisionChanges }), {
    nil: null,
  }),
});

/** Template text is trimmed and must not be blank. */
const filled = (max: number) =>
  fc.string({ minLength: 1, maxLength: max }).filter((value) => value.trim() !== '');

export const validTemplate = fc.record({
  id: fc.stringMatching(/^[A-Z]{2}\d{1,2}$/),
  kind: fc.constantFrom(...goalKinds),
  area: fc.constantFrom(...goalAreas),
  systems: fc.constantFrom(...templateSystems),
  statement: filled(300),
  measure: filled(200),
  unit: filled(60),
  direction: fc.constantFrom(...goalDirections),
  target: fc.option(signed(1_000_000), { nil: null }),
  targetHigh: fc.option(signed(1_000_000), { nil: null }),
  typicalTarget: filled(300),
  source: filled(500),
  dataSource: filled(200),
  frequency: fc.constantFrom(...measureFrequencies),
  needsAsset: fc.option(fc.constantFrom(...assetCapabilities), { nil: null }),
  floor: fc.option(fc.constantFrom(...floorKeys), { nil: null }),
});

export const validMeeting = fc.record({
  date,
  place: text(200),
  notice: text(1000),
  seats: whole(50),
  quorumRule: fc.constantFrom(...quorumRules),
  quorumFixed: whole(50),
  threshold: fc.constantFrom(...voteThresholds),
  votes: fc.array(fc.record({ memberId: rowId, vote: fc.constantFrom(...voteChoices) }), {
    maxLength: 7,
  }),
  movedBy: fc.option(rowId, { nil: null }),
  secondedBy: fc.option(rowId, { nil: null }),
  resolutionNumber: text(40),
  minutesExcerpt: text(5000),
});
export const validMeetingRecord = fc.record({ rev, value: validMeeting });

const count = fc.nat({ max: 50 });
export const validOutcome = fc.record({
  seats: count,
  present: count,
  quorumNeeded: count,
  hasQuorum: fc.boolean(),
  ayes: count,
  nays: count,
  abstentions: count,
  absent: count,
  ayesNeeded: count,
  carried: fc.boolean(),
  summary: fc.string(),
});

const revision = fc.integer({ min: 1, max: 1000 });
export const validAgreementState = fc.record({
  revision,
  status: fc.constantFrom(...agreementStatuses),
});

/** Versions approved before step 4 existed have no customerFeedback; later ones do. */
const validContent = fc.record(
  {
    revision,
    utility: validUtility,
    scope: validScope,
    goals: fc
      .array(fc.tuple(validGoalFields, rowId), { maxLength: 2 })
      .map((rows) => rows.map(([fields, id]) => ({ ...fields, id }))),
    reviewSettings: validReviewSettings,
    customerFeedback: validCustomerFeedbackContent,
  },
  { requiredKeys: ['revision', 'utility', 'scope', 'goals', 'reviewSettings'] },
);

const hex64 = fc.stringMatching(/^[0-9a-f]{64}$/);
const isoTime = fc
  .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
  .map((d) => d.toISOString());

/** A stored approval record; the fingerprint need not match (the audit reports that). */
export const validStoredApproval = fc.record({
  revision,
  snapshotFormat: fc.constant(1 as const),
  recordedAt: isoTime,
  content: validContent,
  meeting: validMeeting,
  outcome: validOutcome,
  fingerprint: hex64,
});

export const validWorkbook = fc.record({
  utility: validUtilityRecord,
  scope: validScopeRecord,
  goals: fc.array(validGoal, { maxLength: 3 }),
  customers: validCustomerRecords,
  review: validReviewRecord,
  agreement: validAgreementState,
  meeting: validMeetingRecord,
  approvals: fc.array(validStoredApproval, { maxLength: 1 }),
  tracking: validTracking,
  wizard: validWizardState,
  example: fc.boolean(),
});

export const validVersionSummary = fc.record({
  revision,
  meetingDate: fc.string(),
  recordedAt: isoTime,
  fingerprint: hex64,
  shortFingerprint: fc.string(),
  resolutionNumber: fc.string(),
  outcomeSummary: fc.option(validSaid, { nil: null }),
  inForce: fc.boolean(),
  problem: fc.option(validSaid, { nil: null }),
});

export const validApprovalView = fc.record({
  agreement: validAgreementState,
  meeting: validMeetingRecord,
  outcome: validOutcome,
  blockers: fc.array(validSaid, { maxLength: 4 }),
  meetingAfterToday: fc.option(validSaid, { nil: null }),
  versions: fc.array(validVersionSummary, { maxLength: 3 }),
  problems: fc.array(validSaid, { maxLength: 3 }),
});

const revisionChoice = fc.option(revision, { nil: null });

const validUnprintable = fc.record({ field: fc.string(), characters: fc.string() });

const validNotice: fc.Arbitrary<Notice> = fc.record({
  level: fc.constantFrom('info', 'warning', 'error'),
  message: fc.string(),
});

export const validAppStatus: fc.Arbitrary<AppStatus> = fc.record({
  appVersion: fc.string(),
  schemaVersion: fc.integer(),
  mode: fc.constantFrom('desktop', 'browser'),
  notices: fc.array(validNotice, { maxLength: 3 }),
  utility: fc.record({
    key: fc.stringMatching(/^[a-z0-9-]{1,40}$/),
    count: fc.integer({ min: 1, max: 50 }),
    example: fc.boolean(),
  }),
  language: fc.constantFrom('en' as const, 'es' as const, null),
});

type ContractArbitraries = {
  [M in MethodName]: { input: fc.Arbitrary<MethodInput<M>>; output: fc.Arbitrary<MethodOutput<M>> };
};

/** A valid input and output for every API method; the type makes a new method need both. */
export const contractArbitraries: ContractArbitraries = {
  'app:status': { input: fc.constant(undefined), output: validAppStatus },
  'utility:get': { input: fc.constant(undefined), output: validUtilityRecord },
  'utility:save': { input: validUtilityRecord, output: validUtilityRecord },
  'scope:get': { input: fc.constant(undefined), output: validScopeRecord },
  'scope:save': { input: validScopeRecord, output: validScopeRecord },
  'wizard:get': { input: fc.constant(undefined), output: validWizardState },
  'wizard:setStep': { input: validWizardState, output: validWizardState },
  'templates:list': {
    input: fc.constant(undefined),
    output: fc.array(validTemplate, { maxLength: 3 }),
  },
  'goals:list': { input: fc.constant(undefined), output: fc.array(validGoal, { maxLength: 3 }) },
  'goals:add': { input: fc.record({ fields: validGoalInputFields }), output: validGoal },
  'goals:update': {
    input: fc.record({ id: rowId, rev, fields: validGoalInputFields }),
    output: validGoal,
  },
  'goals:delete': { input: fc.record({ id: rowId }), output: validDeletedGoal },
  'goals:restore': { input: validDeletedGoal, output: validGoal },
  'goals:reorder': {
    input: fc.record({
      kind: fc.constantFrom(...goalKinds),
      ids: fc.array(rowId, { maxLength: 10 }),
    }),
    output: fc.array(validGoal, { maxLength: 3 }),
  },
  'review:get': { input: fc.constant(undefined), output: validReview },
  'review:save': { input: validReviewRecord, output: validReview },
  'approval:get': { input: fc.constant(undefined), output: validApprovalView },
  'approval:saveMeeting': { input: validMeetingRecord, output: validApprovalView },
  'approval:approve': {
    input: fc.option(fc.record({ meetingAfterTodayConfirmed: fc.boolean() }), { nil: undefined }),
    output: validApprovalView,
  },
  'approval:newRevision': { input: fc.constant(undefined), output: validApprovalView },
  'approval:checkCopy': {
    input: fc.record({ fingerprint: fc.string({ maxLength: 100 }) }),
    output: fc.record({ match: fc.option(validVersionSummary, { nil: null }) }),
  },
  'approval:checkPdf': {
    input: fc.oneof(
      fc.record({ pdfBase64: fc.base64String({ maxLength: 200 }) }),
      fc.constant({ pick: true as const }),
    ),
    output: fc.option(
      fc.record({
        verdict: fc.constantFrom(
          'matches' as const,
          'changed-here' as const,
          'unknown-here' as const,
          'altered' as const,
          'unreadable' as const,
        ),
        message: fc.string(),
        revision: fc.option(revision, { nil: null }),
        fingerprint: fc.option(hex64, { nil: null }),
      }),
      { nil: null },
    ),
  },
  'export:check': {
    input: fc.record(
      {
        revision: revisionChoice,
        document: fc.constantFrom(
          'agreement',
          'survey-forms',
          'reports',
          'board-packet',
          'minutes',
        ),
        language: fc.constantFrom('en' as const, 'es' as const),
      },
      { requiredKeys: ['revision'] },
    ),
    output: fc.record({
      unprintable: fc.array(validUnprintable, { maxLength: 3 }),
      missingSpanish: fc.array(validMissingSpanish, { maxLength: 3 }),
    }),
  },
  'export:agreementPdf': {
    input: fc.record(
      { revision: revisionChoice, language: fc.constantFrom('en' as const, 'es' as const) },
      { requiredKeys: ['revision'] },
    ),
    output: validExportResult,
  },
  'export:boardPacketPdf': {
    input: fc.record(
      { language: fc.constantFrom('en' as const, 'es' as const) },
      { requiredKeys: [] },
    ),
    output: validExportResult,
  },
  'export:minutesPdf': {
    input: fc.record(
      { revision: revisionChoice, language: fc.constantFrom('en' as const, 'es' as const) },
      { requiredKeys: ['revision'] },
    ),
    output: validExportResult,
  },
  'export:customerSummaryPdf': {
    input: fc.record({
      revision,
      language: fc.constantFrom('en' as const, 'es' as const, 'both' as const),
    }),
    output: validExportResult,
  },
  'export:surveyPdf': {
    input: fc.record({
      form: fc.constantFrom('survey' as const, 'tally-sheet' as const),
      language: fc.constantFrom('en' as const, 'es' as const),
    }),
    output: validExportResult,
  },
  'export:openSaved': {
    input: fc.constant(undefined),
    output: fc.record({ opened: fc.boolean() }),
  },
  'export:spreadsheet': { input: fc.constant(undefined), output: validExportResult },
  ...customerContractArbitraries,
  ...libraryContractArbitraries,
  ...trackingContractArbitraries,
  ...annualReviewContractArbitraries,
  ...outageContractArbitraries,
  ...reportContractArbitraries,
  'preferences:setLanguage': {
    input: fc.record({ language: fc.constantFrom('en' as const, 'es' as const) }),
    output: fc.record({ language: fc.constantFrom('en' as const, 'es' as const) }),
  },
};
