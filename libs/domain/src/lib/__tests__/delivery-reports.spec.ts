import { refusedRecipientReason, complaints, isPermanentFailure, mailgunEventReport, normalizeEmailAddress, permanentBounces, REASON_MAX_LENGTH, reportFieldGroups, typedAddress } from '../delivery-reports';

// RFC 3464 Appendix-style report: per-message fields, then one group per recipient.
const DSN = [
  'Reporting-MTA: dns; mx.example.net',
  'Arrival-Date: Mon, 30 Nov 2026 00:00:00 +0000',
  '',
  'Final-Recipient: rfc822; Gone.Person@Example.com',
  'Original-Recipient: rfc822;gone.person@example.com',
  'Action: failed',
  'Status: 5.1.1',
  'Diagnostic-Code: smtp; 550 5.1.1 The email account',
  '  does not exist',
  '',
  'Final-Recipient: rfc822; slow@example.com',
  'Action: delayed',
  'Status: 4.4.1',
  '',
  'Final-Recipient: rfc822; full@example.com',
  'Action: failed',
  'Status: 4.2.2',
  '',
  'Original-Recipient: rfc822; only-original@example.com',
  'Action: FAILED',
  'Status: 5.2.1 (mailbox disabled)',
  '',
  'Final-Recipient: rfc822; blocked-sender@example.com',
  'Action: failed',
  'Status: 5.7.26',
  'Diagnostic-Code: smtp; 550 5.7.26 Unauthenticated email is not accepted due to DMARC policy',
].join('\r\n');

describe('delivery status notifications (RFC 3464)', () => {
  it('reads field groups with folded lines joined and names in lower case', () => {
    const groups = reportFieldGroups(DSN);
    expect(groups).toHaveLength(6);
    expect(groups[0].get('reporting-mta')).toEqual(['dns; mx.example.net']);
    expect(groups[1].get('diagnostic-code')).toEqual(['smtp; 550 5.1.1 The email account does not exist']);
  });

  it('counts only Action failed with a 5.x.x Status as permanent', () => {
    expect(isPermanentFailure('failed', '5.1.1')).toBe(true);
    expect(isPermanentFailure(' Failed ', '5.7.1 (blocked)')).toBe(true);
    expect(isPermanentFailure('failed', '4.2.2')).toBe(false);
    expect(isPermanentFailure('delayed', '5.1.1')).toBe(false);
    expect(isPermanentFailure('delivered', '2.0.0')).toBe(false);
    expect(isPermanentFailure('failed', undefined)).toBe(false);
    expect(isPermanentFailure('failed', '550')).toBe(false);
  });

  it('reports the permanently failed recipients, normalized, with status and diagnostic', () => {
    expect(permanentBounces(DSN)).toEqual([
      { address: 'gone.person@example.com', kind: 'BOUNCE', reason: '5.1.1 smtp; 550 5.1.1 The email account does not exist' },
      { address: 'only-original@example.com', kind: 'BOUNCE', reason: '5.2.1' },
    ]);
  });

  it('ignores failures about the sender or the message, not the address (5.7.x policy, 5.6.x content, full, too big)', () => {
    for (const status of ['5.7.1', '5.7.26', '5.6.0', '5.2.2', '5.2.3', '5.3.4']) {
      expect(permanentBounces(`Reporting-MTA: dns; x\n\nFinal-Recipient: rfc822; a@example.com\nAction: failed\nStatus: ${status}\n`)).toEqual([]);
    }
    for (const status of ['5.1.1', '5.1.10', '5.2.1', '5.4.1', '5.0.0']) {
      expect(permanentBounces(`Reporting-MTA: dns; x\n\nFinal-Recipient: rfc822; a@example.com\nAction: failed\nStatus: ${status}\n`)).toHaveLength(1);
    }
  });

  it('ignores recipients of other address types and reports without recipient groups', () => {
    expect(typedAddress('x400; c=US;a=;p=Example')).toBeNull();
    expect(typedAddress('rfc822;<A@B.example>')).toBe('a@b.example');
    expect(permanentBounces('Reporting-MTA: dns; mx.example.net\n')).toEqual([]);
    expect(permanentBounces('')).toEqual([]);
  });

  it('keeps a hostile diagnostic short and free of control characters', () => {
    const long = `Final-Recipient: rfc822; a@example.com\nAction: failed\nStatus: 5.0.0\nDiagnostic-Code: smtp; ${'x'.repeat(1000)}\u0007`;
    const [report] = permanentBounces(`Reporting-MTA: dns; x\n\n${long}`);
    expect(report.reason.length).toBe(REASON_MAX_LENGTH);
    expect(report.reason).not.toMatch(/\p{Cc}/u);
  });
});

