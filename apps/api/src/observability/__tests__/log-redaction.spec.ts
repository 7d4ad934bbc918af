import { acceptedRequestId, loggedOperationName, loggedPath, redactRecord, REDACTED, routeClass, scrubText } from '../log-redaction';

const TOKEN = 'Zq3vN8pL2xR7tY1uW9eK4jH6gF0dS5aQ_b-cVmXnBoP';
const UUID = '0b6f1c2e-3d4a-4b5c-8d6e-7f8091a2b3c4';

describe('loggedPath', () => {
  it('replaces the token of every capability route and drops the query string', () => {
    expect(loggedPath(`/email/unsubscribe/${UUID}.${TOKEN}`)).toBe('/email/unsubscribe/:token');
    expect(loggedPath(`/status/${TOKEN}`)).toBe('/status/:token');
    expect(loggedPath(`/invite/${TOKEN}`)).toBe('/invite/:token');
    expect(loggedPath(`/reset-password/${TOKEN}`)).toBe('/reset-password/:token');
    expect(loggedPath(`/branding/${UUID}/logo`)).toBe('/branding/:logoId/logo');
    expect(loggedPath(`/graphql?query=x&variables={"t":"${TOKEN}"}`)).toBe('/graphql');
    expect(loggedPath(`/status#${TOKEN}`)).toBe('/status');
  });

  it('keeps IDs and ordinary paths, and hides any other segment shaped like a token', () => {
    expect(loggedPath(`/candidates/${UUID}`)).toBe(`/candidates/${UUID}`);
    expect(loggedPath('/jobs/board')).toBe('/jobs/board');
    expect(loggedPath(`/somewhere/${TOKEN}/else`)).toBe('/somewhere/:redacted/else');
    expect(loggedPath('/assets/TemplatesPage-CZ8r2wQxAbCdEfGh.js')).toBe('/assets/TemplatesPage-CZ8r2wQxAbCdEfGh.js');
    expect(loggedPath(`/x/${'a-'.repeat(200)}`).length).toBeLessThanOrEqual(203);
  });

  it('keeps only built file names under /assets/, never a token put there', () => {
    expect(loggedPath('/assets/chunk-YDNE64FV-D_MsoqL0.js')).toBe('/assets/chunk-YDNE64FV-D_MsoqL0.js');
    expect(loggedPath(`/assets/${TOKEN}.js`)).toBe('/assets/:redacted');
    expect(loggedPath(`/assets/../status/${TOKEN}`)).toBe('/assets/../status/:redacted');
    expect(loggedPath(`/assets/x/${TOKEN}`)).toBe('/assets/x/:redacted');
  });
});

describe('loggedOperationName', () => {
  it('keeps operation names, but not an unknown one carrying a token', () => {
    expect(loggedOperationName('MoveCandidate', true)).toBe('MoveCandidate');
    expect(loggedOperationName('MyIntegrationSync', false)).toBe('MyIntegrationSync');
    expect(loggedOperationName(null, false)).toBe('(anonymous)');
    expect(loggedOperationName(`X${TOKEN.replace(/-/g, '_')}`, false)).toBe('(redacted)');
  });
});

describe('routeClass', () => {
  it('puts every request in one of a few classes', () => {
    expect(routeClass('POST', '/graphql')).toBe('graphql');
    expect(routeClass('GET', '/graphql?query={me{id}}')).toBe('graphql');
    expect(routeClass('GET', '/health/ready')).toBe('health');
    expect(routeClass('GET', '/metrics')).toBe('metrics');
    expect(routeClass('POST', `/email/unsubscribe/${UUID}.${TOKEN}`)).toBe('unsubscribe');
    expect(routeClass('POST', '/status/calendar')).toBe('calendar');
    expect(routeClass('GET', `/branding/${UUID}/logo`)).toBe('logo');
    expect(routeClass('GET', `/candidates/${UUID}`)).toBe('portal');
    expect(routeClass('DELETE', '/anything')).toBe('other');
  });
});

