// One formatter for every time on the utilities screen: building one per call is slow.
const format = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' });

/** A saved time (ISO) as the computer's local date and time: "Mar 3, 2026, 4:12 PM". */
export function whenText(iso: string): string {
  const when = new Date(iso);
  return Number.isNaN(when.getTime()) ? iso : format.format(when);
}
