import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'http', 'url'];
const electronOnly = {
  name: 'electron',
  message: 'Only the Electron shell files may import electron (ARCHITECTURE.md rule 4).',
};

/** Files allowed to import electron: the thin shell. */
const shellFiles = [
  'src/main/index.ts',
  'src/main/window.ts',
  'src/main/security.ts',
  'src/main/menu.ts',
  'src/main/protocol.ts',
  'src/main/app-paths.ts',
  'src/main/transport/ipc.ts',
  'src/main/platform/**',
  'src/preload/**',
];

/** What every renderer file may not import, plus the patterns of its layer. */
function rendererImports(...layerPatterns) {
  return [
    'error',
    {
      paths: [electronOnly, ...nodeBuiltins.filter((n) => !n.includes('*'))],
      patterns: [
        { group: ['node:*'], message: 'The renderer has no Node: go through the API.' },
        {
          group: ['**/main/**', '**/preload/index*'],
          message: 'The renderer reaches main only through the API contract.',
        },
        {
          regex: '^\\.{1,2}/(.*/)?shared(/|$)',
          message: "Import src/shared as '@shared/...', not by a relative path.",
        },
        ...layerPatterns,
      ],
    },
  ];
}

/** A relative import from a layer into a folder above it in src/renderer/src, and the way out. */
function layerAbove(above, why) {
  return { regex: `^(\\.\\./)+(${above.join('|')})(/|$)`, message: why };
}

export default tseslint.config(
  {
    ignores: [
      '.tmp/**',
      'out/**',
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'tools/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-imports': ['error', { paths: [electronOnly] }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: globals.node,
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronOnly, 'react', 'lowdb', ...nodeBuiltins.filter((n) => !n.includes('*'))],
          patterns: [
            { group: ['node:*'], message: 'src/shared is pure: no Node built-ins.' },
            {
              group: ['**/main/**', '**/renderer/**', '**/preload/**'],
              message: 'src/shared imports nothing from the app layers.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/main/**/*.ts'],
    ignores: shellFiles,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronOnly],
          patterns: [
            {
              group: ['**/renderer/**', '**/preload/**'],
              message: 'main does not import the renderer or preload.',
            },
          ],
        },
      ],
    },
  },
  {
    // The thin Electron shell is where electron may be imported.
    files: shellFiles,
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: globals.browser },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': rendererImports(),
    },
  },
  // The renderer's layers, top to bottom: app/ (the shell), features/ (the steps), form-kit/
  // (what every step uses), then api/ and theme.ts. An import only ever runs downwards, so a
  // lower layer can be read and tested without the ones above it.
  {
    files: ['src/renderer/src/form-kit/**'],
    rules: {
      'no-restricted-imports': rendererImports(
        layerAbove(
          ['app', 'features'],
          'form-kit/ is below app/ and features/: pass what it needs in, or move it down here.',
        ),
      ),
    },
  },
  {
    files: ['src/renderer/src/features/**'],
    rules: {
      'no-restricted-imports': rendererImports(
        layerAbove(['app'], 'features/ is below app/: move what both need down into form-kit/.'),
      ),
    },
  },
  {
    files: ['src/renderer/src/api/**', 'src/renderer/src/theme.ts'],
    rules: {
      'no-restricted-imports': rendererImports(
        layerAbove(
          ['app', 'features', 'form-kit'],
          'api/ and theme.ts are the bottom layer: they import only each other and @shared.',
        ),
      ),
    },
  },
  {
    // Cycles make the load order decide what is undefined at start-up. Type-only imports are
    // not followed: they vanish from the built code. A file past 300 lines is doing two jobs.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      // Without these the rule skips every .ts file it reaches and finds no cycle at all.
      'import-x/extensions': ['.ts', '.tsx'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      // tsconfig.base.json holds the `@shared/*` path, so cycles through the alias are seen.
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'tsconfig.base.json' })],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'max-lines': ['error', { max: 300, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    files: ['tests/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': 'off', '@typescript-eslint/unbound-method': 'off' },
  },
);