describe('redactRecord and scrubText', () => {
  it('redacts secret-named fields at any depth and scrubs addresses and links from text', () => {
    const record = {
      context: 'Auth',
      email: 'ada@example.com',
      input: { name: 'Ada Lovelace', password: 'hunter2hunter2', accessToken: TOKEN, nested: [{ candidateEmail: 'x@y.org', note: 'write to bob@example.org' }] },
      headers: { authorization: `Bearer ${TOKEN}`, cookie: 'candor_session=abc', 'set-cookie': 'a=b' },
      variables: { t: TOKEN },
      count: 3,
    };
    const redacted = redactRecord(record);
    expect(redacted).toEqual({
      context: 'Auth',
      email: REDACTED,
      input: { name: REDACTED, password: REDACTED, accessToken: REDACTED, nested: [{ candidateEmail: REDACTED, note: 'write to [email]' }] },
      headers: { authorization: REDACTED, cookie: REDACTED, 'set-cookie': REDACTED },
      variables: REDACTED,
      count: 3,
    });
    expect(record.email).toBe('ada@example.com'); // a copy: the caller's object is untouched
    expect(scrubText(`see http://candor.test/status#${TOKEN} or /email/unsubscribe/${UUID}.${TOKEN} (ada@example.com)`)).toBe(
      'see http://candor.test/status#[token] or /email/unsubscribe/:token ([email])',
    );
  });

  it('scrubs encoded addresses too, and leaves package paths in stack traces alone', () => {
    expect(scrubText('to=ada.l%2Bx%40example.co.uk&y=1')).toBe('to=[email]&y=1');
    const frame = 'at ApolloServer.executeHTTPGraphQLRequest (/app/node_modules/@apollo/server/dist/cjs/ApolloServer.js:1144:14)';
    expect(scrubText(frame)).toBe(frame);
    expect(scrubText('Mailbox <first.last+tag@mail.example.org> unavailable')).toBe('Mailbox <[email]> unavailable');
    expect(scrubText('installed nestjs-pino@4.6.1 and pino@10.4.0')).toBe('installed nestjs-pino@4.6.1 and pino@10.4.0');
  });

  it('scrubs every address Candor accepts: other scripts, apostrophes, domains without a dot', () => {
    // As an SMTP relay refuses them ("550 <address>: Relay access denied"), into the send's warning.
    for (const address of ['jörg.vandersloot@example.de', 'vandersloot@bücher.de', 'vandersloot@localhost', "o'brien@example.com", 'x!y#z@example.museum', 'ünï@例え.jp']) {
      expect(scrubText(`550 <${address}>: Relay access denied`)).toBe('550 <[email]>: Relay access denied');
      expect(scrubText(`to ${address}, then`)).toBe('to [email], then');
    }
  });

  it('leaves errors and other class instances to their serializers', () => {
    const error = new Error('boom');
    expect(redactRecord({ err: error }).err).toBe(error);
  });
});

describe('acceptedRequestId', () => {
  it('takes a sane ID and refuses free text and token-shaped values', () => {
    expect(acceptedRequestId('abc-123')).toBe('abc-123');
    expect(acceptedRequestId(UUID)).toBe(UUID);
    expect(acceptedRequestId('4bf92f3577b34da6a3ce929d0e0e4736')).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
    expect(acceptedRequestId(TOKEN)).toBeUndefined();
    expect(acceptedRequestId(`${TOKEN.slice(0, 20)}:${TOKEN.slice(20)}`)).toBeUndefined();
    expect(acceptedRequestId(`${TOKEN.slice(0, 20)}.${TOKEN.slice(20)}`)).toBeUndefined();
    expect(acceptedRequestId('00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01')).toBe('00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01');
    expect(acceptedRequestId('web.2026-11-30.0001')).toBe('web.2026-11-30.0001');
    expect(acceptedRequestId('has space')).toBeUndefined();
    expect(acceptedRequestId('x'.repeat(65))).toBeUndefined();
    expect(acceptedRequestId(undefined)).toBeUndefined();
    expect(acceptedRequestId(['first', 'second'])).toBe('first');
  });
});
