import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { catalogPerLanguage } from './scripts/catalog-per-language';
import { startCodeChunks } from './scripts/start-code-chunks';

/** The renderer imports the pure core as `@shared/…` (tsconfig.base.json's `paths`). */
export const sharedAlias = { '@shared': resolve(__dirname, 'src/shared') };

/** The screens' words, one module per language (scripts/catalog-per-language.ts). */
export const screenCatalogs = catalogPerLanguage(
  resolve(__dirname, 'src/renderer/src/i18n/catalog.ts'),
  'screenCatalogs',
  sharedAlias,
);

// Three bundles: main (plus the browser-mode server, which shares main's services),
// a sandboxed CommonJS preload, and the React renderer.
export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          serve: resolve(__dirname, 'src/main/serve.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
        // A sandboxed preload cannot be an ES module.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    resolve: { alias: sharedAlias },
    build: {
      minify: true,
      rollupOptions: { input: { index: resolve(__dirname, 'src/renderer/index.html') } },
    },
    plugins: [
      react(),
      screenCatalogs,
      startCodeChunks({
        firstScript: 'src/renderer/src/main.tsx',
        shownFirst: [
          'src/renderer/src/app/start-app.tsx',
          'src/renderer/src/features/utility/UtilityStep.tsx',
        ],
      }),
    ],
  },
});
