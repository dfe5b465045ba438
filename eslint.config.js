// @ts-check
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import { defineConfig } from 'eslint/config';

const impureGlobals = [
  'window',
  'document',
  'localStorage',
  'sessionStorage',
  'navigator',
  'location',
].map((name) => ({ name, message: 'src/lib is pure: pass what you need in as an argument.' }));

export default defineConfig(
  {
    ignores: [
      'dist/',
      'dist-lms/',
      '.astro/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'coverage/',
    ],
  },
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // House style §1: lib is plain TypeScript — no framework, storage, clock or randomness.
    files: ['src/lib/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['preact', 'preact/*', '@preact/*'],
              message: 'src/lib must not depend on Preact.',
            },
            {
              group: ['nanostores', '@nanostores/*'],
              message: 'src/lib must not depend on stores.',
            },
            {
              group: ['astro:*', 'astro', 'astro/*'],
              message: 'src/lib must not depend on Astro.',
            },
            {
              group: ['**/stores/**', '**/islands/**', '**/components/**'],
              message: 'src/lib sits below stores and islands.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...impureGlobals],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'Pass the clock in as an argument.' },
        {
          object: 'Math',
          property: 'random',
          message: 'Pass a seeded generator in as an argument.',
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'Pass the clock in as an argument.',
        },
      ],
    },
  },
  {
    files: ['src/islands/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/i18n', '**/i18n/*'],
              message: 'Pass strings to islands as props so the dictionary stays out of bundles.',
            },
          ],
        },
      ],
    },
  },
);
