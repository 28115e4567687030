/** @type {import('jest').Config} */
module.exports = {
  testTimeout: 60000,
  projects: [
    {
      displayName: 'node',
      testEnvironment: 'node',
      roots: ['<rootDir>/test'],
      testMatch: ['**/*.test.ts'],
      transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
    },
    {
      // The task pane's components, in jsdom, compiled with the web tsconfig (JSX, DOM).
      displayName: 'taskpane',
      testEnvironment: 'jsdom',
      roots: ['<rootDir>/test/taskpane'],
      testMatch: ['**/*.test.tsx'],
      setupFiles: ['<rootDir>/test/taskpane/setup.ts'],
      transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.web.test.json' }] },
    },
  ],
};
