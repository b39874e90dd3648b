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

export interface GoalAreaInfo {
  title: string;
  /** One plain sentence a board member understands. */
  explanation: string;
  /** Goals of this kind, for a first idea. */
  examples: string;
}

export const goalAreaInfo: Record<GoalArea, GoalAreaInfo> = {
  'energy-efficiency': {
    title: 'Energy Efficiency',
    explanation:
      'Using less electricity to pump and treat each gallon; power is often the biggest bill a small system pays.',
    examples: 'Energy per million gallons pumped; reviewing power bills for demand charges.',
  },
  'water-efficiency': {
    title: 'Water Efficiency / Conservation',
    explanation: 'Losing less water through leaks and helping customers use water wisely.',
    examples:
      'Water loss under 15%; a yearly water audit; accurate meters; leaks fixed within days.',
  },
  social: {
    title: 'Social',
    explanation: 'Keeping bills affordable and keeping customers informed and involved.',
    examples: 'Average bill as a share of household income; an annual meeting or open house.',
  },
  environmental: {
    title: 'Environmental',
    explanation: 'Protecting the water source and keeping sewage out of streams and yards.',
    examples:
      'No sewer overflows reaching waters; sewer mains cleaned on a cycle; source protection reviewed.',
  },
  'customer-service': {
    title: 'Customer Service',
    explanation:
      'What customers feel directly: pressure, outages, repairs and how complaints are handled.',
    examples:
      'At least 20 psi everywhere; crews on site within 2 hours; 48 hours notice of shutoffs.',
  },
  regulatory: {
    title: 'Regulatory Requirements',
    explanation:
      'Meeting every state and federal rule: safe water, samples and reports on time, a certified operator.',
    examples: 'No health-based violations; the water-quality report delivered by July 1.',
  },
};
