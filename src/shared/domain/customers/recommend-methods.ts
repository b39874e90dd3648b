import type { CustomerProfile, FeedbackMethod, MethodRecommendation } from './feedback-plan';
import { feedbackMethods } from './feedback-plan';
import { plural } from '../numbers/plural';

/** Below this many connections a board can knock on every door (DOMAIN.md §3). */
const doorToDoorLimit = 100;

type Size = 'unknown' | 'small' | 'larger';

interface Situation {
  size: Size;
  /** "40 connections", for the reasons. */
  connections: string;
  profile: CustomerProfile;
}

type Advice = Omit<MethodRecommendation, 'method'>;

const enterConnections =
  'Enter the number of connections in step 1 to see whether this suits a utility your size.';

const advisers: Record<FeedbackMethod, (situation: Situation) => Advice> = {
  'door-to-door': ({ size, connections }) => {
    if (size === 'unknown') return { recommended: false, why: enterConnections };
    return size === 'small'
      ? {
          recommended: true,
          why: `With ${connections}, board members can visit every home in a few evenings and hear everyone.`,
        }
      : {
          recommended: false,
          why: `With ${connections}, visiting every home takes too long; keep it for a street with a known problem.`,
        };
  },
  'annual-meeting': ({ profile }) => {
    if (profile.holdsAnnualMeeting === true) {
      return {
        recommended: true,
        why: 'You already hold an annual meeting: set aside time on the agenda to ask members what matters to them.',
      };
    }
    return profile.holdsAnnualMeeting === false
      ? {
          recommended: false,
          why: 'You do not hold an annual meeting; the other methods reach customers instead.',
        }
      : {
          recommended: false,
          why: 'If the utility holds an annual meeting, it is the easiest place to ask customers.',
        };
  },
  'focus-group': ({ size, connections }) => {
    if (size === 'unknown') return { recommended: false, why: enterConnections };
    return size === 'larger'
      ? {
          recommended: true,
          why: `With ${connections}, 8 to 12 randomly chosen customers around a table explain what a survey cannot.`,
        }
      : {
          recommended: false,
          why: `With ${connections} you can ask every household yourselves; a focus group adds little.`,
        };
  },
  'mail-survey': ({ size, connections }) => {
    if (size === 'unknown') return { recommended: false, why: enterConnections };
    return size === 'larger'
      ? {
          recommended: true,
          why: `With ${connections}, a one-page card with the bill reaches every customer at little cost.`,
        }
      : {
          recommended: false,
          why: `With ${connections}, asking door to door gets more answers than a mailed survey.`,
        };
  },
  'internet-poll': ({ profile }) => {
    if (profile.usesSocialMedia === true) {
      return {
        recommended: true,
        why: 'Customers follow the utility on social media: a short poll there costs nothing (take critical comments offline rather than arguing).',
      };
    }
    if (profile.usesInternet === true) {
      return {
        recommended: true,
        why: 'Most customers use the internet: a short online poll costs nothing, though it misses those who are not online.',
      };
    }
    return {
      recommended: false,
      why: 'Only if customers use the internet or social media; otherwise a poll misses most of them.',
    };
  },
  'complaint-log': ({ profile }) => ({
    recommended: true,
    why:
      profile.keepsComplaintLog === true
        ? 'You keep a call or complaint log: import it to see what customers call about and how fast you respond.'
        : 'Start one: note each call’s date, topic, and when it was answered and fixed; it is evidence at the next review.',
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
    connections: plural(input.connections ?? 0, 'connection'),
    profile: input.profile,
  };
  const all = feedbackMethods.map((method) => ({ method, ...advisers[method](situation) }));
  return [...all.filter((m) => m.recommended), ...all.filter((m) => !m.recommended)];
}
