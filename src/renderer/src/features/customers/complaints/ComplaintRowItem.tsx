import { memo } from 'react';
import type { ComplaintRow } from '@shared/domain/customers/complaint-log';
import { feedbackTopics, type FeedbackTopic } from '@shared/domain/customers/feedback-entry';
import { spanBetween } from '@shared/domain/customers/span-between';
import type { Language } from '@shared/domain/printed-date';
import { useScreenLanguage } from '../../../i18n/use-screen-language';
import { useText, type Text } from '../../../i18n/use-text';
import classes from './ComplaintRowItem.module.css';
import { logTimeParts } from './format-log-time';
import { spanIn } from './span-words';

export { classes as complaintRowClasses };

function topicOf(value: string): FeedbackTopic | undefined {
  return feedbackTopics.find((topic) => topic === value);
}

function timesOf(text: Text, row: ComplaintRow): string {
  const responded = spanBetween(row.received, row.responded);
  const resolved = spanBetween(row.received, row.resolved);
  return [
    responded === null ? text('complaints.row.noResponse') : spanIn(text, 'responded', responded),
    resolved === null ? text('complaints.row.noResolved') : spanIn(text, 'resolved', resolved),
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
  const text = useText();
  const language: Language = useScreenLanguage();
  const covered = topics.includes(row.topic);
  const what = [row.category, row.description].filter((part) => part.trim() !== '').join(' — ');
  const times = timesOf(text, row);
  const details = row.location === '' ? times : `${times} · ${row.location}`;
  const received = logTimeParts(row.received, language);
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
          {received.clock === ''
            ? text('complaints.row.number', { row: row.row })
            : text('complaints.row.clock', { clock: received.clock, row: row.row })}
        </p>
      </div>
      <div>
        <p className={classes.main} title={what}>
          {what || text('complaints.row.noText')}
        </p>
        <p className={classes.small} title={details}>
          {details}
        </p>
      </div>
      <div>
        <select
          className={classes.topic}
          aria-label={text('complaints.row.topicLabel', { row: row.row })}
          value={row.topic}
          onChange={(event) => {
            const chosen = topicOf(event.currentTarget.value);
            if (chosen) void onSetTopic(row.key, chosen);
          }}
        >
          {topics.map((topic) => (
            <option key={topic} value={topic}>
              {text(`evidence.topic.${topic}`)}
            </option>
          ))}
          {!covered && (
            <option value={row.topic}>
              {text('complaints.row.notCovered', { topic: text(`evidence.topic.${row.topic}`) })}
            </option>
          )}
        </select>
        <p className={row.topicChosen ? `${classes.small} ${classes.chosen}` : classes.small}>
          {text(row.topicChosen ? 'complaints.row.chosen' : 'complaints.row.suggested')}
        </p>
      </div>
    </div>
  );
});
