import type { Api } from '@shared/api/contract';
import type { Result } from '@shared/api/result';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import type { WizardStart } from './WizardShell';

/** Draws the app into `root` (replacing what index.html shows), with the start-up reads' answer. */
export function startApp(
  root: HTMLElement,
  api: Api | null,
  opening: Result<WizardStart> | null,
): void {
  createRoot(root).render(
    <StrictMode>
      <App api={api} opening={opening} />
    </StrictMode>,
  );
}
