import { z } from 'zod';
import { calendarDate, lineText } from '../text';

/** The ways a small utility hears its customers (DOMAIN.md §3), in the order they are offered. */
export const feedbackMethods = [
  'door-to-door',
  'annual-meeting',
  'focus-group',
  'mail-survey',
  'internet-poll',
  'complaint-log',
] as const;
export type FeedbackMethod = (typeof feedbackMethods)[number];

export const feedbackMethodTitles: Record<FeedbackMethod, string> = {
  'door-to-door': 'Door to door',
  'annual-meeting': 'Annual meeting',
  'focus-group': 'Focus group',
  'mail-survey': 'Survey with the bill or by mail',
  'internet-poll': 'Internet poll or social media',
  'complaint-log': 'Call and complaint log',
};

// The plan's labels: the form shows them and the schemas' messages name them, so both say the same.

/** The questions about the customers, each answered yes, no or not sure. */
export const customerProfileLabels = {
  usesInternet: 'Do most customers use the internet?',
  usesSocialMedia: 'Do customers follow the utility on social media?',
  holdsAnnualMeeting: 'Does the utility hold an annual meeting?',
  keepsComplaintLog: 'Does the utility keep a call or complaint log?',
};

/** A planned method's fields; the form adds which method they are for. */
export const plannedMethodLabels = { plannedOn: 'Planned date', notes: 'Plan notes' };

const knownOrNot = (label: string) =>
  z.boolean({ error: `${label} Choose yes, no or not sure.` }).nullable();

/** What the board says about its customers; null means "not sure yet". */
export const customerProfileSchema = z.strictObject({
  usesInternet: knownOrNot(customerProfileLabels.usesInternet),
  usesSocialMedia: knownOrNot(customerProfileLabels.usesSocialMedia),
  holdsAnnualMeeting: knownOrNot(customerProfileLabels.holdsAnnualMeeting),
  keepsComplaintLog: knownOrNot(customerProfileLabels.keepsComplaintLog),
});
export type CustomerProfile = z.output<typeof customerProfileSchema>;

export const plannedMethodSchema = z.strictObject({
  method: z.enum(feedbackMethods, { error: 'Method: choose one of the listed ways.' }),
  plannedOn: calendarDate(plannedMethodLabels.plannedOn),
  notes: lineText(plannedMethodLabels.notes, 300),
});
export type PlannedMethod = z.output<typeof plannedMethodSchema>;

/** Step 4's plan: what the board knows about its customers and the methods it chose. */
export const feedbackPlanSchema = z
  .strictObject({
    profile: customerProfileSchema,
    methods: z.array(plannedMethodSchema).max(feedbackMethods.length),
  })
  .superRefine((plan, context) => {
    const seen = new Set<FeedbackMethod>();
    plan.methods.forEach((planned, index) => {
      if (seen.has(planned.method)) {
        context.addIssue({
          code: 'custom',
          path: ['methods', index, 'method'],
          message: `${feedbackMethodTitles[planned.method]} is planned twice; keep one.`,
        });
      }
      seen.add(planned.method);
    });
  });
export type FeedbackPlan = z.output<typeof feedbackPlanSchema>;

export const emptyFeedbackPlan: FeedbackPlan = {
  profile: {
    usesInternet: null,
    usesSocialMedia: null,
    holdsAnnualMeeting: null,
    keepsComplaintLog: null,
  },
  methods: [],
};

/** One method as the plan screen offers it: whether it suits this utility, and why in one line. */
export interface MethodRecommendation {
  method: FeedbackMethod;
  recommended: boolean;
  why: string;
}