describe('feedback reports (RFC 5965)', () => {
  const ARF = 'Feedback-Type: abuse\nUser-Agent: Example/1.0\nVersion: 1\nOriginal-Rcpt-To: <Reader@Example.org>\n';
  it('are complaints about the addresses named in Original-Rcpt-To', () => {
    expect(complaints(ARF, ['other@example.org'])).toEqual([{ address: 'reader@example.org', kind: 'COMPLAINT', reason: 'abuse' }]);
  });
  it('fall back to the original message recipients when the report redacts them', () => {
    expect(complaints('Feedback-Type: fraud\nVersion: 1\n', ['Kim <kim@example.org>'.replace(/^.*</, '<')])).toEqual([
      { address: 'kim@example.org', kind: 'COMPLAINT', reason: 'fraud' },
    ]);
  });
  it('are not complaints when the type is not-spam or missing', () => {
    expect(complaints('Feedback-Type: not-spam\nOriginal-Rcpt-To: a@example.org\n')).toEqual([]);
    expect(complaints('Version: 1\nOriginal-Rcpt-To: a@example.org\n')).toEqual([]);
  });
});

describe('Mailgun webhook events', () => {
  const failed = {
    event: 'failed',
    severity: 'permanent',
    reason: 'bounce',
    recipient: 'Invalid@Example.com',
    'delivery-status': { code: 550, message: '5.1.1 The email account that you tried to reach does not exist.', description: '' },
  };
  it('a permanent failure is a bounce with the SMTP code and message', () => {
    expect(mailgunEventReport(failed)).toEqual({ address: 'invalid@example.com', kind: 'BOUNCE', reason: '550 5.1.1 The email account that you tried to reach does not exist.' });
  });
  it('a suppressed address (605, no SMTP session) is a bounce with its description', () => {
    const suppressed = { ...failed, reason: 'suppress-bounce', 'delivery-status': { code: 605, message: '', description: 'Not delivering to previously bounced address' } };
    expect(mailgunEventReport(suppressed)).toMatchObject({ kind: 'BOUNCE', reason: '605 Not delivering to previously bounced address' });
  });
  it('a permanent failure whose enhanced code is about the sender (a spam block) is no bounce', () => {
    expect(mailgunEventReport({ ...failed, 'delivery-status': { code: 550, message: '5.7.1 Message rejected as spam', description: '' } })).toBeNull();
    expect(mailgunEventReport({ ...failed, 'delivery-status': { code: 550, 'enhanced-code': '5.7.26', message: 'DMARC', description: '' } })).toBeNull();
  });
  it('a complaint is a complaint', () => {
    expect(mailgunEventReport({ event: 'complained', recipient: 'a@example.com' })).toEqual({ address: 'a@example.com', kind: 'COMPLAINT', reason: 'complained' });
  });
  it('temporary failures and other events say nothing', () => {
    expect(mailgunEventReport({ ...failed, severity: 'temporary' })).toBeNull();
    expect(mailgunEventReport({ event: 'delivered', recipient: 'a@example.com' })).toBeNull();
    expect(mailgunEventReport({ event: 'opened' })).toBeNull();
  });
  it('an event without a usable recipient or event name is malformed', () => {
    expect(mailgunEventReport({ ...failed, recipient: 'not an address' })).toBe('malformed');
    expect(mailgunEventReport({ event: 'complained' })).toBe('malformed');
    expect(mailgunEventReport('failed')).toBe('malformed');
    expect(mailgunEventReport([])).toBe('malformed');
    expect(mailgunEventReport({ severity: 'permanent' })).toBe('malformed');
  });
});

describe('normalizeEmailAddress', () => {
  it.each([
    [' <Someone@Example.COM> ', 'someone@example.com'],
    ['a.b+tag@sub.example.org', 'a.b+tag@sub.example.org'],
    ['no-at-sign', null],
    ['two@@example.com', null],
    ['a b@example.com', null],
    ['a@localhost', null],
    [`${'a'.repeat(320)}@example.com`, null],
    ['', null],
  ])('%s → %s', (input, expected) => {
    expect(normalizeEmailAddress(input)).toBe(expected);
  });
});

describe('refusedRecipientReason (a 5xx reply to RCPT TO)', () => {
  it.each([
    ['550 5.1.1 User unknown', '5.1.1 User unknown'],
    ['550-5.1.1 The email account that you tried to reach does not exist', '5.1.1 The email account that you tried to reach does not exist'],
    ['551 5.1.6 moved', '5.1.6 moved'],
    ['556 5.1.10 null MX', '5.1.10 null MX'],
    ['550 5.2.1 mailbox disabled', '5.2.1 mailbox disabled'],
    ['550 5.7.1 relaying denied', null],
    ['552 5.2.2 mailbox full', null],
    ['550 Mailbox unavailable', null],
    ['450 4.1.1 try later', null],
    ['550 5.1.11 something else', null],
    [undefined, null],
  ])('%s → %s', (response, reason) => {
    expect(refusedRecipientReason(response)).toBe(reason);
  });
});
