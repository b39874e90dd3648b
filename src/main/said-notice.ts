import type { Language } from '../shared/domain/printed-date';
import type { AppStatus, Notice } from '../shared/api/setup-contract';
import { sayingIn, type Saying } from './app-error';

/**
 * Something a window should be told (a restored backup, a failed backup), kept in main as what
 * to say rather than words: it is built before any window exists, and each window that asks
 * reads it in its own language.
 */
export interface SaidNotice {
  readonly level: Notice['level'];
  readonly saying: Saying;
}

/**
 * The app's status as main keeps it: its notices still to be said; whether the utility is the
 * example is read from its workbook on each call.
 */
export type MainStatus = Omit<AppStatus, 'notices' | 'utility'> & {
  notices: readonly SaidNotice[];
  utility: Omit<AppStatus['utility'], 'example'>;
};

/** A notice as the window that asks reads it. */
export function noticeIn(notice: SaidNotice, language: Language): Notice {
  return { level: notice.level, message: sayingIn(notice.saying, language) };
}
