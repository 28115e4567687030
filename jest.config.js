/** @type {import('jest').Config} */
module.exports = {
  testTimeout: 60000,
  projects: [
    {
      displayName: 'node',
      testEnvironment: 'node',
      roots: ['<rootDir>/test'],
      testMatch: ['**/*.test.ts'],
      testPathIgnorePatterns: ['/test/e2e/', '/test/print/'],
      transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
    },
    {
      // The preview in a real Chromium and the printed attachments through LibreOffice: slow
      // (a production build, a browser, soffice), each skipped with its reason where the
      // program is missing (see .ci/run).
      displayName: 'e2e',
      testEnvironment: 'node',
      roots: ['<rootDir>/test/e2e', '<rootDir>/test/print'],
      testMatch: ['**/*.test.ts'],
      testTimeout: 300000,
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
