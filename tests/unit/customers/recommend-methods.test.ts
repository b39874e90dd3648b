import { describe, expect, it } from 'vitest';
import {
  emptyFeedbackPlan,
  feedbackMethods,
  type CustomerProfile,
  type MethodRecommendation,
} from '../../../src/shared/domain/customers/feedback-plan';
import { recommendMethods } from '../../../src/shared/domain/customers/recommend-methods';
import { sayIn } from '../../../src/shared/i18n/say-in';

const notSure: CustomerProfile = emptyFeedbackPlan.profile;

function recommended(list: MethodRecommendation[]): string[] {
  return list.filter((item) => item.recommended).map((item) => item.method);
}

function whyOf(list: MethodRecommendation[], method: string): string {
  const why = list.find((item) => item.method === method)?.why;
  return why === undefined ? '' : sayIn(why, 'en');
}

describe('recommendMethods', () => {
  it('sends a 40-connection association with an annual meeting door to door and to its meeting', () => {
    const list = recommendMethods({
      connections: 40,
      profile: { ...notSure, holdsAnnualMeeting: true, keepsComplaintLog: false },
    });
    expect(recommended(list)).toEqual(['door-to-door', 'annual-meeting', 'complaint-log']);
    expect(whyOf(list, 'door-to-door')).toContain('40 connections');
    expect(whyOf(list, 'complaint-log')).toMatch(/^Start one/);
    expect(whyOf(list, 'focus-group')).toContain('40 connections');
  });

  it('suggests focus groups, a mailed survey and the log for 400 connections', () => {
    const list = recommendMethods({
      connections: 400,
      profile: { ...notSure, holdsAnnualMeeting: false, keepsComplaintLog: true },
    });
    expect(recommended(list)).toEqual(['focus-group', 'mail-survey', 'complaint-log']);
    expect(whyOf(list, 'door-to-door')).toContain('400 connections');
    expect(whyOf(list, 'complaint-log')).toMatch(/^You keep a call or complaint log/);
  });

  it('adds an online poll for 4,000 connections whose customers are online', () => {
    const list = recommendMethods({
      connections: 4000,
      profile: {
        usesInternet: true,
        usesSocialMedia: false,
        holdsAnnualMeeting: null,
        keepsComplaintLog: true,
      },
    });
    expect(recommended(list)).toEqual([
      'focus-group',
      'mail-survey',
      'internet-poll',
      'complaint-log',
    ]);
    expect(whyOf(list, 'mail-survey')).toContain('4,000 connections');
    expect(whyOf(list, 'internet-poll')).toContain('internet');
  });

  it('recommends a social-media poll when customers follow the utility there', () => {
    const list = recommendMethods({
      connections: 4000,
      profile: { ...notSure, usesSocialMedia: true },
    });
    expect(recommended(list)).toContain('internet-poll');
    expect(whyOf(list, 'internet-poll')).toContain('social media');
  });

  it('puts door to door on the small side of 100 connections only', () => {
    expect(recommended(recommendMethods({ connections: 99, profile: notSure }))).toContain(
      'door-to-door',
    );
    expect(recommended(recommendMethods({ connections: 100, profile: notSure }))).not.toContain(
      'door-to-door',
    );
  });

  it('does not guess the size before step 1 gives the connections', () => {
    const list = recommendMethods({ connections: null, profile: notSure });
    expect(recommended(list)).toEqual(['complaint-log']);
    expect(whyOf(list, 'door-to-door')).toMatch(/number of connections in step 1/);
  });

  it('lists all six methods once, recommended first, each with a one-line reason', () => {
    for (const connections of [40, 400, 4000, null]) {
      const list = recommendMethods({ connections, profile: notSure });
      expect(new Set(list.map((item) => item.method))).toEqual(new Set(feedbackMethods));
      expect(list).toHaveLength(feedbackMethods.length);
      const flags = list.map((item) => item.recommended);
      expect(flags).toEqual([...flags].sort((a, b) => Number(b) - Number(a)));
      for (const item of list) {
        expect(whyOf(list, item.method)).toMatch(/^\S.*[.)]$/);
        expect(whyOf(list, item.method)).not.toContain('\n');
      }
    }
  });
});
