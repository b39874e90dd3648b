/** One pure step from format `from` to `from + 1`; it must not mutate its input. */
export interface Migration {
  from: number;
  up: (data: unknown) => unknown;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// Frozen copies of what format 2 holds, not imports: a step must keep producing the same
// format even after the app's lists and defaults move on.
const v2WizardSteps: readonly string[] = [
  'utility',
  'scope',
  'internal-goals',
  'external-goals',
  'review',
];
const v2DefaultReview = {
  rev: 0,
  value: { floors: { 'minimum-pressure': 20, 'tier-1-notice': 24 }, areaReasons: {} },
};

/**
 * Format 1 → 2: goals and the review settings arrive. A stored step that format 2 does not
 * have goes back to the first step rather than making the file unreadable. Data that is not
 * a workbook-shaped object is passed through for validation to refuse.
 */
export const addGoalsAndReview: Migration = {
  from: 1,
  up: (data) => {
    if (!isRecord(data)) return data;
    const wizard = data.wizard;
    const keptWizard =
      isRecord(wizard) &&
      typeof wizard.currentStep === 'string' &&
      !v2WizardSteps.includes(wizard.currentStep)
        ? { ...wizard, currentStep: 'utility' }
        : wizard;
    return {
      ...data,
      goals: [],
      review: structuredClone(v2DefaultReview),
      wizard: keptWizard,
    };
  },
};

// Format 3's empty meeting, written out rather than imported for the same reason.
const v3EmptyMeeting = {
  date: '',
  place: '',
  notice: '',
  seats: null,
  quorumRule: 'majority-of-seats',
  quorumFixed: null,
  threshold: 'majority-present',
  votes: [],
  movedBy: null,
  secondedBy: null,
  resolutionNumber: '',
  minutesExcerpt: '',
};

/**
 * Format 2 → 3: the board's approval arrives. Every format-2 workbook is a first draft: revision
 * 1, no meeting recorded yet, nothing approved. Format 3's wizard steps include all of format
 * 2's, so the stored step is kept.
 */
export const addApproval: Migration = {
  from: 2,
  up: (data) => {
    if (!isRecord(data)) return data;
    return {
      ...data,
      agreement: { revision: 1, status: 'draft' },
      meeting: { rev: 0, value: structuredClone(v3EmptyMeeting) },
      approvals: [],
    };
  },
};

// Format 4's empty customer records, written out for the same reason.
const v4EmptyCustomers = {
  plan: {
    rev: 0,
    value: {
      profile: {
        usesInternet: null,
        usesSocialMedia: null,
        holdsAnnualMeeting: null,
        keepsComplaintLog: null,
      },
      methods: [],
    },
  },
  outreaches: [],
  entries: [],
  evidence: [],
};

/**
 * Format 3 → 4: step 4 (customers) arrives, empty. The stored wizard step is kept: format 4's
 * steps include all of format 3's. Approved versions are left exactly as they were approved.
 */
export const addCustomers: Migration = {
  from: 3,
  up: (data) => {
    if (!isRecord(data)) return data;
    return { ...data, customers: structuredClone(v4EmptyCustomers) };
  },
};

/**
 * Format 4 → 5: approved revisions get records of their own. Each keeps the covered snapshot
 * (`content`, `meeting`, `outcome`) and its fingerprint byte for byte; `snapshotFormat: 1`
 * names the frozen schema that reads it; `approvedAt`, the moment the button was pressed, is
 * kept as `recordedAt` (the approval date is the meeting's); `nextReviewOn` is dropped, since
 * it follows from the meeting date and a stored copy could disagree with it.
 */
export const recordApprovals: Migration = {
  from: 4,
  up: (data) => {
    if (!isRecord(data) || !Array.isArray(data.approvals)) return data;
    const approvals = data.approvals.map((approval: unknown) => {
      if (!isRecord(approval)) return approval;
      const { approvedAt, nextReviewOn: _derived, ...kept } = approval;
      return { ...kept, snapshotFormat: 1, recordedAt: approvedAt };
    });
    return { ...data, approvals };
  },
};

/**
 * Format 5 → 6: a goal can be marked a stretch goal. Every working goal gets `stretch: false`
 * (none was marked before the box existed); its area and direction may now be null, which no
 * format-5 goal is, so they are kept. Approved records are left exactly as they were approved:
 * their snapshot formats' readers give their goals `stretch: false`.
 */
export const addStretch: Migration = {
  from: 5,
  up: (data) => {
    if (!isRecord(data) || !Array.isArray(data.goals)) return data;
    const goals = data.goals.map((goal: unknown) =>
      isRecord(goal) ? { ...goal, stretch: false } : goal,
    );
    return { ...data, goals };
  },
};

// Frozen copies of what format 7 adds, not imports, as for format 2 above.
const v7EmptySewer = {
  milesOfSewer: null,
  collection: null,
  liftStations: null,
  liftStationsWithBackupPower: null,
  treatment: null,
  inflowInfiltration: 'unknown',
  dischargePermit: '',
};
const v7OverflowFloorHours = 24;

/**
 * Format 6 → 7: step 2 asks about the sewers, the review has a sewer overflow reporting floor,
 * and feedback cards ask two sewer questions (issue 12). The scope gets every sewer question
 * unanswered, the floors the overflow floor at its common value, and every feedback entry no
 * answer to the two questions. Approved records are left exactly as they were approved: their
 * snapshot formats' readers give the same empty values.
 */
export const addSewer: Migration = {
  from: 6,
  up: (data) => {
    if (!isRecord(data)) return data;
    const next = { ...data };
    const { scope, review, customers } = data;
    if (isRecord(scope) && isRecord(scope.value)) {
      next.scope = { ...scope, value: { ...scope.value, sewer: { ...v7EmptySewer } } };
    }
    if (isRecord(review) && isRecord(review.value) && isRecord(review.value.floors)) {
      const floors = { ...review.value.floors, 'overflow-report': v7OverflowFloorHours };
      next.review = { ...review, value: { ...review.value, floors } };
    }
    if (isRecord(customers) && Array.isArray(customers.entries)) {
      const entries = customers.entries.map((entry: unknown) =>
        isRecord(entry) ? { ...entry, cleanupHours: null, overflowNoticeHours: null } : entry,
      );
      next.customers = { ...customers, entries };
    }
    return next;
  },
};

// Frozen, not taken from the editing schemas, as for format 2 above.
const v8NobodyStandingIn = '';

/**
 * Format 7 → 8: a goal names who stands in while the responsible person is away (issue 13).
 * Every working goal gets nobody named. Approved records are left exactly as they were
 * approved: their snapshot formats' readers give their goals the same empty value.
 */
export const addStandIn: Migration = {
  from: 7,
  up: (data) => {
    if (!isRecord(data) || !Array.isArray(data.goals)) return data;
    const goals = data.goals.map((goal: unknown) =>
      isRecord(goal) ? { ...goal, standIn: v8NobodyStandingIn } : goal,
    );
    return { ...data, goals };
  },
};

/**
 * Format 8 → 9: the year after the vote (issue 16). Actual results sit beside the approved
 * records, outside every fingerprint; every workbook starts with none. Approved records are left
 * exactly as they were approved.
 */
export const addTracking: Migration = {
  from: 8,
  up: (data) => {
    if (!isRecord(data)) return data;
    return { ...data, tracking: { actuals: [] } };
  },
};

/**
 * Format 9 → 10: the outage log, the annual review's decisions and what the utility will do
 * about each miss (issue 16), all beside the actual results and outside every fingerprint.
 * Every workbook starts with none; its results and approved records are left as they were.
 */
export const addOutagesAndReviews: Migration = {
  from: 9,
  up: (data) => {
    if (!isRecord(data) || !isRecord(data.tracking)) return data;
    return { ...data, tracking: { ...data.tracking, outages: [], reviews: [], followUps: [] } };
  },
};

// Frozen, not taken from the editing schemas, as for format 2 above.
const v11NoSpanish = '';

/**
 * Format 10 → 11: the board's Spanish wording of what Spanish papers print (issue 17). Every
 * working goal gets an empty Spanish statement, measure and unit, the mission an empty Spanish
 * mission, and every follow-up for the report card an empty Spanish text: nothing was written in
 * Spanish before the fields existed. Approved records are left exactly as they were approved:
 * their snapshot formats' readers give the same empty values.
 */
export const addSpanishWording: Migration = {
  from: 10,
  up: (data) => {
    if (!isRecord(data)) return data;
    const next = { ...data };
    const { scope, goals } = data;
    if (isRecord(scope) && isRecord(scope.value)) {
      next.scope = { ...scope, value: { ...scope.value, missionSpanish: v11NoSpanish } };
    }
    const { tracking } = data;
    if (isRecord(tracking) && Array.isArray(tracking.followUps)) {
      const followUps = tracking.followUps.map((item: unknown) =>
        isRecord(item) ? { ...item, textSpanish: v11NoSpanish } : item,
      );
      next.tracking = { ...tracking, followUps };
    }
    if (Array.isArray(goals)) {
      next.goals = goals.map((goal: unknown) =>
        isRecord(goal)
          ? {
              ...goal,
              spanish: { statement: v11NoSpanish, measure: v11NoSpanish, unit: v11NoSpanish },
            }
          : goal,
      );
    }
    return next;
  },
};

/**
 * Format 11 → 12: new approvals are written in snapshot format 7, which keeps the evidence lines
 * in Spanish beside the English (issue 17). Nothing stored changes: working records have no such
 * lines and approved records are never touched. The step exists so that an app of format 11,
 * which cannot read snapshot format 7, refuses a newer file by its format number instead of
 * taking it for a damaged one.
 */
export const addSpanishEvidence: Migration = {
  from: 11,
  up: (data) => data,
};

// Frozen, not taken from the editing schemas, as for format 2 above.
const v13NoCardAnswers = { ratings: {}, problems: [], priorities: {}, contact: [], importance: {} };

/**
 * Format 12 → 13: a card's entry holds every question the printed card asks (issue 18): the
 * rating of each aspect, the problems marked, the priorities ranked, the ways to hear from us
 * and the importance of each goal. Every feedback entry gets none of them answered, as nobody
 * could type them before. Approved records hold figures, not cards, and are left as they were.
 */
export const addCardAnswers: Migration = {
  from: 12,
  up: (data) => {
    if (!isRecord(data)) return data;
    const { customers } = data;
    if (!isRecord(customers) || !Array.isArray(customers.entries)) return data;
    const entries = customers.entries.map((entry: unknown) =>
      isRecord(entry) ? { ...entry, ...structuredClone(v13NoCardAnswers) } : entry,
    );
    return { ...data, customers: { ...customers, entries } };
  },
};

/**
 * Format 13 → 14: a workbook says whether it is a copy of the example utility shipped with the
 * app (issue 18), so the mark travels with the data, through backups too. Every workbook made
 * before is a real utility's. Approved records hold no such mark and are left as they were.
 */
export const addExampleMark: Migration = {
  from: 13,
  up: (data) => (isRecord(data) ? { ...data, example: false } : data),
};

/**
 * The real steps, oldest first. Each came with a fixture of the old format in
 * tests/fixtures/store and a test that it loads; old steps are never edited or removed.
 */
export const migrations: readonly Migration[] = [
  addGoalsAndReview,
  addApproval,
  addCustomers,
  recordApprovals,
  addStretch,
  addSewer,
  addStandIn,
  addTracking,
  addOutagesAndReviews,
  addSpanishWording,
  addSpanishEvidence,
  addCardAnswers,
  addExampleMark,
];

/** The newest format a list of steps reaches: one past the last step's starting format. */
export function newestFormat(steps: readonly Migration[]): number {
  return Math.max(1, ...steps.map((step) => step.from + 1));
}

export class MigrationError extends Error {
  constructor(
    readonly kind: 'future-version' | 'missing-step' | 'bad-version',
    message: string,
  ) {
    super(message);
    this.name = 'MigrationError';
  }
}

/**
 * Brings `raw` (saved in format `fromVersion`) up to `targetVersion` by running each step in
 * turn. Refuses a version newer than the target and a gap in the steps.
 */
export function migrate(
  raw: unknown,
  fromVersion: number,
  steps: readonly Migration[],
  targetVersion: number = newestFormat(steps),
): unknown {
  if (!Number.isInteger(fromVersion) || fromVersion < 1) {
    throw new MigrationError('bad-version', `Format ${fromVersion} is not a valid format number.`);
  }
  if (fromVersion > targetVersion) {
    throw new MigrationError(
      'future-version',
      `Format ${fromVersion} is newer than format ${targetVersion}, the newest this version knows.`,
    );
  }
  let data = raw;
  for (let version = fromVersion; version < targetVersion; version += 1) {
    const step = steps.find((candidate) => candidate.from === version);
    if (!step) {
      throw new MigrationError(
        'missing-step',
        `There is no step from format ${version} to format ${version + 1}.`,
      );
    }
    data = step.up(data);
  }
  return data;
}
