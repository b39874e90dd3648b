import { said } from '../../i18n/said';
import type { CustomerProfile, FeedbackMethod, MethodRecommendation } from './feedback-plan';
import { feedbackMethods } from './feedback-plan';

/** Below this many connections a board can knock on every door (DOMAIN.md §3). */
const doorToDoorLimit = 100;

type Size = 'unknown' | 'small' | 'larger';

interface Situation {
  size: Size;
  /** How many connections, for the reasons ("With 40 connections, …"). */
  connections: number;
  profile: CustomerProfile;
}

type Advice = Omit<MethodRecommendation, 'method'>;

const enterConnections = said('evidence.why.enterConnections');

/** Advice that depends on the utility's size: recommended for `suits`, a reason either way. */
function bySize(method: 'door-to-door' | 'focus-group' | 'mail-survey', suits: Size) {
  return ({ size, connections }: Situation): Advice => {
    if (size === 'unknown') return { recommended: false, why: enterConnections };
    const recommended = size === suits;
    return {
      recommended,
      why: said(`evidence.why.${method}.${recommended ? 'yes' : 'no'}`, { connections }),
    };
  };
}

const advisers: Record<FeedbackMethod, (situation: Situation) => Advice> = {
  'door-to-door': bySize('door-to-door', 'small'),
  'annual-meeting': ({ profile }) => {
    if (profile.holdsAnnualMeeting === true) {
      return { recommended: true, why: said('evidence.why.annual-meeting.held') };
    }
    return profile.holdsAnnualMeeting === false
      ? { recommended: false, why: said('evidence.why.annual-meeting.none') }
      : { recommended: false, why: said('evidence.why.annual-meeting.unknown') };
  },
  'focus-group': bySize('focus-group', 'larger'),
  'mail-survey': bySize('mail-survey', 'larger'),
  'internet-poll': ({ profile }) => {
    if (profile.usesSocialMedia === true) {
      return { recommended: true, why: said('evidence.why.internet-poll.social') };
    }
    if (profile.usesInternet === true) {
      return { recommended: true, why: said('evidence.why.internet-poll.online') };
    }
    return { recommended: false, why: said('evidence.why.internet-poll.offline') };
  },
  'complaint-log': ({ profile }) => ({
    recommended: true,
    why: said(
      profile.keepsComplaintLog === true
        ? 'evidence.why.complaint-log.kept'
        : 'evidence.why.complaint-log.start',
    ),
  }),
};

function sizeOf(connections: number | null): Size {
  if (connections === null) return 'unknown';
  return connections < doorToDoorLimit ? 'small' : 'larger';
}

/**
 * Every way of hearing customers (DOMAIN.md §3), the ones that suit this utility first, each
 * with a one-line reason: door to door under ~100 connections, the annual meeting when one is
 * held, focus groups and mailed surveys for larger systems, an online poll only where customers
 * are online, and the complaint log always.
 */
export function recommendMethods(input: {
  connections: number | null;
  profile: CustomerProfile;
}): MethodRecommendation[] {
  const situation: Situation = {
    size: sizeOf(input.connections),
    connections: input.connections ?? 0,
    profile: input.profile,
  };
  const all = feedbackMethods.map((method) => ({ method, ...advisers[method](situation) }));
  return [...all.filter((m) => m.recommended), ...all.filter((m) => !m.recommended)];
}
