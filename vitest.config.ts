import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { screenCatalogs, sharedAlias } from './electron.vite.config';

export default defineConfig({
  plugins: [react(), screenCatalogs],
  resolve: { alias: sharedAlias },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['tests/component/**/*.test.tsx'],
          setupFiles: ['tests/component/setup.ts'],
          // Keyboard walks through the whole wizard on the real services take 10 s or more on a
          // busy two-core machine; a timeout is not how these tests judge speed (npm run bench is).
          testTimeout: 40_000,
        },
      },
    ],
  },
});
