import { complaints, isPermanentFailure, isSenderSideFailure, mailgunEventReport, normalizeEmailAddress, permanentBounces, REASON_MAX_LENGTH, refusedRecipientReason, reportFieldGroups, typedAddress } from '../delivery-reports';

/** The edges the mutation report showed untested: anchors, lengths, line endings, missing fields. */
describe('normalizeEmailAddress at its edges', () => {
  it('drops surrounding brackets and spaces only when the brackets enclose the whole value', () => {
    expect(normalizeEmailAddress('  < Ann.Lee@Example.COM >  ')).toBe('ann.lee@example.com');
    expect(normalizeEmailAddress('x<ann@example.com>')).toBeNull();
    expect(normalizeEmailAddress('<ann@example.com>x')).toBeNull();
    expect(normalizeEmailAddress('ann@example.com trailing')).toBeNull();
  });

  it('keeps an address of exactly 320 characters (RFC 5321: 64 + 1 + 255) and refuses 321', () => {
    const local = 'a'.repeat(64);
    const longest = `${local}@${'b'.repeat(251)}.com`;
    expect(longest).toHaveLength(320);
    expect(normalizeEmailAddress(longest)).toBe(longest);
    expect(normalizeEmailAddress(`${local}@${'b'.repeat(252)}.com`)).toBeNull();
  });
});

describe('reportFieldGroups at its edges', () => {
  it('reads bare CR line endings as line breaks', () => {
    expect(reportFieldGroups('Action: failed\rStatus: 5.1.1').map((g) => [...g.keys()])).toEqual([['action', 'status']]);
  });

  it('ends a group at a line of spaces, not folding it into the field before', () => {
    const groups = reportFieldGroups('Action: failed\n   \nStatus: 5.1.1');
    expect(groups).toHaveLength(2);
    expect(groups[0].get('action')).toEqual(['failed']);
  });

  it('ignores lines with no name before a colon or no colon at all, and names fields in lower case without spaces', () => {
    const [group] = reportFieldGroups(': orphan value\ngarbage line\nFinal-Recipient : rfc822; Ann@Example.com');
    expect([...group.keys()]).toEqual(['final-recipient']);
    expect(group.get('final-recipient')).toEqual(['rfc822; Ann@Example.com']);
  });
});

describe('typedAddress at its edges', () => {
  it('reads an untyped address, an rfc822 type in any case, and refuses an empty or other type', () => {
    expect(typedAddress('Ann@Example.com')).toBe('ann@example.com');
    expect(typedAddress('RFC822; Ann@Example.com')).toBe('ann@example.com');
    expect(typedAddress(';ann@example.com')).toBeNull();
    expect(typedAddress('utf-8; ann@example.com')).toBeNull();
  });
});

describe('status codes at their edges (RFC 3463)', () => {
  it('takes a code after leading spaces, with a two-digit detail, and nothing glued before it', () => {
    expect(isPermanentFailure('failed', ' 5.1.1')).toBe(true);
    expect(isPermanentFailure('failed', '5.10.1')).toBe(true);
    expect(isPermanentFailure('failed', 'x5.1.1')).toBe(false);
    expect(isSenderSideFailure(' 5.7.1')).toBe(true);
    expect(isSenderSideFailure('5.6.10')).toBe(true);
    expect(isSenderSideFailure('x5.7.1')).toBe(false);
  });
});

describe('permanentBounces with fields missing', () => {
  const report = (...groups: string[]) => ['Reporting-MTA: dns; mx.example.net', ...groups].join('\n\n');

  it('skips a recipient with no Status, no Action, or no usable address, without failing the rest', () => {
    const bounces = permanentBounces(
      report(
        'Final-Recipient: rfc822; no-status@example.com\nAction: failed',
        'Final-Recipient: rfc822; no-action@example.com\nStatus: 5.1.1',
        'Final-Recipient: utf-8; nobody\nAction: failed\nStatus: 5.1.1',
        'Final-Recipient: rfc822; gone@example.com\nAction: failed\nStatus: 5.1.1 (mailbox unknown)',
      ),
    );
    expect(bounces).toEqual([{ address: 'gone@example.com', kind: 'BOUNCE', reason: '5.1.1' }]);
  });
});

describe('complaints with fields missing', () => {
  it('makes none from an empty body, a report without Feedback-Type, or when no address is known', () => {
    expect(complaints('')).toEqual([]);
    expect(complaints('User-Agent: SomeFBL/1.0\nOriginal-Rcpt-To: ann@example.com')).toEqual([]);
    expect(complaints('Feedback-Type: abuse')).toEqual([]);
    expect(complaints('Feedback-Type: abuse', ['not an address'])).toEqual([]);
  });

  it("falls back to the original's recipients when Original-Rcpt-To names no usable address", () => {
    expect(complaints('Feedback-Type: abuse\nOriginal-Rcpt-To: not an address', ['Bea@Example.com'])).toEqual([
      { address: 'bea@example.com', kind: 'COMPLAINT', reason: 'abuse' },
    ]);
  });
});

describe('refusedRecipientReason at its edges', () => {
  it('reads the reply from its start (leading spaces allowed, one or more separators), never from the middle', () => {
    expect(refusedRecipientReason(' 550 5.1.1 User unknown')).toBe('5.1.1 User unknown');
    expect(refusedRecipientReason('550  5.1.1 User unknown')).toBe('5.1.1 User unknown');
    expect(refusedRecipientReason('x550 5.1.1 User unknown')).toBeNull();
  });

  it('flattens control characters and keeps a reason of exactly the longest length whole', () => {
    expect(refusedRecipientReason('550 5.1.1 User\tunknown\r\n')).toBe('5.1.1 User unknown');
    const exact = `5.1.1 ${'x'.repeat(REASON_MAX_LENGTH - 6)}`;
    expect(refusedRecipientReason(`550 ${exact}`)).toBe(exact);
    expect(refusedRecipientReason(`550 ${exact}y`)).toHaveLength(REASON_MAX_LENGTH);
    expect(refusedRecipientReason(`550 ${exact}y`)!.endsWith('…')).toBe(true);
  });
});

describe('mailgunEventReport with odd shapes', () => {
  it('calls an array or null event malformed, and reads a delivery-status that is not an object as empty', () => {
    expect(mailgunEventReport([])).toBe('malformed');
    expect(mailgunEventReport(null)).toBe('malformed');
    expect(mailgunEventReport({ event: 'failed', severity: 'permanent', recipient: 'Ann@Example.com', 'delivery-status': ['5.7.1 blocked'], reason: 'bounce' })).toEqual({
      address: 'ann@example.com',
      kind: 'BOUNCE',
      reason: 'bounce',
    });
  });
});
