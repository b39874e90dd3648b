import type { Api } from '../shared/api/contract';

declare global {
  interface Window {
    /** Present in the Electron window only; browser mode talks HTTP instead. */
    api?: Api;
  }
}
