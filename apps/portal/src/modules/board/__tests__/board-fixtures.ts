import { VIEWER } from '../../../test-support/mock-graphql';

/** "Now" in every board test: Tuesday 10 March 2026, 10:00 in London (UTC+0 then). */
export const NOW = new Date('2026-03-10T10:00:00Z');

/** Fakes only the clock (Date); timers stay real so the fake network and debounce behave as in a browser. */
export function freezeClock() {
  jest.useFakeTimers({
    now: NOW,
    doNotFake: [
      'hrtime',
      'nextTick',
      'performance',
      'queueMicrotask',
      'requestAnimationFrame',
      'cancelAnimationFrame',
      'requestIdleCallback',
      'cancelIdleCallback',
      'setImmediate',
      'clearImmediate',
      'setInterval',
      'clearInterval',
      'setTimeout',
      'clearTimeout',
    ],
  });
}

export const STAGES = [
  // Deliberately out of order: the board sorts by position.
  { __typename: 'Stage', id: 's3', name: 'Assessment', kind: 'ASSESSMENT', position: 2, candidateLabel: 'Assessment', defaultResponseDays: null, notifyCandidates: true, emailDelayMinutes: 0 },
  { __typename: 'Stage', id: 's1', name: 'Applied', kind: 'APPLIED', position: 0, candidateLabel: 'Application received', defaultResponseDays: 7, notifyCandidates: false, emailDelayMinutes: 0 },
  { __typename: 'Stage', id: 's2', name: 'Screen', kind: 'SCREEN', position: 1, candidateLabel: 'First conversation', defaultResponseDays: 5, notifyCandidates: true, emailDelayMinutes: 0 },
];

/** An outcome stage with a one-hour undo window (add it with `board(…, { stages: WITH_OUTCOME })`). */
export const NOT_SELECTED = { __typename: 'Stage', id: 's9', name: 'Not selected', kind: 'REJECTED', position: 9, candidateLabel: 'Not selected', defaultResponseDays: null, notifyCandidates: true, emailDelayMinutes: 60 };
export const WITH_OUTCOME = [...STAGES, NOT_SELECTED];

interface CandidateFixture {
  id: string;
  name: string;
  stageId: string;
  version?: number;
  stageEnteredAt?: string;
  expectedResponseBy?: string | null;
  promiseState?: string;
  nextSteps?: unknown[];
}

export function candidate(c: CandidateFixture) {
  return {
    __typename: 'Candidate',
    id: c.id,
    name: c.name,
    version: c.version ?? 1,
    stageEnteredAt: c.stageEnteredAt ?? '2026-03-10T08:00:00Z',
    expectedResponseBy: c.expectedResponseBy ?? null,
    promiseState: c.promiseState ?? 'NONE',
    unsubscribedAt: null,
    stage: { __typename: 'Stage', id: c.stageId },
    nextSteps: c.nextSteps ?? [],
  };
}

export function step(id: string, title: string, fields: { startsAt?: string; dueAt?: string; state?: string; requestsResponse?: boolean; kind?: string }) {
  return {
    __typename: 'NextStep',
    id,
    kind: fields.kind ?? 'OTHER',
    title,
    startsAt: fields.startsAt ?? null,
    dueAt: fields.dueAt ?? null,
    durationMinutes: null,
    state: fields.state ?? 'PLANNED',
    requestsResponse: fields.requestsResponse ?? false,
  };
}

export const MARGARET = candidate({
  id: 'c1',
  name: 'Margaret Hamilton',
  stageId: 's1',
  version: 3,
  stageEnteredAt: '2026-03-07T09:00:00Z',
  expectedResponseBy: '2026-03-09',
  promiseState: 'OVERDUE',
  nextSteps: [
    step('n1', 'Video interview', { startsAt: '2026-03-02T10:00:00Z', state: 'DONE' }),
    step('n2', 'Writing test', { dueAt: '2026-03-16T17:00:00Z' }),
    step('n3', 'Phone screen', { startsAt: '2026-03-12T14:00:00Z' }),
    step('n4', 'Decision', {}),
  ],
});
export const GRACE = candidate({ id: 'c2', name: 'Grace Hopper', stageId: 's1', expectedResponseBy: '2026-03-11', promiseState: 'DUE_SOON' });
export const ALAN = candidate({ id: 'c3', name: 'Alan Turing', stageId: 's2', expectedResponseBy: '2026-03-20', promiseState: 'ON_TRACK' });
export const KATHERINE = candidate({ id: 'c4', name: 'Katherine Johnson', stageId: 's3', stageEnteredAt: '2026-03-09T12:00:00Z' });

export function board(candidates: unknown[], overrides: Record<string, unknown> = {}) {
  return {
    data: {
      job: { __typename: 'Job', id: 'j1', title: 'Backend Engineer', status: 'OPEN', stages: STAGES, candidates, ...overrides },
    },
  };
}

export const ME = () => ({ data: VIEWER });

export function preview(variables: Record<string, unknown>) {
  const input = variables.input as { messageToCandidate?: string | null };
  const note = input.messageToCandidate ? `\n\nA note from the team: ${input.messageToCandidate}` : '';
  return {
    data: {
      previewStageEmail: {
        __typename: 'EmailPreview',
        subject: 'Your application for Backend Engineer',
        text: `Hello Margaret,\n\nYou are now in our first conversation stage.${note}`,
      },
    },
  };
}
