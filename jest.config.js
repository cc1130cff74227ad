/** Jest runs the ESM TypeScript sources through ts-jest (see README: npm test). */
export default {
  preset: 'ts-jest/presets/default-esm',
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }],
  },
  testTimeout: 120000,
  setupFilesAfterEnv: ['<rootDir>/test/support/exit-cleanup.ts'],
  reporters: ['default', '<rootDir>/scripts/jest-summary-reporter.js'],
};
