import type { AgreementState } from '@shared/domain/agreement-version';
import { opensOnUtilities } from './start-screen';

/**
 * What the shell shows in place of a step: the utilities and backups, or the overview of the
 * approved agreement's year. The steps themselves are 'steps'.
 */
export type ShellScreen = 'steps' | 'utilities' | 'overview';

/**
 * The screen a window opens on: the utilities when there are several (the first time in this
 * window), else the overview once an agreement is approved, for the year after the vote is
 * what the app is opened for then; a draft opens on its step.
 */
export function openingScreen(agreement: AgreementState, utilities: number): ShellScreen {
  if (opensOnUtilities(utilities)) return 'utilities';
  return agreement.status === 'approved' ? 'overview' : 'steps';
}

/**
 * Whether a revision has been approved, so there are results to keep: this one, or an earlier
 * one that a newer draft was written from.
 */
export function hasApprovedRevision(agreement: AgreementState): boolean {
  return agreement.status === 'approved' || agreement.revision > 1;
}
