import type { Language } from '../domain/printed-date';
import type { Scope } from '../domain/scope';
import { systemPartHeadings } from '../domain/service-words';
import type { SystemType } from '../domain/utility';
import { sewerSentences } from './sewer-sentences';
import { waterSentences } from './water-sentences';

/** The headings that part a combined utility's two lists, as step 2 names the systems. */
const partHeadings: Record<Language, Record<keyof typeof systemPartHeadings, string>> = {
  en: systemPartHeadings,
  es: { water: 'Sistema de agua potable', sewer: 'Sistema de drenaje' },
};

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
export function boundaryFacts(
  scope: Scope,
  systemType: SystemType | null,
  language: Language = 'en',
): BoundaryFacts[] {
  const water = waterSentences(scope, language);
  const sewer = sewerSentences(scope.sewer, language);
  if (systemType === 'water') return [{ heading: null, sentences: water }];
  if (systemType === 'wastewater') return [{ heading: null, sentences: sewer }];
  const headings = partHeadings[language];
  return [
    { heading: headings.water, sentences: water },
    { heading: headings.sewer, sentences: sewer },
  ];
}
