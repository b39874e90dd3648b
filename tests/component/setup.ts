import { notifications } from '@mantine/notifications';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { loadCatalog } from '../../src/renderer/src/i18n/load-catalog';
import { fakeMediaQueryList } from './support/media-query';

// What jsdom lacks and Mantine uses (ENVIRONMENT.md).
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string): MediaQueryList => fakeMediaQueryList(query, false),
});

class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
window.ResizeObserver = ResizeObserverStub;
Element.prototype.scrollIntoView = () => undefined;
// Textarea's autosize listens for web fonts loading.
Object.defineProperty(document, 'fonts', {
  value: { addEventListener: () => undefined, removeEventListener: () => undefined },
});
// jsdom only reports "not implemented"; the wizard scrolls to the top when the step changes.
window.scrollTo = () => undefined;

// Each step's code loads when the step is first shown (decision 36); here that means Vite
// compiling the step on first use, which takes seconds on a busy 2-core machine. A `findBy…`
// waits up to 1 s by default, and then a step that is merely slow to compile looked absent.
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => {
  cleanup();
  // The notifications store outlives the rendered tree; a test must not see the last one's.
  notifications.clean();
  sessionStorage.clear();
});

// pdfkit reads the fonts with `instanceof Uint8Array`, and jsdom's Uint8Array is not Node's, so
// no PDF can be drawn here. Only the drawing is replaced: the checks before an export, the file
// name and the delivery are main's own. The bytes are a PDF header, enough to recognise.
vi.mock('../../src/main/pdf/render-pdf', () => ({
  renderPdf: () => Promise.resolve(Buffer.from('%PDF-1.7')),
}));

// The app draws once its words have loaded (main.tsx); the tests draw it in either language.
await Promise.all([loadCatalog('en'), loadCatalog('es')]);
