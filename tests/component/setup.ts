import { notifications } from '@mantine/notifications';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
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

afterEach(() => {
  cleanup();
  // The notifications store outlives the rendered tree; a test must not see the last one's.
  notifications.clean();
  sessionStorage.clear();
});
