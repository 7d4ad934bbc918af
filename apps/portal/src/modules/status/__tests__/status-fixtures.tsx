// Shared by the status page specs: a candidate status as the API returns it, and a way to
// open the page against a fake API.
import { render, screen } from '@testing-library/react';
import { type FetchAnswer, installFakeFetch } from '../../../test-support/mock-fetch';
import StatusPage from '../components/StatusPage';

export const TOKEN = 'Yx3_kQ9-Lm2ZpR8sT4vW6aB1cD5eF7gH0iJ2kL4mN6o'; // 43 base64url characters

export function status(overrides: Record<string, unknown> = {}) {
  return {
    candidateName: 'Margaret Chen',
    organizationName: 'Analytical Engines Ltd',
    organizationTimeZone: 'America/Los_Angeles',
    jobTitle: 'Frontend Engineer',
    currentStage: { name: 'Interviews', state: 'CURRENT', description: 'You are meeting the team.' },
    stages: [
      { name: 'Application received', state: 'DONE', description: 'We have your application.' },
      { name: 'Interviews', state: 'CURRENT', description: 'You are meeting the team.' },
      { name: 'Decision', state: 'UPCOMING', description: 'We decide and tell you.' },
    ],
    nextSteps: [
      {
        id: 'step-1',
        kind: 'VIDEO_INTERVIEW',
        kindLabel: 'Video interview',
        title: 'Meet the engineering team',
        startsAt: '2026-12-04T17:00:00Z',
        dueAt: null,
        durationMinutes: 45,
        location: null,
        meetingUrl: 'https://meet.example.com/abc',
        instructions: 'Bring a project you are proud of.',
        done: false,
        requestsResponse: false,
        past: false,
        yourAnswers: [],
      },
      {
        id: 'step-2',
        kind: 'IN_PERSON',
        kindLabel: 'In-person interview',
        title: 'Visit the office',
        startsAt: null,
        dueAt: null,
        durationMinutes: null,
        location: '1 Infinite Loop, Cupertino',
        meetingUrl: null,
        instructions: null,
        done: false,
        requestsResponse: false,
        past: false,
        yourAnswers: [],
      },
      {
        id: 'step-3',
        kind: 'PHONE_SCREEN',
        kindLabel: 'Phone call',
        title: 'First call with the recruiter',
        startsAt: '2026-11-20T16:00:00Z',
        dueAt: null,
        durationMinutes: 30,
        location: null,
        meetingUrl: null,
        instructions: null,
        done: true,
        requestsResponse: false,
        past: true,
        yourAnswers: [],
      },
    ],
    expectedResponseBy: '2026-12-04',
    expectedResponseByReason: null,
    typicalDaysAtStage: null,
    promiseRecord: null,
    canCheckIn: false,
    canCheckInFrom: '2026-12-05',
    checkInState: 'NOT_YET',
    outcome: null,
    greetingName: 'Margaret',
    yourCheckIns: [],
    linkWorksUntil: null,
    ...overrides,
  };
}

export function requestStep(overrides: Record<string, unknown> = {}) {
  return {
    id: 'step-9',
    kind: 'OTHER',
    kindLabel: 'Information request',
    title: 'Send us work samples',
    startsAt: null,
    dueAt: null,
    durationMinutes: null,
    location: null,
    meetingUrl: null,
    instructions: 'Links to two projects are plenty.',
    done: false,
    requestsResponse: true,
    past: false,
    yourAnswers: [],
    ...overrides,
  };
}

/** The fake API of the page opened last (a live binding: it changes with each open()). */
export let api: ReturnType<typeof installFakeFetch>;

export function open(
  answer: FetchAnswer | ((variables: Record<string, unknown>) => FetchAnswer),
  more: Record<string, (variables: Record<string, unknown>) => FetchAnswer> = {},
  { hash = `#${TOKEN}`, timeZone = 'Europe/Berlin' } = {},
) {
  window.history.replaceState(null, '', `/status${hash}`);
  api = installFakeFetch({ CandidateStatus: typeof answer === 'function' ? answer : () => answer, ...more });
  return render(<StatusPage timeZone={timeZone} />);
}

export async function loaded() {
  return screen.findByRole('heading', { level: 1, name: 'Your application for Frontend Engineer' });
}

export function section(name: string): HTMLElement {
  return screen.getByRole('region', { name });
}

/** Every spec restores the fake API after each test. */
export function setUpStatusPage(): void {
  afterEach(() => api?.restore());
}
