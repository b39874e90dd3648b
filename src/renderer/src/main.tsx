// The page's first module is small on purpose: it sends the start-up reads (opening.ts), then
// asks for the app's code and the first step's, so their download and compiling (a third of
// a second on a slow laptop) overlap the reads instead of coming before them. Meanwhile the
// page shows index.html's "Opening LOS Builder…"; the app draws once, with the saved work.
import { api, opening } from './app/opening';
import { lastStep } from './app/last-step';
import { preloadStep } from './app/step-code';
import { loadCatalog, loadStartCatalogs } from './i18n/load-catalog';
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
// The words of the language the page showed last (opening-language.js set its `lang`), on their
// way alongside the code; the language chosen is known once the reads answer, and is nearly
// always the same one.
void loadCatalog(document.documentElement.lang === 'es' ? 'es' : 'en').catch(() => undefined);
// Chromium's first Intl call loads its list of locales: 30–60 ms here, more on an old laptop.
// react-intl makes that call as the app starts drawing; made now, it fills time the page would
// spend waiting for the reads and the code anyway.
Intl.NumberFormat.supportedLocalesOf(['en-US', 'es-US']);

// The app's own files failed to load (damaged, or out of memory): say so, not a blank page.
// In the language the page last showed: no catalog here.
const filesFailed = () => {
  root.textContent = pageText(appMessages, 'app.filesFailed');
};

app.then(async ({ startApp }) => {
  const opened = await opening;
  const chosen = opened?.ok ? opened.value.language : null;
  await loadStartCatalogs(chosen).then(() => startApp(root, api, opened), filesFailed);
}, filesFailed);
