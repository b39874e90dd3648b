import type { Meeting } from '../approval';
import { plainDate } from '../plain-date';

/**
 * Named before approval when the meeting's date is after today (YYYY-MM-DD on this computer's
 * calendar): the vote is recorded after the meeting, so a later date is usually a typo, and
 * approving then needs the user's explicit confirmation. Null when the date is not later.
 */
export function meetingAfterToday(meeting: Meeting, today: string): string | null {
  if (meeting.date === '' || meeting.date <= today) return null;
  return `The meeting date, ${plainDate(meeting.date)}, is after today. Record the vote after the meeting.`;
}
