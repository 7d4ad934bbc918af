import { createAppLogger, nestLoggerFor } from '../logger';

function recorded(level: 'info' | 'debug' = 'info') {
  const lines: Record<string, unknown>[] = [];
  const logger = createAppLogger({ logLevel: level, logFormat: 'json' }, { write: (line: string) => void lines.push(JSON.parse(line)) });
  return { logger, lines };
}

describe('createAppLogger', () => {
  it('writes JSON lines with a level name and an ISO time, and redacts what must not be logged', () => {
    const { logger, lines } = recorded();
    logger.info({ email: 'ada@example.com', member: { name: 'Ada', password: 'x' }, headers: { authorization: 'Bearer t' } }, 'signed up ada@example.com');
    logger.error({ err: new Error('550 <bob@example.org> refused') }, 'delivery failed');
    expect(lines[0]).toMatchObject({
      level: 'info',
      msg: 'signed up [email]',
      email: '[redacted]',
      member: { name: '[redacted]', password: '[redacted]' },
      headers: { authorization: '[redacted]' },
    });
    expect(lines[0].time).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(lines[1]).toMatchObject({ level: 'error', msg: 'delivery failed', err: { type: 'Error', message: '550 <[email]> refused' } });
    expect(JSON.stringify(lines)).not.toMatch(/ada@|bob@/);
  });

  it('honours the level', () => {
    const { logger, lines } = recorded('info');
    logger.debug('hidden');
    logger.info('shown');
    expect(lines.map((l) => l.msg)).toEqual(['shown']);
  });

  it("takes Nest's logs, and sends Nest's start-up chatter to debug", () => {
    const { logger, lines } = recorded('info');
    const nest = nestLoggerFor(logger);
    nest.log('Mapped {/graphql, POST} route', 'RouterExplorer');
    nest.log('AppModule dependencies initialized', 'InstanceLoader');
    nest.log('Candor is serving', 'Candor');
    nest.warn('careful', 'JobQueue');
    expect(lines.map((l) => [l.level, l.context, l.msg])).toEqual([
      ['info', 'Candor', 'Candor is serving'],
      ['warn', 'JobQueue', 'careful'],
    ]);
  });
});
