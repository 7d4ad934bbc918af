import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { Client } from 'pg';
import { RecruiterApi } from '../support/api';
import { expectAccessible } from '../support/page-checks';

function inDays(days: number, hourUtc: number): string {
  const d = new Date(Date.now() + days * 86_400_000);
  d.setUTCHours(hourUtc, 0, 0, 0);
  return d.toISOString();
}

function dayInLosAngeles(days: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Los_Angeles' }).format(new Date(Date.now() + days * 86_400_000));
}

test('a candidate reads their status on a phone, adds a step to the calendar and checks in once the date lapses', async ({ page }, testInfo) => {
  const baseUrl = process.env.E2E_BASE_URL!;
  const api = new RecruiterApi(baseUrl);
  await api.signUp('Northwind Studio');
  const { createJob: job } = await api.gql('mutation { createJob(input: { title: "Product Designer" }) { id stages { id name } } }');
  const promise = dayInLosAngeles(3);
  const { addCandidate: candidate } = await api.gql(
    'mutation($i: AddCandidateInput!) { addCandidate(input: $i) { id statusUrl } }',
    { i: { jobId: job.id, name: 'Margaret Okafor', email: 'margaret@example.com' } },
  );
  const videoStage = job.stages.find((s: { name: string }) => s.name === 'Video interview');
  await api.gql('mutation($i: MoveCandidateInput!) { moveCandidate(input: $i) { id } }', {
    i: { candidateId: candidate.id, stageId: videoStage.id, expectedResponseBy: promise },
  });
  const addStep = (input: Record<string, unknown>) =>
    api.gql('mutation($i: AddNextStepInput!) { addNextStep(input: $i) { id } }', { i: { candidateId: candidate.id, ...input } });
  const interview = (await addStep({
    kind: 'VIDEO_INTERVIEW', title: 'Video interview with the design team', startsAt: inDays(2, 17), durationMinutes: 45,
    meetingUrl: 'https://meet.example.com/northwind', instructions: 'Bring one project you are proud of.',
  })).addNextStep;
  await addStep({ kind: 'WRITTEN_TEST', title: 'Short writing exercise', dueAt: inDays(4, 1) });
  await addStep({ kind: 'OTHER', title: 'Send two work samples', requestsResponse: true });

  // The candidate opens the link from their email.
  await page.goto(candidate.statusUrl);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your application for Product Designer');
  await expect(page.getByText('Hi Margaret, this page')).toBeVisible();
  await expect(page.locator('[aria-current="step"]')).toContainText('Video interview');
  await expect(page.getByRole('heading', { name: 'Video interview with the design team' })).toBeVisible();
  await expect(page.getByText('45 minutes')).toBeVisible();
  await expect(page.getByText('Bring one project you are proud of.')).toBeVisible();
  await expect(page.getByText(/You will hear back by/)).toBeVisible();
  await expect(page.getByText(/you can check in here from/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Check in' })).toHaveCount(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
  await expectAccessible(page);
  await page.screenshot({ path: testInfo.outputPath('status-page-phone.png'), fullPage: true });

  // The dated interview goes into the calendar.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Add to calendar/ }).first().click()]);
  const ics = readFileSync((await download.path())!, 'utf8');
  const { default: ICAL } = await import('ical.js');
  const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!);
  expect(event.uid).toBe(`${interview.id}@candor`);
  expect(event.startDate.toJSDate().toISOString()).toBe(inDays(2, 17));
  expect(event.summary).toBe('Video interview with the design team · Northwind Studio');
  expect(event.description).toContain(`Your application status: ${candidate.statusUrl}`);

  // The candidate answers the request for work samples.
  await page.getByLabel('Your answer').fill('Two recent projects below.');
  await page.getByLabel('Links (one per line)').fill('https://example.com/one\nhttps://example.com/two');
  await page.getByRole('button', { name: 'Send answer' }).click();
  await expect(page.getByText('Thank you, your answer has been sent to the team.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Your answer', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: /Add to your answer/ })).toBeVisible();

  // Time passes: the promised day lapses without news.
  const db = new Client({ connectionString: process.env.E2E_DATABASE_URL });
  await db.connect();
  await db.query('UPDATE candidates SET expected_response_by = $2 WHERE id = $1', [candidate.id, dayInLosAngeles(-1)]);
  await db.end();
  await page.reload();
  // The lapsed promise leads the page, in plain words, with the check-in right there.
  await expect(page.locator('main h2').first()).toHaveText('Your reply date has passed');
  await expect(page.getByText(/The team said you would hear back by .*, and that day has passed without news\./)).toBeVisible();
  await expect(page.getByText(/You will hear back by/)).toHaveCount(0);
  await expect(page.getByText('Two recent projects below.')).toBeVisible(); // their answer, kept
  await page.getByLabel('Message (optional)').fill('Just checking in. Thank you!');
  await page.getByRole('button', { name: 'Check in' }).click();
  await expect(page.getByText('Thanks, the team has been told you checked in.')).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: testInfo.outputPath('status-page-checked-in.png'), fullPage: true });
  await page.reload();
  await expect(page.getByRole('button', { name: 'Check in' })).toHaveCount(0);
  await expect(page.getByText('You checked in for this date. The team will get back to you.')).toBeVisible();
  await expect(page.getByText('Just checking in. Thank you!')).toBeVisible(); // what they sent, shown back

  // The team sees it.
  const seen = await api.gql(
    'query($id: ID!) { candidate(id: $id) { checkIns { message } responses { links } } needsAttention { reason candidate { id } } }',
    { id: candidate.id },
  );
  expect(seen.candidate.checkIns).toEqual([{ message: 'Just checking in. Thank you!' }]);
  expect(seen.candidate.responses).toEqual([{ links: ['https://example.com/one', 'https://example.com/two'] }]);
  expect(seen.needsAttention).toEqual(expect.arrayContaining([
    { reason: 'CHECK_IN_WAITING', candidate: { id: candidate.id } },
    { reason: 'RESPONSE_WAITING', candidate: { id: candidate.id } },
  ]));
});

test('a replaced link shows a calm dead end, and the page is never indexed', async ({ page }) => {
  const api = new RecruiterApi(process.env.E2E_BASE_URL!);
  await api.signUp('Rotations');
  const { createJob: job } = await api.gql('mutation { createJob(input: { title: "Writer" }) { id } }');
  const { addCandidate: candidate } = await api.gql(
    'mutation($i: AddCandidateInput!) { addCandidate(input: $i) { id statusUrl } }',
    { i: { jobId: job.id, name: 'Daniel Reyes', email: 'daniel@example.com' } },
  );
  await api.gql('mutation($id: ID!) { rotateStatusLink(candidateId: $id) { id } }', { id: candidate.id });
  const response = await page.goto(candidate.statusUrl);
  expect(response!.headers()['x-robots-tag']).toBe('noindex, nofollow');
  expect(response!.headers()['referrer-policy']).toBe('no-referrer');
  await expect(page.getByRole('heading', { name: 'This link is no longer active' })).toBeVisible();
  expect(await page.content()).not.toContain(candidate.statusUrl.split('#').pop());
  await expectAccessible(page);
});
