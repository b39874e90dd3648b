import type { Scope } from '../domain/scope';
import { systemPartHeadings } from '../domain/service-words';
import type { SystemType } from '../domain/utility';
import { sewerSentences } from './sewer-sentences';
import { waterSentences } from './water-sentences';

/** One list of facts on page 1; a combined utility has two, each under its system's name. */
export interface BoundaryFacts {
  heading: string | null;
  sentences: string[];
}

/**
 * What page 1 says the system can and cannot do, only from the questions the system type asks.
 * While step 1 does not say (null), both lists print, so nothing is asserted that might be
 * false: an unanswered question reads "has not been confirmed".
 */
export function boundaryFacts(scope: Scope, systemType: SystemType | null): BoundaryFacts[] {
  if (systemType === 'water') return [{ heading: null, sentences: waterSentences(scope) }];
  if (systemType === 'wastewater')
    return [{ heading: null, sentences: sewerSentences(scope.sewer) }];
  return [
    { heading: systemPartHeadings.water, sentences: waterSentences(scope) },
    { heading: systemPartHeadings.sewer, sentences: sewerSentences(scope.sewer) },
  ];
}
