import { stepReminderDecision } from '../step-reminder';

const at = new Date('2026-12-10T14:00:00Z');
const quiet = { startMinute: 21 * 60, endMinute: 8 * 60 };

describe('stepReminderDecision', () => {
  it('waits until the reminder time, then sends at once', () => {
    expect(stepReminderDecision({ at, lastStepEmailAt: null }, 24, new Date('2026-12-09T13:59:59Z'), null, 'UTC')).toEqual({ action: 'WAIT' });
    expect(stepReminderDecision({ at, lastStepEmailAt: null }, 24, new Date('2026-12-09T14:00:00Z'), null, 'UTC')).toEqual({ action: 'SEND', sendAfter: new Date('2026-12-09T14:00:00Z') });
  });

  it('counts real hours across a daylight-saving change', () => {
    // Berlin leaves summer time on 2026-10-25 at 03:00: 24 real hours before 12:00 CET is 13:00 CEST the day before.
    const step = { at: new Date('2026-10-25T11:00:00Z'), lastStepEmailAt: null };
    expect(stepReminderDecision(step, 24, new Date('2026-10-24T10:59:00Z'), null, 'Europe/Berlin').action).toBe('WAIT');
    expect(stepReminderDecision(step, 24, new Date('2026-10-24T11:00:00Z'), null, 'Europe/Berlin').action).toBe('SEND');
  });

  it('skips a past step and one whose version the candidate was just told of', () => {
    expect(stepReminderDecision({ at, lastStepEmailAt: null }, 24, at, null, 'UTC')).toEqual({ action: 'SKIP', reason: 'PAST' });
    expect(stepReminderDecision({ at, lastStepEmailAt: new Date('2026-12-09T15:00:00Z') }, 24, new Date('2026-12-09T16:00:00Z'), null, 'UTC')).toEqual({
      action: 'SKIP',
      reason: 'JUST_TOLD',
    });
    expect(stepReminderDecision({ at, lastStepEmailAt: new Date('2026-12-09T13:59:00Z') }, 24, new Date('2026-12-09T14:00:00Z'), null, 'UTC').action).toBe('SEND');
  });

  it('holds a reminder in quiet hours until they end, and skips it when they end after the step starts', () => {
    const night = new Date('2026-12-09T22:00:00Z');
    expect(stepReminderDecision({ at: new Date('2026-12-10T10:00:00Z'), lastStepEmailAt: null }, 12, night, quiet, 'UTC')).toEqual({
      action: 'SEND',
      sendAfter: new Date('2026-12-10T08:00:00Z'),
    });
    expect(stepReminderDecision({ at: new Date('2026-12-10T08:00:00Z'), lastStepEmailAt: null }, 12, night, quiet, 'UTC')).toEqual({ action: 'SKIP', reason: 'QUIET_HOURS' });
  });
});
