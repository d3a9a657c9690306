/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: { '^.+\\.tsx?$': ['ts-jest', { isolatedModules: true, tsconfig: 'tsconfig.json' }] },
  moduleNameMapper: { '^office-addin-manifest$': '<rootDir>/test/stubs/office-addin-manifest.js' },
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/dist/', '<rootDir>/build/', '<rootDir>/.test-output/'],
  // The default output, then the tests skipped for a missing system tool and how to install it.
  reporters: ['default', '<rootDir>/test/support/skipped-tools-reporter.js'],
};
