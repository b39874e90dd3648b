import type { GoalFields } from '../../src/shared/domain/goal';

/** What the board changed of a library goal: the template's words stay unless said here. */
export interface ExampleGoal {
  templateId: string;
  fields: Partial<GoalFields>;
}

const operator = { responsible: 'Luis Peña', standIn: 'Kyle Brandt' };
const office = { responsible: 'Jo Anne Miller', standIn: 'Elena Ramírez' };

/** Revision 1's goals, internal ones first, each with its baseline and where it came from. */
export const exampleGoals: readonly ExampleGoal[] = [
  {
    templateId: 'WC1',
    fields: {
      ...operator,
      target: 15,
      baseline: { value: 18.5, asOf: '2024-12-31', source: '2024 water audit', missingReason: '' },
      rationale: 'Every gallon lost is pumped and treated for nothing.',
      costNote: 'A leak-detection survey costs about $4,000 every two years.',
      setBy: ['b1', 'op1'],
    },
  },
  {
    templateId: 'CS16',
    fields: {
      ...operator,
      baseline: { value: 60, asOf: '2024-12-31', source: 'Flushing log, 2024', missingReason: '' },
      rationale: 'Dead-end mains on Ridge Road and Mill Lane go stale in summer.',
    },
  },
  {
    templateId: 'RG6',
    fields: {
      ...operator,
      baseline: {
        value: 96,
        asOf: '2024-12-31',
        source: 'State drinking water portal, 2024 schedule',
        missingReason: '',
      },
    },
  },
  {
    templateId: 'CS14',
    fields: {
      ...operator,
      baseline: {
        value: 14,
        asOf: '2024-12-31',
        source: 'Work orders, 2022–2024',
        missingReason: '',
      },
      costNote:
        'Replacing the worst 800 feet of main on Mill Lane: about $120,000, grant applied for.',
    },
  },
  {
    templateId: 'RG1',
    fields: {
      responsible: 'Luis Peña',
      standIn: 'Elena Ramírez',
      baseline: {
        value: 1,
        asOf: '2024-12-31',
        source: 'One late monitoring report in 2023',
        missingReason: '',
      },
      customerBasis:
        'Customers at the annual meeting asked that the district never again miss a deadline.',
    },
  },
  {
    templateId: 'CS1',
    fields: {
      ...operator,
      target: 30,
      baseline: {
        value: 24,
        asOf: '2025-08-15',
        source: 'Gauge at the Ridge Road hydrant, August peak',
        missingReason: '',
      },
      customerBasis: 'Low pressure was the most common problem marked on the 2025 survey cards.',
    },
  },
  {
    templateId: 'CS5',
    fields: {
      ...office,
      baseline: {
        value: 24,
        asOf: '2024-12-31',
        source: 'Door hangers and Facebook posts, 2024',
        missingReason: '',
      },
      customerBasis: 'Most cards asked for at least two days’ notice of a planned shutoff.',
    },
  },
  {
    templateId: 'CS7',
    fields: {
      ...office,
      baseline: { value: 12, asOf: '2024-12-31', source: 'Complaint log, 2024', missingReason: '' },
      customerBasis: 'Several cards said calls to the office were not returned.',
    },
  },
];

/** What revision 2 changes: water loss down to 12%, and notice raised to three days. */
export const revisionTwoChanges: readonly ExampleGoal[] = [
  {
    templateId: 'WC1',
    fields: {
      target: 12,
      rationale:
        'Loss fell to 14% after the 2026 leak survey; the board raises the bar to keep it falling.',
    },
  },
  {
    templateId: 'CS5',
    fields: {
      target: 72,
      customerBasis: 'Ranchers on Mill Lane asked for three days to fill stock tanks.',
    },
  },
];
