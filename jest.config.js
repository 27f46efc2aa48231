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
      transform: { '^.+\\.tsx?$': tsJest },
    },
    {
      displayName: 'dom',
      testEnvironment: 'jsdom',
      roots: ['<rootDir>/tests'],
      testMatch: ['**/*.test.tsx'],
      transform: { '^.+\\.tsx?$': tsJest },
    },
    {
      displayName: 'e2e',
      testEnvironment: 'node',
      roots: ['<rootDir>/tests'],
      testMatch: ['**/e2e/**/*.e2e.ts'],
      transform: { '^.+\\.tsx?$': tsJest },
    },
  ],
};
