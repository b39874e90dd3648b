import { blankEntryFields } from '../../src/shared/domain/customers/feedback-entry';
import { blankGoalFields, type Goal, type GoalFields } from '../../src/shared/domain/goal';
import { emptyWorkbook, type Workbook } from '../../src/shared/domain/workbook';

/** Steps 1 and 2 filled in for a small water system with no hydrants: where goal work starts. */
export function readyForGoals(): Workbook {
  const workbook = emptyWorkbook();
  workbook.utility.value = {
    ...workbook.utility.value,
    name: 'Cedar Flats Mutual Domestic Water Consumers Association',
    systemType: 'water',
    systemId: 'NM3512345',
    state: 'NM',
    connections: 212,
    population: 540,
    milesOfMain: 14.5,
    board: [
      { id: 'b1', name: 'Maria Lopez', office: 'president', termEnds: '', onPlanningTeam: true },
      { id: 'b2', name: 'Joe Baca', office: 'secretary', termEnds: '', onPlanningTeam: false },
    ],
    operators: [{ id: 'o1', name: 'Sam Chavez', certification: 'Grade 2', onPlanningTeam: true }],
  };
  workbook.scope.value = {
    ...workbook.scope.value,
    areas: ['customer-service', 'regulatory', 'water-efficiency'],
    mission: 'Cedar Flats provides safe, reliable water to its members at a fair price.',
    assets: { fireHydrants: 'no', backupSource: 'no', storage: 'yes', backupPower: 'yes' },
  };
  workbook.wizard.currentStep = 'internal-goals';
  return workbook;
}

/** How a seeded goal is measured: monthly, from work orders, by the person named. */
function measuredBy(responsible: string) {
  return { dataSource: 'Work orders', frequency: 'monthly', responsible } as const;
}

/** Today's level of a seeded goal, as of the start of 2026. */
function baseline(value: number) {
  return { value, asOf: '2026-01-01', source: 'Work orders', missingReason: '' };
}

function goal(id: string, fields: Partial<GoalFields> & Pick<GoalFields, 'kind' | 'area'>): Goal {
  return { ...blankGoalFields(fields.kind), direction: 'at-most', ...fields, id, rev: 0 };
}

/**
 * An agreement with one of each kind of problem the review must find: a fire-flow promise with
 * no hydrants, pressure below the floor, a goal with no unit, an external goal with no customer
 * input, a stretch target, and a chosen area (water efficiency) with no goal.
 */
export function agreementWithProblems(): Workbook {
  const workbook = readyForGoals();
  const measured = measuredBy('Operator');
  workbook.goals = [
    goal('g-breaks', {
      kind: 'internal',
      area: 'customer-service',
      statement: 'Few main breaks',
      measure: 'Breaks per 100 miles of main',
      unit: 'breaks per 100 miles',
      target: 3,
      baseline: baseline(12),
      ...measured,
    }),
    goal('g-samples', {
      kind: 'internal',
      area: 'regulatory',
      statement: 'Every sample on time',
      measure: 'Share of samples on time',
      unit: '',
      target: 100,
      baseline: baseline(100),
      ...measured,
    }),
    goal('g-fire', {
      kind: 'external',
      area: 'customer-service',
      statement: 'Fire flow at every hydrant',
      measure: 'Hydrants delivering the agreed flow',
      unit: '%',
      direction: 'at-least',
      target: 100,
      baseline: baseline(0),
      needsAsset: 'fireHydrants',
      customerBasis: 'The fire chief asked at the annual meeting.',
      ...measured,
    }),
    goal('g-pressure', {
      kind: 'external',
      area: 'customer-service',
      statement: 'Enough pressure everywhere',
      measure: 'Lowest pressure at the worst point',
      unit: 'psi',
      direction: 'at-least',
      target: 15,
      baseline: baseline(18),
      floor: 'minimum-pressure',
      ...measured,
    }),
  ];
  workbook.wizard.currentStep = 'review';
  return workbook;
}

