// @ts-check
// CommonJS so that tests can load it synchronously (tests/core/purity.test.ts).
const tseslint = require('typescript-eslint');
const reactHooks = require('eslint-plugin-react-hooks');

/** The engine must stay pure: these may only be imported by the hosts. */
const HOST_ONLY = [
  {
    group: ['react', 'react-dom', 'react/*', 'react-dom/*', '@fluentui/*'],
    message: 'src/core is pure: UI code belongs in src/taskpane.',
  },
  {
    group: ['@microsoft/office-js', 'office-js'],
    message: 'src/core is pure: Office.js belongs in src/excel.',
  },
  {
    group: [
      'node:*',
      'fs',
      'fs/*',
      'path',
      'os',
      'child_process',
      'crypto',
      'stream',
      'util',
      'url',
      'http',
      'https',
      'zlib',
      'worker_threads',
      'buffer',
    ],
    message: 'src/core is pure: file and process I/O belong in src/xlsx or src/cli.',
  },
  {
    group: ['exceljs', 'jszip', '**/excel/**', '**/xlsx/**', '**/cli/**', '**/taskpane/**', '**/port/**'],
    message: 'src/core must not depend on a host.',
  },
];

/**
 * The arrows run pane → host → core (docs/architecture.md): the Office.js host never imports the pane; what
 * both need (the host port's types) lives in src/port.
 */
const NOT_THE_PANE = {
  group: ['**/taskpane', '**/taskpane/**'],
  message: 'The host must not depend on the pane (src/taskpane): shared types belong in src/port.',
};

/**
 * The analyses import their sentences from core/messages; the messages name the analyses' vocabulary from
 * core/model/analysisVocabulary.ts, never the analyses, so there is no cycle.
 */
const NOT_THE_ANALYSES = {
  group: ['**/analysis', '**/analysis/**'],
  message:
    'core/messages must not import core/analysis (a cycle): shared names live in core/model/analysisVocabulary.ts.',
};

module.exports = tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'dist/**',
      'lib/**',
      'out/**',
      'samples/**',
      'coverage/**',
      '**/*.js',
      '**/*.mjs',
      '**/*.cjs',
    ],
  },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: HOST_ONLY }],
      'no-restricted-globals': [
        'error',
        { name: 'Office', message: 'src/core is pure: no Office.js.' },
        { name: 'Excel', message: 'src/core is pure: no Office.js.' },
        { name: 'document', message: 'src/core is pure: no DOM.' },
        { name: 'window', message: 'src/core is pure: no DOM.' },
        { name: 'process', message: 'src/core is pure: no Node globals.' },
        { name: 'require', message: 'src/core is pure: no Node globals.' },
        { name: 'Buffer', message: 'src/core is pure: no Node globals.' },
      ],
    },
  },
  {
    files: ['src/core/messages/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...HOST_ONLY, NOT_THE_ANALYSES] }] },
  },
  {
    files: ['src/excel/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [NOT_THE_PANE] }] },
  },
  {
    files: ['src/port/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            NOT_THE_PANE,
            { group: ['**/excel/**', '**/xlsx/**', '**/cli/**'], message: 'src/port is host-neutral.' },
          ],
        },
      ],
    },
  },
);
