import { ConfigError } from '../../config/app-config';
import { describeDatabaseUrl, describeStartupError, StartupError, verboseErrors } from '../startup-error';

describe('describeStartupError', () => {
  it('prints a ConfigError or a StartupError as it is', () => {
    expect(describeStartupError(new ConfigError('Invalid environment:\n  PORT: bad'))).toBe('Invalid environment:\n  PORT: bad');
    expect(describeStartupError(new StartupError('Candor is already running'))).toBe('Candor is already running');
  });

  it('names the port in use, without a stack', () => {
    const error = Object.assign(new Error('listen EADDRINUSE: address already in use :::3000'), { code: 'EADDRINUSE' });
    expect(describeStartupError(error, { port: 3000 })).toBe('Port 3000 is already in use by another program. Stop it, or start Candor on another port with PORT=<number>.');
  });

  it('names the database without its password', () => {
    const error = Object.assign(new Error('password authentication failed for user "candor"'), { code: '28P01' });
    const text = describeStartupError(error, { databaseUrl: 'postgres://candor:s3cret@db.internal:6543/candor' });
    expect(text).toBe('Candor cannot use the database at db.internal:6543/candor: password authentication failed for user "candor". Check DATABASE_URL and that PostgreSQL is running there.');
    expect(describeDatabaseUrl('not a url')).toBe('DATABASE_URL (not a valid URL)');
  });

  it('gives an unexpected error one line and a hint, and its stack only when verbose', () => {
    const error = new Error('something odd');
    expect(describeStartupError(error)).toBe('Candor could not start: something odd\n(Run with LOG_LEVEL=debug to see where it happened.)');
    expect(describeStartupError(error, { verbose: true })).toBe(`Candor could not start: something odd\n${error.stack}`);
    expect(describeStartupError(undefined)).toBe('Candor could not start: undefined');
  });

  it('is verbose with LOG_LEVEL=debug, verbose or trace only', () => {
    expect(verboseErrors({ LOG_LEVEL: 'debug' })).toBe(true);
    expect(verboseErrors({ LOG_LEVEL: 'VERBOSE' })).toBe(true);
    expect(verboseErrors({ LOG_LEVEL: 'info' })).toBe(false);
    expect(verboseErrors({})).toBe(false);
  });
});
