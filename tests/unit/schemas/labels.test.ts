import { describe, expect, it } from 'vitest';
import { emptyMeeting, meetingLabels, meetingSchema } from '../../../src/shared/domain/approval';
import {
  blankEntryFields,
  entryLabels,
  feedbackEntryFieldsSchema,
  outreachFieldsSchema,
  outreachLabels,
} from '../../../src/shared/domain/customers/feedback-entry';
import {
  customerProfileLabels,
  customerProfileSchema,
  emptyFeedbackPlan,
} from '../../../src/shared/domain/customers/feedback-plan';
import {
  areaReasonLabel,
  defaultReviewSettings,
  floorLabel,
  reviewSettingsSchema,
} from '../../../src/shared/domain/review-settings';
import { emptyScope, scopeLabels, scopeSchema } from '../../../src/shared/domain/scope';
import {
  emptyUtilityProfile,
  utilityLabels,
  utilityProfileSchema,
} from '../../../src/shared/domain/utility';
import { problemsOf } from './issues';

// The forms take their labels from the same tables, so a message names the field as the user
// sees it on the screen.
describe('a message names the field by the label the form shows', () => {
  it('step 1: the name of the utility', () => {
    const problems = problemsOf(utilityProfileSchema, {
      ...emptyUtilityProfile,
      name: 'W'.repeat(201),
    });
    expect(problems).toEqual([
      {
        path: ['name'],
        message: `${utilityLabels.name} is too long: shorten it to 200 characters or fewer.`,
      },
    ]);
    expect(utilityLabels.name).toBe('Name of the utility');
  });

  it('step 2: what we cannot do, as the agreement heads it', () => {
    const problems = problemsOf(scopeSchema, { ...emptyScope, assetLimits: 'x'.repeat(2001) });
    expect(problems[0]?.message).toBe(
      'What we cannot do is too long: shorten it to 2000 characters or fewer.',
    );
    expect(scopeLabels.assetLimits).toBe('What we cannot do');
  });

  it('step 4: the answers on a card and the questions about the customers', () => {
    const entry = problemsOf(feedbackEntryFieldsSchema, {
      ...blankEntryFields(),
      willingToPay: 'double',
    });
    expect(entry[0]?.message).toMatch(new RegExp(`^${entryLabels.willingToPay}: `));
    expect(entryLabels.willingToPay).toBe('Willing to pay more');

    const outreach = problemsOf(outreachFieldsSchema, {
      method: 'door-to-door',
      date: '',
      place: '',
      reached: 10,
      answered: 12,
      notes: '',
    });
    expect(outreach).toEqual([
      {
        path: ['answered'],
        message: `${outreachLabels.answered} (12) cannot be more than people reached (10).`,
      },
    ]);

    const profile = problemsOf(customerProfileSchema, {
      ...emptyFeedbackPlan.profile,
      usesInternet: 'maybe',
    });
    expect(profile[0]?.message).toBe(
      `${customerProfileLabels.usesInternet} Choose yes, no or not sure.`,
    );
  });

  it('step 6: a floor and an area’s reason, each by its own name', () => {
    const problems = problemsOf(reviewSettingsSchema, {
      floors: { ...defaultReviewSettings.floors, 'minimum-pressure': -1 },
      areaReasons: { social: 'x'.repeat(1001) },
    });
    expect(problems.map((problem) => problem.message)).toEqual([
      expect.stringMatching(new RegExp(`^${escaped(floorLabel('minimum-pressure'))}`)),
      `${areaReasonLabel('social')} is too long: shorten it to 1000 characters or fewer.`,
    ]);
    expect(floorLabel('minimum-pressure')).toBe('Minimum water pressure (psi)');
    expect(areaReasonLabel('social')).toBe('Why there is no Social goal');
  });

  it('step 6: a reason for an area that is not one of the six is refused', () => {
    const problems = problemsOf(reviewSettingsSchema, {
      ...defaultReviewSettings,
      areaReasons: { parks: 'We have none.' },
    });
    expect(problems).toHaveLength(1);
  });

  it('step 7: the quorum set by the bylaws', () => {
    const problems = problemsOf(meetingSchema, { ...emptyMeeting, quorumFixed: 1.5 });
    expect(problems[0]?.path).toEqual(['quorumFixed']);
    expect(problems[0]?.message).toMatch(new RegExp(`^${meetingLabels.quorumFixed}`));
    expect(meetingLabels.quorumFixed).toBe('Quorum set by the bylaws');
  });
});

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
