import { calendarFingerprint, calendarMessage, fingerprintTimes, CalendarMessage, DeliveredCalendarMessage, StepCalendarFacts, wantedCalendarEntry, calendarMessageStillDue } from '../step-calendar-rule';

const base = { title: 'Interview', startsAt: new Date('2027-01-12T09:00:00Z'), dueAt: null, durationMinutes: 60, location: 'Office', meetingUrl: null, instructions: null };
const planned = (over: Partial<StepCalendarFacts> = {}): StepCalendarFacts => ({
  state: 'PLANNED',
  visibleToCandidate: true,
  dated: true,
  teamDate: false,
  behind: false,
  candidateInProcess: true,
  fingerprint: calendarFingerprint(base),
  sequence: 0,
  ...over,
});

/**
 * Runs a step through changes, as the outbox does: after each change the pending (unsent)
 * message is replaced by the rule's answer against what was delivered; `deliver` marks the
 * points where the pending message leaves. Returns the messages the calendar received.
 */
function run(changes: Array<StepCalendarFacts | 'deliver'>): CalendarMessage[] {
  let delivered: DeliveredCalendarMessage | null = null;
  let pending: { message: CalendarMessage; fingerprint: string | null } | null = null;
  const received: CalendarMessage[] = [];
  for (const change of changes) {
    if (change === 'deliver') {
      if (pending) {
        received.push(pending.message);
        delivered = { fingerprint: pending.fingerprint, sequence: pending.message.sequence };
        pending = null;
      }
      continue;
    }
    const message = calendarMessage(delivered, change);
    pending = message ? { message, fingerprint: message.method === 'REQUEST' ? change.fingerprint : null } : null;
  }
  return received;
}

describe('a step in the candidate calendar', () => {
  it('is wanted only while planned, visible, dated and the candidate is in the process', () => {
    expect(wantedCalendarEntry(planned())).toBe(planned().fingerprint);
    expect(wantedCalendarEntry(planned({ visibleToCandidate: false }))).toBeNull();
    expect(wantedCalendarEntry(planned({ dated: false }))).toBeNull();
    expect(wantedCalendarEntry(planned({ candidateInProcess: false }))).toBeNull();
    expect(wantedCalendarEntry(planned({ state: 'CANCELLED' }))).toBeNull();
    expect(wantedCalendarEntry(planned({ state: 'DONE' }))).toBeUndefined();
  });

  it('sends an invitation for a new dated step, nothing for one already received unchanged', () => {
    expect(calendarMessage(null, planned())).toEqual({ method: 'REQUEST', sequence: 0 });
    expect(calendarMessage({ fingerprint: planned().fingerprint, sequence: 0 }, planned())).toBeNull();
    expect(calendarMessage(null, planned({ visibleToCandidate: false }))).toBeNull();
  });

  it('updates with a higher SEQUENCE when what the event shows changes', () => {
    const moved = planned({ fingerprint: calendarFingerprint({ ...base, startsAt: new Date('2027-01-13T09:00:00Z') }), sequence: 1 });
    expect(calendarMessage({ fingerprint: planned().fingerprint, sequence: 0 }, moved)).toEqual({ method: 'REQUEST', sequence: 1 });
  });

  it('cancels a received event when the step is cancelled, hidden, undated or the candidate leaves', () => {
    const received = { fingerprint: planned().fingerprint, sequence: 2 };
    for (const change of [{ state: 'CANCELLED' as const }, { visibleToCandidate: false }, { dated: false }, { candidateInProcess: false }]) {
      expect(calendarMessage(received, planned({ ...change, sequence: 2 }))).toEqual({ method: 'CANCEL', sequence: 3 });
    }
  });

  it('leaves a done step in the calendar and sends nothing for one never received', () => {
    expect(calendarMessage({ fingerprint: planned().fingerprint, sequence: 0 }, planned({ state: 'DONE' }))).toBeNull();
    expect(calendarMessage(null, planned({ state: 'CANCELLED' }))).toBeNull();
    expect(calendarMessage({ fingerprint: null, sequence: 4 }, planned({ state: 'CANCELLED', sequence: 4 }))).toBeNull();
  });

  it('outranks the last message delivered even when the step sequence did not rise (hidden, then shown again)', () => {
    expect(calendarMessage({ fingerprint: null, sequence: 3 }, planned({ sequence: 3 }))).toEqual({ method: 'REQUEST', sequence: 4 });
    expect(calendarMessage({ fingerprint: null, sequence: 3 }, planned({ sequence: 7 }))).toEqual({ method: 'REQUEST', sequence: 7 });
  });

  it('collapses unsent changes into the latest state: add, two time changes and a cancel before anything leaves send nothing', () => {
    const at = (iso: string, sequence: number) => planned({ fingerprint: calendarFingerprint({ ...base, startsAt: new Date(iso) }), sequence });
    expect(run([at('2027-01-12T09:00:00Z', 0), at('2027-01-12T10:00:00Z', 1), at('2027-01-12T11:00:00Z', 2), planned({ state: 'CANCELLED', sequence: 3 }), 'deliver'])).toEqual([]);
    // The same changes with the invitation delivered first: one update with the latest time, then one CANCEL.
    expect(
      run([at('2027-01-12T09:00:00Z', 0), 'deliver', at('2027-01-12T10:00:00Z', 1), at('2027-01-12T11:00:00Z', 2), 'deliver', planned({ state: 'CANCELLED', sequence: 3 }), 'deliver']),
    ).toEqual([
      { method: 'REQUEST', sequence: 0 },
      { method: 'REQUEST', sequence: 2 },
      { method: 'CANCEL', sequence: 3 },
    ]);
    // Changed and changed back before the update left: nothing more to send.
    expect(run([at('2027-01-12T09:00:00Z', 0), 'deliver', at('2027-01-12T10:00:00Z', 1), at('2027-01-12T09:00:00Z', 2), 'deliver'])).toEqual([{ method: 'REQUEST', sequence: 0 }]);
  });

  it('gives every delivered message a strictly higher SEQUENCE, whatever the order of changes', () => {
    const states = [
      planned(),
      planned({ visibleToCandidate: false }),
      planned({ fingerprint: 'b', sequence: 1 }),
      planned({ candidateInProcess: false, sequence: 1 }),
      planned({ fingerprint: 'c', sequence: 1 }),
      planned({ dated: false, sequence: 2 }),
      planned({ fingerprint: 'd', sequence: 2 }),
    ];
    // Every order of deliveries between these changes (2^7 patterns).
    for (let mask = 0; mask < 1 << states.length; mask++) {
      const changes = states.flatMap((s, i) => (mask & (1 << i) ? [s, 'deliver' as const] : [s]));
      const received = run([...changes, 'deliver']);
      for (let i = 1; i < received.length; i++) expect(received[i].sequence).toBeGreaterThan(received[i - 1].sequence);
      // A CANCEL only ever takes back an event the calendar holds: never first, never twice in a row.
      expect(received[0]?.method).not.toBe('CANCEL');
      for (let i = 1; i < received.length; i++) expect([received[i - 1].method, received[i].method]).not.toEqual(['CANCEL', 'CANCEL']);
    }
  });

  it('fingerprints every field the event shows', () => {
    const fields = { title: 'Other', startsAt: new Date('2027-02-01T09:00:00Z'), dueAt: new Date('2027-02-01T09:00:00Z'), durationMinutes: 30, location: 'Elsewhere', meetingUrl: 'https://meet.example/x', instructions: 'Bring ID' };
    for (const [field, value] of Object.entries(fields)) {
      expect(calendarFingerprint({ ...base, [field]: value })).not.toBe(calendarFingerprint(base));
    }
    expect(calendarFingerprint({ ...base })).toBe(calendarFingerprint(base));
  });

  it('reads back the times a fingerprint holds, and nothing from text that is not one', () => {
    expect(fingerprintTimes(calendarFingerprint(base))).toEqual({ startsAt: base.startsAt, dueAt: null });
    const due = new Date('2027-03-01T17:00:00Z');
    expect(fingerprintTimes(calendarFingerprint({ ...base, startsAt: null, dueAt: due }))).toEqual({ startsAt: null, dueAt: due });
    expect(fingerprintTimes('unknown (sent before calendar fingerprints)')).toBeNull();
    expect(fingerprintTimes('{"a":1}')).toBeNull();
    expect(fingerprintTimes('["t","not a date",null]')).toEqual({ startsAt: null, dueAt: null });
    expect(fingerprintTimes('["t",0,2027]')).toEqual({ startsAt: null, dueAt: null }); // numbers are not instants
  });
});

