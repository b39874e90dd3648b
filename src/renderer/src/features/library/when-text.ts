import { describeTime } from '@shared/domain/time-text';

/** A saved time (ISO) as the computer's local date and time, as main's messages write it. */
export function whenText(iso: string): string {
  const when = new Date(iso);
  return Number.isNaN(when.getTime()) ? iso : describeTime(when);
}
