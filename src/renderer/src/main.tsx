// The page's first module is small on purpose: it sends the start-up reads (opening.ts), then
// asks for the app's code and the first step's, so their download and compiling (a third of
// a second on a slow laptop) overlap the reads instead of coming before them. Meanwhile the
// page shows index.html's "Opening LOS Builder…"; the app draws once, with the saved work.
import { api, opening } from './app/opening';
import { lastStep } from './app/last-step';
import { preloadStep } from './app/step-code';
import { appMessages } from './i18n/messages/app-messages';
import { pageText } from './i18n/page-text';
import './mantine-styles';
import './app.css';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
const app = import('./app/start-app');
// The step shown last time (step 1 on a first start), asked for after the app itself, which
// is needed first; readWizardStart corrects the guess once the saved step is known.
if (api) void preloadStep(lastStep() ?? 'utility');
app.then(
  async ({ startApp }) => startApp(root, api, await opening),
  () => {
    // The app's own files failed to load (damaged, or out of memory): say so, not a blank page.
    // In the language the page last showed (opening-language.js set its `lang`): no catalog here.
    root.textContent = pageText(appMessages, 'app.filesFailed');
  },
);
