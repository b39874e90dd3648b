/**
 * The office's complaint log as its spreadsheet exports it: the year before the vote, imported
 * while the agreement was drafted, and the year since, imported before revision 2. A blank
 * resolved date is a complaint still open.
 */
const header =
  'Date Received,Time Received,Category,Description,Location,Date Responded,Time Responded,Date Resolved,Time Resolved';

export const complaintsBeforeVote = [
  header,
  '2024-07-02,08:15,Low pressure,Trickle in the evening,Ridge Road,2024-07-02,13:00,2024-07-09,16:00',
  '2024-07-19,17:40,Low pressure,Sprinkler will not run,Ridge Road,2024-07-22,09:10,2024-08-02,15:00',
  '2024-08-05,10:05,Leak,Water running in the ditch,Mill Lane,2024-08-05,11:30,2024-08-06,14:00',
  '2024-08-21,07:50,No water,Dry taps after main break,Mill Lane,2024-08-21,08:10,2024-08-21,15:45',
  '2024-09-03,14:20,Billing,Bill twice the usual,Creek Road,2024-09-09,10:00,2024-09-20,11:00',
  '2024-09-17,09:00,Taste & odor,Strong chlorine smell,Grange Road,2024-09-17,15:30,2024-09-18,10:00',
  '2024-10-08,16:10,Discolored water,Brown water after flushing,Ridge Road,2024-10-09,08:30,2024-10-10,12:00',
  '2024-10-29,11:45,Meter,Meter box lid broken,Main Street,2024-10-30,09:00,2024-11-12,14:00',
  '2024-11-14,13:30,Billing,Late fee charged in error,Creek Road,2024-11-25,10:15,2024-12-06,16:00',
  '2024-12-03,08:40,Leak,Leak at the curb stop,Juniper Court,2024-12-03,10:00,2024-12-05,15:00',
  '2025-01-16,07:20,No water,Frozen service line,Ridge Road,2025-01-16,08:00,2025-01-17,12:30',
  '2025-02-11,15:05,Billing,Wants to pay online,Main Street,2025-02-12,09:30,2025-02-12,09:30',
  '2025-03-06,06:55,Discolored water,Brown water after main break,Mill Lane,2025-03-06,09:00,2025-03-07,17:00',
  '2025-03-27,12:00,Low pressure,Weak shower upstairs,Ridge Road,2025-04-02,10:00,2025-04-25,15:00',
  '2025-04-22,10:30,Courtesy,Crew left the yard torn up,Aspen Way,2025-04-23,08:45,2025-05-06,12:00',
  '2025-05-13,09:15,Taste & odor,Earthy taste,Grange Road,2025-05-13,14:00,2025-05-15,10:00',
  '2025-06-10,18:20,Low pressure,Pressure drops at night,Ridge Road,2025-06-11,08:00,2025-06-27,15:00',
  '2025-06-30,08:05,Leak,Wet spot by the hydrant,Creek Road,2025-06-30,09:30,2025-07-01,14:00',
  '2025-07-15,16:45,No water,Water off with no warning,Mill Lane,2025-07-15,17:00,2025-07-15,21:30',
  '2025-08-04,11:10,Low pressure,Cannot run washer and sprinkler,Ridge Road,2025-08-05,09:00,2025-08-15,16:00',
  '2025-08-26,13:55,Billing,Meter read wrong,Aspen Way,2025-09-02,10:00,2025-09-05,11:00',
  '2025-09-18,07:35,Hard water,White spots on dishes,Juniper Court,2025-09-19,10:00,2025-09-19,10:00',
  '2025-10-14,10:20,Leak,Leak in the meter pit,Main Street,2025-10-14,11:00,2025-10-16,13:00',
  '2025-11-04,14:40,Billing,Bill arrived after due date,Creek Road,2025-11-05,09:00,2025-11-07,12:00',
].join('\n');

export const complaintsSinceVote = [
  header,
  '2025-12-16,08:30,No water,Frozen meter,Ridge Road,2025-12-16,09:15,2025-12-16,14:00',
  '2026-01-21,11:00,Billing,Question about new rate,Main Street,2026-01-21,15:00,2026-01-22,10:00',
  '2026-02-17,07:45,Leak,Water bubbling in the road,Mill Lane,2026-02-17,08:20,2026-02-18,16:00',
  '2026-03-10,13:15,Discolored water,Rusty water after flushing,Ridge Road,2026-03-10,16:00,2026-03-11,11:00',
  '2026-04-07,09:40,Low pressure,Low pressure at the barn,Mill Lane,2026-04-08,08:30,2026-04-21,15:00',
  '2026-05-05,17:25,Taste & odor,Chlorine taste,Grange Road,2026-05-06,09:00,2026-05-07,10:00',
  '2026-06-02,10:50,Low pressure,Evening pressure still low,Ridge Road,2026-06-02,14:00,2026-06-19,15:00',
  '2026-06-23,08:10,Leak,Leak at the curb stop,Aspen Way,2026-06-23,09:00,2026-06-24,12:00',
  '2026-07-14,15:35,No water,Outage longer than posted,Mill Lane,2026-07-14,15:50,2026-07-14,19:00',
  '2026-08-11,12:05,Billing,Autopay charged twice,Creek Road,2026-08-12,09:00,2026-08-14,16:00',
  '2026-09-01,09:25,Courtesy,Thank you for the quick fix,Juniper Court,2026-09-01,10:00,2026-09-01,10:00',
  '2026-09-29,14:10,Meter,Meter hard to read,Main Street,2026-09-30,08:30,2026-10-09,12:00',
  '2026-10-20,07:55,Leak,Service line leak,Ridge Road,2026-10-20,08:30,,',
].join('\n');