describe('calendarMessageStillDue', () => {
  const planned = { state: 'PLANNED' as const, visibleToCandidate: true, dated: true, candidateInProcess: true, fingerprint: 'f2', sequence: 2 };

  it('keeps a REQUEST only while the step wants exactly its event', () => {
    expect(calendarMessageStillDue('f2', planned)).toBe(true);
    expect(calendarMessageStillDue('f1', planned)).toBe(false);
    expect(calendarMessageStillDue('f2', { ...planned, state: 'CANCELLED' })).toBe(false);
    expect(calendarMessageStillDue('f2', { ...planned, candidateInProcess: false })).toBe(false);
    expect(calendarMessageStillDue('f2', { ...planned, state: 'DONE' })).toBe(false);
  });

  it('keeps a CANCEL only while the step wants no event', () => {
    expect(calendarMessageStillDue(null, { ...planned, state: 'CANCELLED' })).toBe(true);
    expect(calendarMessageStillDue(null, { ...planned, visibleToCandidate: false })).toBe(true);
    expect(calendarMessageStillDue(null, planned)).toBe(false);
    expect(calendarMessageStillDue(null, { ...planned, state: 'DONE' })).toBe(false);
  });
});

describe('steps that never need an invitation', () => {
  it('sends none for a step whose time has gone by, and leaves one it holds where it is', () => {
    expect(calendarMessage(null, planned({ behind: true }))).toBeNull();
    expect(wantedCalendarEntry(planned({ behind: true }))).toBeUndefined();
    const held = { fingerprint: calendarFingerprint(base), sequence: 0 };
    expect(calendarMessage(held, planned({ behind: true, fingerprint: 'moved' }))).toBeNull();
    // Cancelled, or the candidate gone: what they hold is still taken back, past or not.
    expect(calendarMessage(held, planned({ behind: true, state: 'CANCELLED' }))).toEqual({ method: 'CANCEL', sequence: 1 });
    expect(calendarMessage(held, planned({ behind: true, candidateInProcess: false }))).toEqual({ method: 'CANCEL', sequence: 1 });
  });

  it('sends none for a decision (the team’s date), and takes back one sent before', () => {
    expect(calendarMessage(null, planned({ teamDate: true }))).toBeNull();
    expect(wantedCalendarEntry(planned({ teamDate: true }))).toBeNull();
    expect(calendarMessage({ fingerprint: calendarFingerprint(base), sequence: 2 }, planned({ teamDate: true }))).toEqual({ method: 'CANCEL', sequence: 3 });
  });
});
