module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'emails',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
