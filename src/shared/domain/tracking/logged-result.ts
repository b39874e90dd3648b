import type { Said } from '../../i18n/said';

/** One result read from a log: an event, its day and its figure in the goal's unit. */
export interface LoggedResult {
  /** The outage's id or the complaint's key. */
  key: string;
  /** The day the event began or the complaint came in (YYYY-MM-DD): the result's period. */
  day: string;
  value: number;
  /**
   * The event in words: "Unplanned outage from March 3, 2028, 22:00 to March 4, 2028, 02:30".
   * Worded when asked: a screen shows a few of a log's 100,000 complaints, and wording them all
   * on every read would take seconds.
   */
  what: () => Said;
}

/** Why an event in a log is not (yet) a result. */
export type NotCountedWhy = 'still-open' | 'no-times' | 'no-notice';

/** An event of the log the goal is about that gives no figure, with why in words. */
export interface NotCounted {
  key: string;
  day: string;
  why: NotCountedWhy;
  what: () => Said;
}

/** What a log says about one goal: its results, oldest first, and the events left out. */
export interface LogReading {
  results: LoggedResult[];
  notCounted: NotCounted[];
}

/**
 * Oldest first by day, then by key, so the same log always reads the same. Compared as plain
 * text (both are ASCII): `localeCompare` is many times slower on a 100,000-row log.
 */
export function byDay<T extends { day: string; key: string }>(a: T, b: T): number {
  if (a.day !== b.day) return a.day < b.day ? -1 : 1;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}
