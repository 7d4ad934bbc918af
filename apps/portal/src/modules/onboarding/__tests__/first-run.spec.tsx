import { screen, within } from '@testing-library/react';
import { renderApp, VIEWER } from '../../../test-support/mock-graphql';

const STAGES = [{ id: 's1', name: 'Applied', kind: 'APPLIED', position: 0 }];

function job(id: string, title: string, candidates: number, status = 'OPEN') {
  return {
    id,
    title,
    status,
    createdAt: '2026-01-10T09:00:00Z',
    stages: STAGES,
    summary: { candidates, overdue: 0, stages: [{ stageId: 's1', count: candidates }] },
  };
}

function today(jobs: ReturnType<typeof job>[], role = 'ADMIN') {
  const viewer = { me: { ...VIEWER.me, member: { ...VIEWER.me.member, role } } };
  return renderApp('/', { Me: () => ({ data: viewer }), Jobs: () => ({ data: { jobs } }) });
}

function stepsOf(guide: HTMLElement): string[] {
  return within(guide)
    .getAllByRole('listitem')
    .map((item) => item.querySelector('.first-run__step-head')?.textContent ?? '');
}

describe('first-run Today', () => {
  it('for an empty organization says what to do, in order, and claims nothing is on track', async () => {
    today([]);

    const guide = await screen.findByRole('region', { name: 'Get started' });
    expect(stepsOf(guide)).toEqual([
      'Create a job To do',
      'Add candidates To do',
      'Publish next steps and a reply date To do',
      'Share the status link To do',
    ]);
    expect(within(guide).getByText(/Name the role in “Create a job”/)).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /Needs attention/ })).not.toBeInTheDocument();
    expect(screen.queryByText(/on track/)).not.toBeInTheDocument();
    // The form the first step points to is on the page.
    expect(screen.getByRole('button', { name: 'Create job' })).toBeInTheDocument();
  });

  it('marks the job done and points at the newest open job for adding candidates', async () => {
    today([job('j3', 'Closed role', 0, 'CLOSED'), job('j2', 'Support Engineer', 0), job('j1', 'Designer', 0)]);

    const guide = await screen.findByRole('region', { name: 'Get started' });
    expect(stepsOf(guide).slice(0, 2)).toEqual(['Create a job Done', 'Add candidates To do']);
    expect(within(guide).getByRole('link', { name: 'the board of “Support Engineer”' })).toHaveAttribute('href', '/jobs/j2');
    expect(screen.queryByText(/on track/)).not.toBeInTheDocument();
  });

  it('tells a member who may not create jobs whom to ask', async () => {
    today([], 'HIRING_MANAGER');

    const guide = await screen.findByRole('region', { name: 'Get started' });
    expect(within(guide).getByText('Ask a recruiter or an admin of your organization to create one.')).toBeInTheDocument();
  });

  it('gives way to what needs attention once there are candidates', async () => {
    today([job('j1', 'Designer', 2)]);

    const panel = await screen.findByRole('region', { name: /Needs attention/ });
    expect(await within(panel).findByText('Nothing is waiting. Every promise is on track.')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Get started' })).not.toBeInTheDocument();
  });
});
