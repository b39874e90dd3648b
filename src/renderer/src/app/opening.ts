import { getApi } from '../api/get-api';
import { lastStep } from './last-step';
import { readWizardStart } from './read-wizard-start';
import { preloadStep } from './step-code';

// main.tsx imports this module first, so it runs before React, Mantine and the rest of the
// app are evaluated (a third of a second on a slow laptop): the start-up reads, and then the
// first step's code, are on their way while the script that will show them is still being run.

/** The service the page talks to; null in browser mode when the page was opened without its token. */
export const api = getApi();

/** What the wizard opens with, already asked for. */
export const opening = api ? readWizardStart(api) : null;

// The step shown last time (step 1 on a first start) starts downloading now, while the rest of
// this script runs; readWizardStart corrects the guess once the saved step is known.
if (api) preloadStep(lastStep() ?? 'utility');
