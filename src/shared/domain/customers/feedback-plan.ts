import { issueMessage } from '../../i18n/issue-said';
import { said } from '../../i18n/said';
import { z } from 'zod';
import type { Said } from '../../i18n/said';
import { choiceOf, englishLabels, fieldMessage, type FieldLabel } from '../../i18n/field-label';
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
export const customerProfileLabelKeys = {
  usesInternet: 'validation.label.profile.usesInternet',
  usesSocialMedia: 'validation.label.profile.usesSocialMedia',
  holdsAnnualMeeting: 'validation.label.profile.holdsAnnualMeeting',
  keepsComplaintLog: 'validation.label.profile.keepsComplaintLog',
} as const;
export const customerProfileLabels = englishLabels(customerProfileLabelKeys);

/** A planned method's fields; the form adds which method they are for. */
export const plannedMethodLabelKeys = {
  plannedOn: 'validation.label.plan.plannedOn',
  notes: 'validation.label.plan.notes',
} as const;
export const plannedMethodLabels = englishLabels(plannedMethodLabelKeys);

const knownOrNot = (label: FieldLabel) =>
  z.boolean({ error: fieldMessage('validation.questionYesNoNotSure', label) }).nullable();

/** What the board says about its customers; null means "not sure yet". */
export const customerProfileSchema = z.strictObject({
  usesInternet: knownOrNot(customerProfileLabelKeys.usesInternet),
  usesSocialMedia: knownOrNot(customerProfileLabelKeys.usesSocialMedia),
  holdsAnnualMeeting: knownOrNot(customerProfileLabelKeys.holdsAnnualMeeting),
  keepsComplaintLog: knownOrNot(customerProfileLabelKeys.keepsComplaintLog),
});
export type CustomerProfile = z.output<typeof customerProfileSchema>;

export const plannedMethodSchema = z.strictObject({
  method: z.enum(feedbackMethods, {
    error: fieldMessage('validation.oneOfListedWays', 'validation.label.outreach.method'),
  }),
  plannedOn: calendarDate(plannedMethodLabelKeys.plannedOn),
  notes: lineText(plannedMethodLabelKeys.notes, 300),
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
          message: issueMessage(
            said('validation.plan.twice', { method: choiceOf(planned.method) }),
          ),
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
  why: Said;
}
