import { describe, expect, it } from 'vitest';
import type { FeedbackTopic } from '../../../src/shared/domain/customers/feedback-entry';
import type { ComplaintTopicStats } from '../../../src/shared/domain/customers/feedback-summary';
import {
  leftOutNote,
  splitComplaintTopics,
  topicApplies,
} from '../../../src/shared/domain/customers/topic-applies';

const none = { count: 0, medianHours: null, p90Hours: null };
const stats = (topic: FeedbackTopic, count: number): ComplaintTopicStats => ({
  topic,
  count,
  responded: none,
  resolved: none,
});

describe('which complaint topics an agreement answers', () => {
  it('leaves sewer topics out of a water-only agreement, and water topics out of a sewer-only one', () => {
    expect(topicApplies('sewer', 'water')).toBe(false);
    expect(topicApplies('pressure', 'water')).toBe(true);
    expect(topicApplies('water-quality', 'wastewater')).toBe(false);
    expect(topicApplies('pressure', 'wastewater')).toBe(false);
    expect(topicApplies('sewer', 'wastewater')).toBe(true);
    for (const sewerTopic of ['odor', 'backups', 'overflows'] as const) {
      expect(topicApplies(sewerTopic, 'water')).toBe(false);
      expect(topicApplies(sewerTopic, 'wastewater')).toBe(true);
    }
    // No water at the tap, leaking water mains and saving water are a water system's topics.
    for (const waterTopic of ['outages', 'leaks', 'conservation'] as const) {
      expect(topicApplies(waterTopic, 'wastewater')).toBe(false);
      expect(topicApplies(waterTopic, 'water')).toBe(true);
    }
    // Billing, courtesy, response and rates concern either service.
    for (const shared of ['billing', 'courtesy', 'response', 'rates', 'other'] as const) {
      expect(topicApplies(shared, 'water')).toBe(true);
      expect(topicApplies(shared, 'wastewater')).toBe(true);
    }
  });

  it('keeps every topic for both services, and while the system type is not chosen', () => {
    expect(topicApplies('sewer', 'both')).toBe(true);
    expect(topicApplies('sewer', null)).toBe(true);
    expect(topicApplies('pressure', null)).toBe(true);
  });

  it('splits the log’s topics, most first, and says what was left out', () => {
    const byTopic = [stats('water-quality', 69), stats('sewer', 12), stats('billing', 5)];
    const { kept, leftOut } = splitComplaintTopics(byTopic, 'water');
    expect(kept.map((row) => row.topic)).toEqual(['water-quality', 'billing']);
    expect(leftOutNote(leftOut, 'water')).toBe(
      '12 complaints about sewer service were left out: this agreement covers drinking water only.',
    );
    const sewerOnly = splitComplaintTopics(
      [stats('water-quality', 3), stats('sewer', 12), stats('pressure', 1)],
      'wastewater',
    );
    expect(leftOutNote(sewerOnly.leftOut, 'wastewater')).toBe(
      '4 complaints about water quality and water pressure were left out: this agreement covers sewer service only.',
    );
    expect(leftOutNote([stats('outages', 2), stats('conservation', 1)], 'wastewater')).toBe(
      '3 complaints about water outages and saving water were left out: this agreement covers sewer service only.',
    );
    expect(leftOutNote([stats('sewer', 1)], 'water')).toBe(
      '1 complaint about sewer service was left out: this agreement covers drinking water only.',
    );
  });

  it('has no note when nothing was left out', () => {
    expect(leftOutNote([], 'water')).toBeNull();
    expect(splitComplaintTopics([stats('sewer', 4)], 'both').leftOut).toEqual([]);
  });
});