/** Five board members and four clean goals: nothing in the review blocks approval. */
export function readyForApproval(): Workbook {
  const workbook = readyForGoals();
  workbook.utility.value.board = [
    { id: 'b1', name: 'Maria Peña', office: 'president', termEnds: '', onPlanningTeam: true },
    { id: 'b2', name: 'Joe Baca', office: 'vice-president', termEnds: '', onPlanningTeam: false },
    { id: 'b3', name: 'Ana Lucero', office: 'secretary', termEnds: '', onPlanningTeam: false },
    { id: 'b4', name: 'Ray Ortiz', office: 'treasurer', termEnds: '', onPlanningTeam: false },
    { id: 'b5', name: 'Lena Roybal', office: 'member', termEnds: '', onPlanningTeam: false },
  ];
  const measured = measuredBy('Sam Chavez');
  workbook.goals = [
    goal('g-breaks', {
      kind: 'internal',
      area: 'customer-service',
      statement: 'Our water mains seldom break or leak.',
      measure: 'Breaks per 100 miles of main',
      unit: 'breaks per 100 miles',
      target: 9,
      baseline: baseline(10),
      ...measured,
    }),
    goal('g-loss', {
      kind: 'internal',
      area: 'water-efficiency',
      statement: 'We lose little of the water we produce.',
      measure: 'Water produced but not billed',
      unit: '%',
      target: 15,
      baseline: baseline(17),
      ...measured,
    }),
    goal('g-pressure', {
      kind: 'external',
      area: 'customer-service',
      statement: 'Every customer has enough water pressure.',
      measure: 'Lowest pressure at the worst point',
      unit: 'psi',
      direction: 'at-least',
      target: 25,
      baseline: baseline(24),
      floor: 'minimum-pressure',
      customerBasis: 'Members on the hill asked for steady pressure at the 2026 annual meeting.',
      ...measured,
    }),
    goal('g-violations', {
      kind: 'external',
      area: 'regulatory',
      statement: 'We meet every drinking-water rule.',
      measure: 'Health-based violations',
      unit: 'violations per year',
      target: 0,
      baseline: baseline(0),
      customerBasis: 'Safe water was the first priority in the 2026 survey.',
      ...measured,
    }),
  ];
  workbook.wizard.currentStep = 'approval';
  return workbook;
}

/**
 * Steps 1–3 done and one external goal drafted without evidence: where the conversation with
 * customers starts.
 */
export function readyForCustomers(): Workbook {
  const workbook = readyForApproval();
  workbook.goals = workbook.goals.filter((each) => each.id !== 'g-violations');
  workbook.wizard.currentStep = 'customers';
  return workbook;
}

/** Step 4 under way: an annual meeting with three cards, one topic linked to the pressure goal. */
export function customersHeard(): Workbook {
  const workbook = readyForCustomers();
  workbook.customers.outreaches = [
    {
      id: 'meeting',
      rev: 0,
      method: 'annual-meeting',
      date: '2026-05-12',
      place: 'Community hall',
      reached: 60,
      answered: 25,
      notes: '',
    },
  ];
  const card = (id: string, topic: 'pressure' | 'billing', said: string, satisfaction: 2 | 4) => ({
    ...blankEntryFields(topic),
    id,
    rev: 0,
    outreachId: 'meeting',
    said,
    strength: 'strong' as const,
    satisfaction,
    acceptableOutageHours: 4 as const,
    noticeDays: 2 as const,
    willingToPay: 'as-now' as const,
  });
  workbook.customers.entries = [
    card('c1', 'pressure', 'Pressure drops every evening', 2),
    card('c2', 'pressure', 'Weak shower upstairs', 2),
    card('c3', 'billing', 'The bill is hard to read', 4),
  ];
  workbook.customers.evidence = [
    { goalId: 'g-pressure', ref: { kind: 'topic', topic: 'pressure' } },
  ];
  return workbook;
}

/**
 * Steps 1 and 2 filled in for the sewer-only district of issue 12: 1,240 connections, 18 miles
 * of gravity mains, 3 lift stations of which 2 have generators, a lagoon, rain and groundwater
 * getting in, and discharge permit NM0028355. The water questions stay unanswered, as step 2
 * never asks them of a sewer district.
 */
export function sewerDistrict(): Workbook {
  const workbook = emptyWorkbook();
  workbook.utility.value = {
    ...workbook.utility.value,
    name: 'Rio Chiquito Sanitation District',
    systemType: 'wastewater',
    systemId: 'NM0028355',
    state: 'NM',
    connections: 1240,
    population: 3100,
    board: [
      { id: 'b1', name: 'Elena Trujillo', office: 'president', termEnds: '', onPlanningTeam: true },
      {
        id: 'b2',
        name: 'Frank Mondragón',
        office: 'vice-president',
        termEnds: '',
        onPlanningTeam: false,
      },
      {
        id: 'b3',
        name: 'Rita Archuleta',
        office: 'secretary',
        termEnds: '',
        onPlanningTeam: false,
      },
      { id: 'b4', name: 'Leo Garcia', office: 'treasurer', termEnds: '', onPlanningTeam: false },
      { id: 'b5', name: 'Nora Vigil', office: 'member', termEnds: '', onPlanningTeam: false },
    ],
    operators: [
      {
        id: 'o1',
        name: 'Ben Quintana',
        certification: 'NM Wastewater Level 2',
        onPlanningTeam: true,
      },
    ],
  };
  workbook.scope.value = {
    ...workbook.scope.value,
    areas: ['environmental', 'customer-service', 'regulatory'],
    mission:
      'Rio Chiquito Sanitation District collects and treats our members’ sewage safely, protecting their homes and the river, at a fair price.',
    sewer: {
      milesOfSewer: 18,
      collection: 'gravity',
      liftStations: 3,
      liftStationsWithBackupPower: 2,
      treatment: 'lagoon',
      inflowInfiltration: 'yes',
      dischargePermit: 'NM0028355',
    },
    assetLimits:
      '1 of our 3 lift stations has no backup power, so a long power cut can stop it and sewage can back up.',
  };
  workbook.wizard.currentStep = 'internal-goals';
  return workbook;
}
