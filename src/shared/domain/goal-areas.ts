import { wordedSystemType } from './service-words';
import type { SystemType } from './utility';

/** The six goal areas of the guidance (seed text, section 4.2), in its order. */
export const goalAreas = [
  'energy-efficiency',
  'water-efficiency',
  'social',
  'environmental',
  'customer-service',
  'regulatory',
] as const;
export type GoalArea = (typeof goalAreas)[number];

/**
 * The guidance's names for the areas. The same for every system type, so a board finds them in
 * the guidance; what each means for the utility's service is in `goalAreaWords`.
 */
export const goalAreaTitles: Record<GoalArea, string> = {
  'energy-efficiency': 'Energy Efficiency',
  'water-efficiency': 'Water Efficiency / Conservation',
  social: 'Social',
  environmental: 'Environmental',
  'customer-service': 'Customer Service',
  regulatory: 'Regulatory Requirements',
};

export interface GoalAreaInfo {
  title: string;
  /** One plain sentence a board member understands. */
  explanation: string;
  /** Goals of this kind, for a first idea. */
  examples: string;
}

/**
 * What each area means in the words of the service the utility runs (issue 12): a sewer
 * district's board reads about overflows and its permit, never about the water source or
 * pressure, and the reverse for a water system.
 */
const areaMeanings: Record<GoalArea, Record<SystemType, Omit<GoalAreaInfo, 'title'>>> = {
  'energy-efficiency': {
    water: {
      explanation:
        'Using less electricity to pump and treat each gallon; power is often the biggest bill a small system pays.',
      examples: 'Energy per million gallons pumped; reviewing power bills for demand charges.',
    },
    wastewater: {
      explanation:
        'Using less electricity to pump and treat each gallon of sewage; power is often the biggest bill a small system pays.',
      examples:
        'Energy per million gallons treated; reviewing the power bills of the lift stations and the plant for demand charges.',
    },
    both: {
      explanation:
        'Using less electricity to pump and treat each gallon of water and sewage; power is often the biggest bill a small system pays.',
      examples:
        'Energy per million gallons pumped or treated; reviewing power bills for demand charges.',
    },
  },
  'water-efficiency': {
    water: {
      explanation: 'Losing less water through leaks and helping customers use water wisely.',
      examples:
        'Water loss under 15%; a yearly water audit; accurate meters; leaks fixed within days.',
    },
    // A sewer district loses no drinking water; what it wastes is the capacity that rain and
    // groundwater take up in its pipes and plant, so that is its side of this area.
    wastewater: {
      explanation:
        'Keeping rain and groundwater out of the sewers (inflow and infiltration), so the pipes and the plant carry and treat only sewage, and using water wisely at the plant.',
      examples:
        'Wet-weather flow at the plant compared with dry-weather flow each year; one area smoke-tested each year; leaking manholes sealed.',
    },
    both: {
      explanation:
        'Losing less water through leaks, helping customers use water wisely and keeping rain and groundwater out of the sewers.',
      examples:
        'Water loss under 15%; a yearly water audit; leaks fixed within days; leaking manholes sealed.',
    },
  },
  social: {
    water: {
      explanation: 'Keeping bills affordable and keeping customers informed and involved.',
      examples: 'Average bill as a share of household income; an annual meeting or open house.',
    },
    wastewater: {
      explanation: 'Keeping bills affordable and keeping customers informed and involved.',
      examples: 'Average bill as a share of household income; an annual meeting or open house.',
    },
    both: {
      explanation: 'Keeping bills affordable and keeping customers informed and involved.',
      examples: 'Average bill as a share of household income; an annual meeting or open house.',
    },
  },
  environmental: {
    water: {
      explanation: 'Protecting the water source and the land and streams around the system.',
      examples:
        'Source protection plan reviewed every year; wellheads fenced and inspected; chlorinated flushing water kept out of streams.',
    },
    wastewater: {
      explanation:
        'Keeping sewage out of streams, yards and homes: no overflows, a permit met every month.',
      examples:
        'No sewer overflows reaching waters; sewer mains cleaned on a cycle; every monthly permit report within limits.',
    },
    both: {
      explanation:
        'Protecting the water source and keeping sewage out of streams, yards and homes.',
      examples:
        'No sewer overflows reaching waters; sewer mains cleaned on a cycle; source protection reviewed.',
    },
  },
  'customer-service': {
    water: {
      explanation:
        'What customers feel directly: pressure, outages, repairs and how complaints are handled.',
      examples:
        'At least 20 psi everywhere; crews on site within 2 hours; 48 hours notice of shutoffs.',
    },
    wastewater: {
      explanation:
        'What customers feel directly: backups, odors, how fast crews respond and how complaints are handled.',
      examples:
        'A crew on site within 2 hours of a backup call; odor complaints answered within one business day.',
    },
    both: {
      explanation:
        'What customers feel directly: pressure, outages, sewer backups, odors, repairs and how complaints are handled.',
      examples:
        'At least 20 psi everywhere; crews on site within 2 hours of an outage or a backup; 48 hours notice of shutoffs.',
    },
  },
  regulatory: {
    water: {
      explanation:
        'Meeting every state and federal rule: safe water, samples and reports on time, a certified operator.',
      examples: 'No health-based violations; the water-quality report delivered by July 1.',
    },
    wastewater: {
      explanation:
        'Meeting the discharge permit and every state and federal rule; reports on time; a certified operator.',
      examples:
        'No permit violations; every discharge monitoring report filed on time; every overflow reported to the state on time.',
    },
    both: {
      explanation:
        'Meeting every state and federal rule and the discharge permit: safe water, samples and reports on time, a certified operator.',
      examples:
        'No health-based or permit violations; the water-quality report delivered by July 1; every overflow reported on time.',
    },
  },
};

/** An area's title, explanation and examples for a utility of this type (not given: both). */
export function goalAreaWords(area: GoalArea, systemType: SystemType | null): GoalAreaInfo {
  return { title: goalAreaTitles[area], ...areaMeanings[area][wordedSystemType(systemType)] };
}
