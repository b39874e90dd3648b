import type { Meeting } from '../approval';
import { meetingDaySaid } from '../approved/audit-records';
import { said, type Said } from '../../i18n/said';

/**
 * Named before approval when the meeting's date is after today (YYYY-MM-DD on this computer's
 * calendar): the vote is recorded after the meeting, so a later date is usually a typo, and
 * approving then needs the user's explicit confirmation. Null when the date is not later.
 */
export function meetingAfterToday(meeting: Meeting, today: string): Said | null {
  if (meeting.date === '' || meeting.date <= today) return null;
  return said('records.meetingAfterToday', { date: meetingDaySaid(meeting.date) });
}
