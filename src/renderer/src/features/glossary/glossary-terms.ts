/**
 * The words the glossary explains, in the order it lists them: first what the agreement is and
 * whose it is, then the system's own numbers, then goals, then the board's vote.
 */
export const glossaryTerms = [
  'levelOfService',
  'pwsId',
  'dischargePermit',
  'connections',
  'psi',
  'unaccountedWater',
  'overflow',
  'ccr',
  'regulatoryFloor',
  'baseline',
  'target',
  'stretchGoal',
  'quorum',
  'resolution',
] as const;

export type GlossaryTerm = (typeof glossaryTerms)[number];
