// What the bench runs inside the page. Kept as source text, not functions: tsx rewrites
// functions with helpers the page does not have.

/**
 * Installed before the page's own scripts: notes (in `window.__fieldUsableAt`, ms since
 * navigation start) the first frame painted after step 1's "Name of the utility" field is on
 * screen and takes typing (not disabled, not read-only, laid out). The field is looked for once
 * per frame that follows a change to the page, just before that frame is drawn, so the probe
 * costs the page one lookup a frame rather than one per change (a lookup forces a layout).
 */
export const fieldUsableProbe = `(() => {
  const usable = () => {
    for (const label of document.querySelectorAll('label')) {
      if (!label.textContent.startsWith('Name of the utility') || !label.htmlFor) continue;
      const input = document.getElementById(label.htmlFor);
      if (input && !input.matches(':disabled') && !input.readOnly && input.getClientRects().length > 0) return true;
    }
    return false;
  };
  let looking = false;
  const lookBeforeThisFrame = () => {
    looking = false;
    if (!usable()) return;
    observer.disconnect();
    const channel = new MessageChannel();
    channel.port1.onmessage = () => { window.__fieldUsableAt = performance.now(); };
    channel.port2.postMessage(null);
  };
  const observer = new MutationObserver(() => {
    if (looking) return;
    looking = true;
    requestAnimationFrame(lookBeforeThisFrame);
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true });
})()`;

/** The JavaScript files the page fetched before the field was usable (paths under the app). */
export const scriptsBeforeUsable = `performance.getEntriesByType('resource')
  .filter((entry) => entry.startTime < window.__fieldUsableAt)
  .map((entry) => new URL(entry.name).pathname)
  .filter((path) => path.endsWith('.js'))`;

/**
 * Keystroke → next frame, for every key (`window.__keyLatencies`, ms): from the keydown's own
 * time stamp (when the key was pressed, so time waiting behind a busy main thread counts) to
 * just after the next frame is drawn (a message posted from requestAnimationFrame runs after
 * that frame's paint). Chosen over the Event Timing API, which leaves out events under 16 ms
 * and rounds to 8 ms, so a p95 over all keys could not be taken from it.
 */
export const keystrokeProbe = `(() => {
  window.__keyLatencies = [];
  addEventListener('keydown', (event) => {
    const pressed = event.timeStamp;
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => window.__keyLatencies.push(performance.now() - pressed);
      channel.port2.postMessage(null);
    });
  }, true);
})()`;
