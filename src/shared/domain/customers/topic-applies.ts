import { listOf } from '../list-of';
import { plural } from '../numbers/plural';
import { runsSewer, runsWater, type SystemType } from '../utility';
import type { FeedbackTopic } from './feedback-entry';

/** A row counted by topic: complaints in the log, or comments on cards. */
interface TopicCount {
  topic: FeedbackTopic;
  count: number;
}

/**
 * The topics that belong to one service only: sewer complaints mean nothing in an agreement on
 * drinking water alone, and water quality, pressure, outages (no water at the tap), leaks and
 * saving water nothing in one on sewer service alone, whose own are backups, overflows and
 * odor. The other topics (billing, courtesy, response, rates…) concern either service.
 */
const onlyFor: Partial<Record<FeedbackTopic, Exclude<SystemType, 'both'>>> = {
  sewer: 'wastewater',
  odor: 'wastewater',
  backups: 'wastewater',
  overflows: 'wastewater',
  'water-quality': 'water',
  pressure: 'water',
  outages: 'water',
  leaks: 'water',
  conservation: 'water',
};

/** The topic as a note names it: "sewer service", "water quality", "water pressure". */
const topicPhrases: Partial<Record<FeedbackTopic, string>> = {
  sewer: 'sewer service',
  odor: 'sewer odor',
  backups: 'sewer backups',
  overflows: 'sewer overflows',
  'water-quality': 'water quality',
  pressure: 'water pressure',
  outages: 'water outages',
  leaks: 'water leaks',
  conservation: 'saving water',
};

const coverage: Record<Exclude<SystemType, 'both'>, string> = {
  water: 'drinking water only',
  wastewater: 'sewer service only',
};

/** What an agreement for one service covers: "drinking water only", "sewer service only". */
export function coverageOf(systemType: Exclude<SystemType, 'both'>): string {
  return coverage[systemType];
}

/**
 * Whether complaints on `topic` concern the service the agreement covers. Step 1's system type
 * decides; while it is not chosen (null), every topic applies, since nothing is known to leave
 * out.
 */
export function topicApplies(topic: FeedbackTopic, systemType: SystemType | null): boolean {
  const only = onlyFor[topic];
  if (only === undefined) return true;
  return only === 'water' ? runsWater(systemType) : runsSewer(systemType);
}

/** The topics an agreement answers, and those it leaves out, each in the order given. */
export function splitComplaintTopics<Row extends TopicCount>(
  byTopic: Row[],
  systemType: SystemType | null,
): { kept: Row[]; leftOut: Row[] } {
  return {
    kept: byTopic.filter((row) => topicApplies(row.topic, systemType)),
    leftOut: byTopic.filter((row) => !topicApplies(row.topic, systemType)),
  };
}

/**
 * The note printed where complaints (or comments) were left out: "12 complaints about sewer
 * service were left out: this agreement covers drinking water only." Null when none were.
 */
export function leftOutNote(
  leftOut: TopicCount[],
  systemType: SystemType | null,
  noun: 'complaint' | 'comment' = 'complaint',
): string | null {
  if (leftOut.length === 0 || systemType === null || systemType === 'both') return null;
  const total = leftOut.reduce((sum, row) => sum + row.count, 0);
  const about = listOf(leftOut.map((row) => topicPhrases[row.topic] ?? row.topic));
  const were = total === 1 ? 'was' : 'were';
  return `${plural(total, noun)} about ${about} ${were} left out: this agreement covers ${coverageOf(systemType)}.`;
}
