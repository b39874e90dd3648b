import type { Language } from './printed-date';
import type { SystemType } from './utility';

/**
 * The words that name the service a utility runs, in one place keyed by system type and
 * language (issue 12): every screen and paper that speaks of "the water service" takes its
 * words from here, so a sewer district's papers never speak of drinking water.
 */
export interface ServiceWords {
  /** "water service", "sewer service", "water and sewer service". */
  service: string;
  /** "water system", "sewer system", "water and sewer system". */
  system: string;
}

export const serviceWords: Record<Language, Record<SystemType, ServiceWords>> = {
  en: {
    water: { service: 'water service', system: 'water system' },
    wastewater: { service: 'sewer service', system: 'sewer system' },
    both: { service: 'water and sewer service', system: 'water and sewer system' },
  },
  es: {
    water: { service: 'servicio de agua', system: 'sistema de agua' },
    wastewater: { service: 'servicio de drenaje', system: 'sistema de drenaje' },
    both: { service: 'servicio de agua y drenaje', system: 'sistema de agua y drenaje' },
  },
};

/**
 * The system type whose words a paper uses: step 1's answer, or both services while it is not
 * given, so nothing a utility might run is left out (as `runsWater` and `runsSewer` assume).
 */
export function wordedSystemType(systemType: SystemType | null): SystemType {
  return systemType ?? 'both';
}

/** The words for a utility's service in a language. */
export function wordsForService(systemType: SystemType | null, language: Language): ServiceWords {
  return serviceWords[language][wordedSystemType(systemType)];
}

/**
 * The sub-headings that part a combined utility's equipment into its two systems, on step 2
 * and on page 1 of the agreement.
 */
export const systemPartHeadings = {
  water: 'Drinking water system',
  sewer: 'Sewer system',
} as const;
