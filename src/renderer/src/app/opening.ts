import { getApi } from '../api/get-api';
import { readWizardStart } from './read-wizard-start';

// main.tsx imports this module first, so it runs before React, Mantine and the rest of the
// app are even downloaded: the start-up reads are on their way while the code that will show
// them is still loading.

/** The service the page talks to; null in browser mode when the page was opened without its token. */
export const api = getApi();

/** What the wizard opens with, already asked for. */
export const opening = api ? readWizardStart(api) : null;
