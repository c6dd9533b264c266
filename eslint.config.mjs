// @ts-check
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [
  'node:*',
  'fs',
  'path',
  'os',
  'child_process',
  'http',
  'https',
  'net',
  'crypto',
];

export default defineConfig([
  globalIgnores([
    'out/',
    'dist/',
    'node_modules/',
    'test-results/',
    'playwright-report/',
  ]),
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: {
          allowDefaultProject: ['*.mjs', 'scripts/*.mjs'],
        },
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.node },
    },
    rules: {
      'no-console': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'inline-type-imports' },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // Scripts and command-line entry points talk to a terminal, not a log.
    files: ['scripts/**', 'main/logging/**'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/main/**', '**/main'],
              message:
                'The renderer is untrusted: it talks to main only through window.lobbykey.',
            },
            {
              regex: '(^|/)preload(/index(\\.ts)?)?$',
              message:
                'Import the contract from preload/contract, not the Electron binding.',
            },
            {
              group: [
                'electron',
                'keytar',
                'better-sqlite3',
                'axios',
                ...nodeBuiltins,
              ],
              message: 'The renderer has no Node or Electron access.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['main/qrmaster/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'electron',
                'electron/*',
                'react',
                'react-dom',
                'better-sqlite3',
                'keytar',
              ],
              message:
                'main/qrmaster is a plain API client: no Electron, React or storage.',
            },
            {
              group: [
                '**/storage/**',
                '**/storage',
                '**/credentials/**',
                '**/checkin/**',
                '**/ipc/**',
                '**/renderer/**',
              ],
              message:
                'main/qrmaster must not depend on the database or the app layers.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['main/simulator/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'electron',
                'electron/*',
                'react',
                'better-sqlite3',
                'keytar',
                '**/storage/**',
                '**/renderer/**',
              ],
              message:
                'The simulator stands alone: no Electron, React or storage.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['test/**/*.{ts,tsx}', 'bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
]);
