// Says index.html's "Opening LOS Builder…" in the language the page last showed, before the
// app's code has loaded: LanguageProvider keeps that language (src/i18n/page-language.ts), and
// on a first start it follows the computer's first language, as LanguageProvider does. Also
// sets the page's `lang`, so a refusal at start-up and a failed load are said in it too.
// Plain JavaScript served as is (public/): a classic script runs where it stands, right after
// the paragraph, where a module (main.tsx) runs only once the document is parsed.
/* global document */
(function () {
  var shown = null;
  try {
    shown = localStorage.getItem('los-builder:language');
  } catch {
    // Storage refused: follow the computer.
  }
  if (shown === null) shown = /^es/i.test(navigator.languages[0] || '') ? 'es' : 'en';
  if (shown !== 'es') return;
  document.documentElement.lang = 'es';
  var opening = document.querySelector('.los-page-opening');
  if (opening) opening.textContent = 'Abriendo LOS Builder…';
})();
