import type { Language } from '../domain/printed-date';
import { standingIn } from './frame-words';

/** Whether an approved revision is the board's current agreement, or was replaced. */
export type Standing =
  { inForce: true } | { inForce: false; supersededBy: number; supersededOn: string };

/** The line the title page prints under the dates, so an old copy is never mistaken for today's. */
export function standingWords(standing: Standing, language: Language = 'en'): string {
  return standingIn(standing, language);
}
