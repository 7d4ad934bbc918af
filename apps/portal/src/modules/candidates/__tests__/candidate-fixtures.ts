import { screen } from '@testing-library/react';
import { renderApp, VIEWER } from '../../../test-support/mock-graphql';

/** The candidate page's data as the API answers it, for the page's specs. */
export type Step = Record<string, unknown>;

export function makeCandidate(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Candidate',
    id: 'c1',
    name: 'Priya Sharma',
    email: 'priya@example.com',
    version: 7,
    expectedResponseBy: '2026-11-24',
    promiseState: 'OVERDUE',
    stageEnteredAt: '2026-11-10T09:00:00Z',
    archivedAt: null,
    unsubscribedAt: null,
    outcomePendingUntil: null,
    emailUndeliverable: null,
    statusUrl: 'https://candor.example/status#secret-token',
    job: { __typename: 'Job', id: 'j1', title: 'Backend Engineer' },
    stage: { __typename: 'Stage', id: 's3', name: 'Interview', typicalDaysToUpdate: null as number | null },
    promises: [] as Array<Record<string, unknown>>,
    nextSteps: [] as Step[],
    timeline: [
      {
        __typename: 'TimelineEvent',
        id: 't1',
        type: 'STAGE_CHANGED',
        at: '2026-11-10T09:00:00Z',
        actorName: 'Ada Lovelace',
        summary: 'Moved to Interview',
      },
    ],
    emails: [
      {
        __typename: 'EmailMessage',
        id: 'e1',
        kind: 'STAGE_CHANGED',
        to: 'priya@example.com',
        subject: 'Your application: next round',
        status: 'FAILED',
        sendAfter: '2026-11-10T09:00:00Z',
        sentAt: null,
        attempts: 3,
        lastError: 'Mailbox unavailable',
      },
    ],
    checkIns: [],
    responses: [
      {
        __typename: 'CandidateResponse',
        id: 'r1',
        nextStepId: null,
        message: 'Here is my portfolio.',
        links: ['https://portfolio.example/priya'],
        createdAt: '2026-11-20T10:00:00Z',
      },
    ],
    ...overrides,
  };
}

export const STEP = {
  __typename: 'NextStep',
  id: 'n1',
  kind: 'VIDEO_INTERVIEW',
  title: 'Interview with the team',
  startsAt: '2026-12-04T09:30:00Z',
  dueAt: null,
  durationMinutes: 45,
  location: null,
  meetingUrl: 'https://meet.example/abc',
  instructions: null,
  visibleToCandidate: true,
  requestsResponse: true,
  state: 'PLANNED',
  position: 0,
};

export async function openCandidate(resolvers: Parameters<typeof renderApp>[1]) {
  const api = renderApp('/candidates/c1', { Me: () => ({ data: VIEWER }), ...resolvers });
  await screen.findByRole('heading', { level: 1, name: 'Priya Sharma' });
  return api;
}
