import { expect, Page, test } from '@playwright/test';
import { gqlInPage as gql } from '../support/api';
import { expectAccessible } from '../support/page-checks';

// Promises kept, part 1: a recruiter sees how well the team kept its promised reply days, per job
// beside the funnel and for the whole team on Today. The server's clock is real, so promises end
// through updates only: a move to the next stage before the promised day keeps the promise, and
// a later day given with a reason extends it (no promise here lapses, so none is broken).

test.use({ baseURL: process.env.E2E_BASE_URL });

const ORG_ZONE = 'America/Los_Angeles';

/** The calendar day `days` from today in the organization's zone. */
function orgDay(days: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: ORG_ZONE }).format(new Date(Date.now() + days * 86_400_000));
}

const ADD = 'mutation($i: AddCandidateInput!) { addCandidate(input: $i) { id } }';
const MOVE = 'mutation($i: MoveCandidateInput!) { moveCandidate(input: $i) { id } }';
const UPDATE = 'mutation($i: UpdateCandidateInput!) { updateCandidate(input: $i) { id } }';

/**
 * Two jobs. "Data Analyst": three candidates, each promised a day on entering Applied and again in
 * Phone screen, each moved on before the day (6 kept), now promised a day in Video interview (3
 * open). "Designer": one candidate whose day was moved later with a reason (1 extended, 1 open).
 */
async function seedPromises(page: Page): Promise<{ analyst: string; designer: string; extendedId: string }> {
  await gql(page, 'mutation($i: SignUpInput!) { signUp(input: $i) { accessToken } }', {
    i: { organizationName: 'Harbor Promises', name: 'Sam Rivera', email: `promises-${Date.now()}@example.com`, password: 'correct horse battery', timeZone: ORG_ZONE },
  });
  const job = async (title: string) =>
    (await gql(page, 'mutation($i: CreateJobInput!) { createJob(input: $i) { id stages { id name } } }', { i: { title } })).createJob;
  const analyst = await job('Data Analyst');
  const designer = await job('Designer');
  const stageId = (name: string) => analyst.stages.find((s: { name: string }) => s.name === name).id;

  for (const name of ['Ines Alvarez', 'Kofi Mensah', 'Lena Park']) {
    const { addCandidate } = await gql(page, ADD, {
      i: { jobId: analyst.id, name, email: `${name.split(' ')[0].toLowerCase()}@example.com`, notify: false, expectedResponseBy: orgDay(3) },
    });
    await gql(page, MOVE, { i: { candidateId: addCandidate.id, stageId: stageId('Phone screen'), notify: false, expectedResponseBy: orgDay(5) } });
    await gql(page, MOVE, { i: { candidateId: addCandidate.id, stageId: stageId('Video interview'), notify: false, expectedResponseBy: orgDay(7) } });
  }
  const { addCandidate: omar } = await gql(page, ADD, {
    i: { jobId: designer.id, name: 'Omar Haddad', email: 'omar@example.com', notify: false, expectedResponseBy: orgDay(2) },
  });
  await gql(page, UPDATE, {
    i: { candidateId: omar.id, expectedResponseBy: orgDay(6), promiseChangeReason: 'The portfolio review moved to next week.' },
  });
  return { analyst: analyst.id, designer: designer.id, extendedId: omar.id };
}

test('a recruiter sees the kept share of a job beside its funnel and of the team on Today', async ({ page }, testInfo) => {
  const { analyst, extendedId } = await seedPromises(page);

  // The job's own figures: 6 of 6 ended promises kept, 9 made.
  await page.goto(`/jobs/${analyst}/funnel`);
  await expect(page.getByRole('heading', { level: 1, name: 'Funnel: Data Analyst' })).toBeVisible();
  const jobFigures = page.getByRole('region', { name: 'Promises kept last 90 days' });
  await expect(jobFigures.getByTestId('promise-kept')).toHaveText('100%');
  await expect(jobFigures.getByTestId('promise-extended')).toHaveText('0%');
  await expect(jobFigures.getByTestId('promise-broken')).toHaveText('0');
  await expect(jobFigures.getByTestId('promise-made')).toHaveText('9');
  await expect(jobFigures).toContainText('Shares of the 6 promises that ended');
  await expectAccessible(page);
  await page.screenshot({ path: testInfo.outputPath('funnel-promises-phone.png'), fullPage: true });

  // The team's: 6 kept and 1 extended of 7 ended, 11 made; per job in the disclosure.
  await page.goto('/');
  const teamFigures = page.getByRole('region', { name: 'Promises kept last 90 days' });
  await expect(teamFigures.getByTestId('promise-kept')).toHaveText('85.7%');
  await expect(teamFigures.getByTestId('promise-extended')).toHaveText('14.3%');
  await expect(teamFigures.getByTestId('promise-broken')).toHaveText('0');
  await expect(teamFigures.getByTestId('promise-made')).toHaveText('11');
  await teamFigures.getByText('By job and by member').click();
  const byJob = teamFigures.getByRole('table', { name: 'By job' });
  await expect(byJob.getByRole('row', { name: /Data Analyst/ })).toContainText('100%');
  await expect(byJob.getByRole('row', { name: /Designer/ })).toContainText('0%100%0');
  await expect(teamFigures.getByRole('table', { name: 'By member' }).getByRole('row', { name: /Sam Rivera/ })).toContainText('85.7%14.3%011');
  await expectAccessible(page);
  await page.screenshot({ path: testInfo.outputPath('today-promises-phone.png'), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: testInfo.outputPath('today-promises-laptop.png'), fullPage: true });

  // The extended promise in the candidate's history, with the reason they were given.
  await page.goto(`/candidates/${extendedId}`);
  const history = page.getByRole('region', { name: 'Promise history' });
  await expect(history.getByRole('row')).toHaveCount(3);
  await expect(history.getByRole('row').nth(1)).toContainText('Open');
  await expect(history.getByRole('row').nth(1)).toContainText('The portfolio review moved to next week.');
  await expect(history.getByRole('row').nth(2)).toContainText('Extended');
  await expectAccessible(page);
  await page.screenshot({ path: testInfo.outputPath('candidate-promises-laptop.png'), fullPage: true });
});
