import { afterEach, beforeEach, vi } from 'vitest';
import { pseudoText } from '../../../src/renderer/src/i18n/pseudo-text';
import { sampleToday } from '../../support/sample-today';
import { enterPseudoLocale, leavePseudoLocale } from './pseudo-locale';

// The set-up the words tests (`*-words.test.tsx`) share: call these inside a `describe`.

/** How the pseudo-locale writes a catalog text with no placeholder: accented, in ⟦ ⟧. */
export const pseudo = (english: string): string => `⟦${pseudoText(english)}⟧`;

/** Every test of the block renders in the pseudo-locale, and the next block starts without it. */
export function inPseudoLocale(): void {
  beforeEach(enterPseudoLocale);
  afterEach(leavePseudoLocale);
}

/**
 * Every test of the block runs on the sample day (only the date is faked: timers run, so the
 * screens' saves and waits work), and the next block on the real clock.
 */
export function onSampleToday(): void {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'], now: sampleToday() });
  });
  afterEach(() => {
    vi.useRealTimers();
  });
}
