import { memo } from 'react';
import type { ComplaintRow } from '@shared/domain/customers/complaint-log';
import { feedbackTopics, type FeedbackTopic } from '@shared/domain/customers/feedback-entry';
import { spanBetween } from '@shared/domain/customers/span-between';
import classes from './ComplaintRowItem.module.css';
import { logTimeParts } from './format-log-time';
import { spanIn } from './span-words';
import { topicTitle } from '@shared/domain/customers/topic-words';

export { classes as complaintRowClasses };

function topicOf(value: string): FeedbackTopic | undefined {
  return feedbackTopics.find((topic) => topic === value);
}

function timesOf(row: ComplaintRow): string {
  const responded = spanBetween(row.received, row.responded);
  const resolved = spanBetween(row.received, row.resolved);
  return [
    responded === null ? 'no response date' : spanIn('responded', responded),
    resolved === null ? 'no resolved date' : spanIn('resolved', resolved),
  ].join(' · ');
}

interface ComplaintRowItemProps {
  row: ComplaintRow;
  /** Where the virtualizer places the row, in pixels from the top of the list. */
  start: number;
  height: number;
  position: number;
  setSize: number;
  /** The topics the agreement covers; a row's own topic is offered too if it is not one. */
  topics: readonly FeedbackTopic[];
  onSetTopic: (key: string, topic: FeedbackTopic) => Promise<void>;
}

/** One complaint in the virtualized list; memoized so scrolling draws only the rows that move in. */
export const ComplaintRowItem = memo(function ComplaintRowItem(props: ComplaintRowItemProps) {
  const { row, topics, onSetTopic } = props;
  const covered = topics.includes(row.topic);
  const what = [row.category, row.description].filter((part) => part.trim() !== '').join(' — ');
  const details = row.location === '' ? timesOf(row) : `${timesOf(row)} · ${row.location}`;
  const received = logTimeParts(row.received);
  return (
    <div
      role="listitem"
      aria-posinset={props.position}
      aria-setsize={props.setSize}
      className={`${classes.grid} ${classes.row}`}
      style={{ height: props.height, transform: `translateY(${props.start}px)` }}
    >
      <div>
        <p className={classes.main}>{received.date}</p>
        <p className={classes.small}>
          {received.clock === '' ? `Row ${row.row}` : `${received.clock} · row ${row.row}`}
        </p>
      </div>
      <div>
        <p className={classes.main} title={what}>
          {what || '(no text)'}
        </p>
        <p className={classes.small} title={details}>
          {details}
        </p>
      </div>
      <div>
        <select
          className={classes.topic}
          aria-label={`Topic of row ${row.row}`}
          value={row.topic}
          onChange={(event) => {
            const chosen = topicOf(event.currentTarget.value);
            if (chosen) void onSetTopic(row.key, chosen);
          }}
        >
          {topics.map((topic) => (
            <option key={topic} value={topic}>
              {topicTitle(topic)}
            </option>
          ))}
          {!covered && <option value={row.topic}>{topicTitle(row.topic)} (not covered)</option>}
        </select>
        <p className={row.topicChosen ? `${classes.small} ${classes.chosen}` : classes.small}>
          {row.topicChosen ? 'Chosen by you' : 'Suggested'}
        </p>
      </div>
    </div>
  );
});
