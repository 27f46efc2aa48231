/** @type {import('jest').Config} */
const tsJest = [
  'ts-jest',
  { tsconfig: { jsx: 'react-jsx', module: 'CommonJS', moduleResolution: 'Node', isolatedModules: true } },
];
const transform = { '^.+\\.tsx?$': tsJest };
/** Every fast-check property runs with one fixed, printed seed (FC_SEED overrides it). */
const setupFiles = ['<rootDir>/tests/support/fastCheckSeed.ts'];
/** Suites that drive LibreOffice (and poppler): the `tools` project. */
const LIBREOFFICE_SUITES = [
  '<rootDir>/tests/**/libreoffice.test.ts',
  '<rootDir>/tests/**/*.libreoffice.test.ts',
];

/**
 * Suites that start the CLI as a process or build the production bundle (tests/cli, the manifest): the
 * `cli` project, outside the developer's quick loop.
 */
const PROCESS_SUITES = ['<rootDir>/tests/cli/**/*.test.ts', '<rootDir>/tests/manifest/**/*.test.ts'];

/**
 * Five projects (TESTING.md): `node` and `dom` are the developer's loop (`npm run test:quick`); `cli` starts
 * the CLI and the build as processes; `tools` (LibreOffice) and `e2e` (Chromium) drive system programs.
 * `npm test` and CI run all five.
 */
module.exports = {
  testTimeout: 60000,
  // jest's default is one worker fewer than the cores: a single worker on a 2-core machine.
  maxWorkers: '100%',
  projects: [
    {
      displayName: 'node',
      testEnvironment: 'node',
      roots: ['<rootDir>/tests'],
      testMatch: ['**/*.test.ts'],
      testPathIgnorePatterns: [
        '/tests/e2e/',
        '/tests/cli/',
        '/tests/manifest/',
        '[/.]libreoffice\\.test\\.ts$',
      ],
      setupFiles,
      transform,
    },
    {
      displayName: 'cli',
      testEnvironment: 'node',
      roots: ['<rootDir>/tests'],
      testMatch: PROCESS_SUITES,
      testPathIgnorePatterns: ['[/.]libreoffice\\.test\\.ts$'],
      setupFiles,
      transform,
    },
    {
      displayName: 'dom',
      testEnvironment: 'jsdom',
      roots: ['<rootDir>/tests'],
      testMatch: ['**/*.test.tsx'],
      setupFiles,
      // After the test framework: importing Testing Library registers its cleanup with afterEach.
      setupFilesAfterEnv: ['<rootDir>/tests/support/domTestingTimeouts.ts'],
      transform,
    },
    {
      displayName: 'tools',
      testEnvironment: 'node',
      roots: ['<rootDir>/tests'],
      testMatch: LIBREOFFICE_SUITES,
      setupFiles,
      transform,
    },
    {
      displayName: 'e2e',
      testEnvironment: 'node',
      roots: ['<rootDir>/tests'],
      testMatch: ['**/e2e/**/*.e2e.ts'],
      // One Chromium for every e2e suite of the run (tests/e2e/support/sharedChromium.ts).
      globalSetup: '<rootDir>/tests/e2e/support/globalSetup.ts',
      globalTeardown: '<rootDir>/tests/e2e/support/globalTeardown.ts',
      transform,
    },
  ],
};
