/** @type {import('jest').Config} */
const tsJest = [
  'ts-jest',
  { tsconfig: { jsx: 'react-jsx', module: 'CommonJS', moduleResolution: 'Node', isolatedModules: true } },
];

module.exports = {
  testTimeout: 60000,
  projects: [
    {
      displayName: 'node',
      testEnvironment: 'node',
      roots: ['<rootDir>/tests'],
      testMatch: ['**/*.test.ts'],
      testPathIgnorePatterns: ['/tests/e2e/'],
      setupFiles: ['<rootDir>/tests/support/fastCheckSeed.ts'],
      transform: { '^.+\\.tsx?$': tsJest },
    },
    {
      displayName: 'dom',
      testEnvironment: 'jsdom',
      roots: ['<rootDir>/tests'],
      testMatch: ['**/*.test.tsx'],
      setupFiles: ['<rootDir>/tests/support/fastCheckSeed.ts'],
      transform: { '^.+\\.tsx?$': tsJest },
    },
    {
      displayName: 'e2e',
      testEnvironment: 'node',
      roots: ['<rootDir>/tests'],
      testMatch: ['**/e2e/**/*.e2e.ts'],
      // One Chromium for every e2e suite of the run (tests/e2e/support/sharedChromium.ts).
      globalSetup: '<rootDir>/tests/e2e/support/globalSetup.ts',
      globalTeardown: '<rootDir>/tests/e2e/support/globalTeardown.ts',
      transform: { '^.+\\.tsx?$': tsJest },
    },
  ],
};
