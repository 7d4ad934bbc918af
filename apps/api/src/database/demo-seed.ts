import { randomBytes } from 'node:crypto';
import { addDays, calendarDateInZone, DEFAULT_PIPELINE, NextStepKind } from '@candor/domain';
import { DataSource, EntityManager } from 'typeorm';
import { hashPassword } from '../modules/auth/password-hasher';
import { CandidateEntity } from '../modules/candidates/candidate.entity';
import { JobEntity } from '../modules/jobs/job.entity';
import { StageEntity } from '../modules/jobs/stage.entity';
import { MemberEntity } from '../modules/members/member.entity';
import { NextStepEntity } from '../modules/next-steps/next-step.entity';
import { OrganizationEntity } from '../modules/organizations/organization.entity';
import { CandidatePromiseEntity } from '../modules/promises/candidate-promise.entity';
import { StatusLinkEntity } from '../modules/status-links/status-link.entity';
import { StatusLinksService } from '../modules/status-links/status-links.service';
import { recordTimelineEvent } from '../modules/timeline/timeline';

export interface DemoLogin {
  email: string;
  password: string;
  statusUrl: string;
}

interface DemoStep {
  kind: NextStepKind;
  title: string;
  /** Days from now (may be negative: a step that is over but not marked done). */
  inDays: number;
  hour: number;
  durationMinutes?: number;
  due?: boolean;
  location?: string;
  meetingUrl?: string;
  instructions?: string;
  requestsResponse?: boolean;
}

interface DemoCandidate {
  name: string;
  stage: string;
  /** Promised reply in days from today; negative is overdue; null is none. */
  promiseInDays: number | null;
  steps: DemoStep[];
}

const TIME_ZONE = 'America/Los_Angeles';
const DEMO_EMAIL = 'demo@candor.local';

const CANDIDATES: DemoCandidate[] = [
  { name: 'Margaret Okafor', stage: 'Video interview', promiseInDays: 1, steps: [
    { kind: 'VIDEO_INTERVIEW', title: 'Video interview with the design team', inDays: 2, hour: 10, durationMinutes: 45,
      meetingUrl: 'https://meet.example.com/northwind-design', instructions: 'Bring one project you are proud of; we will ask how you made its key decisions.' },
    { kind: 'WRITTEN_TEST', title: 'Short writing exercise', inDays: 6, hour: 17, due: true,
      instructions: 'A one-page product critique. You will get the brief by email the day before.' },
    { kind: 'IN_PERSON', title: 'Studio visit', inDays: 12, hour: 9, durationMinutes: 180, location: 'Northwind Studio, 200 University Ave, Palo Alto' },
  ] },
  { name: 'Daniel Reyes', stage: 'Applied', promiseInDays: 4, steps: [] },
  { name: 'Priya Natarajan', stage: 'Phone screen', promiseInDays: -2, steps: [
    { kind: 'PHONE_SCREEN', title: 'Call with Sam (recruiter)', inDays: -1, hour: 11, durationMinutes: 30 },
  ] },
  { name: 'Tomás Álvarez', stage: 'Assessment', promiseInDays: 7, steps: [
    { kind: 'TAKE_HOME', title: 'Take-home design challenge', inDays: 4, hour: 17, due: true, instructions: 'Plan for about three hours; sketches are fine.' },
    { kind: 'PERSONALITY_TEST', title: 'Working-style questionnaire', inDays: 5, hour: 17, due: true, instructions: '15 minutes, no preparation needed.' },
    { kind: 'OTHER', title: 'Send two work samples', inDays: 3, hour: 17, due: true, requestsResponse: true,
      instructions: 'Links to two pieces you designed (Figma, Dribbble or PDF) with a sentence on your part in each.' },
  ] },
  { name: 'Hannah Schmidt', stage: 'In-person interview', promiseInDays: 9, steps: [
    { kind: 'IN_PERSON', title: 'Meet the team', inDays: 6, hour: 13, durationMinutes: 120, location: 'Northwind Studio, 200 University Ave, Palo Alto' },
  ] },
  { name: 'Kenji Watanabe', stage: 'Decision', promiseInDays: -1, steps: [
    { kind: 'DECISION', title: 'Final decision', inDays: -1, hour: 16, due: true },
  ] },
  { name: 'Amara Nwosu', stage: 'Offer', promiseInDays: 2, steps: [] },
  { name: 'Lucas Moreau', stage: 'Not selected', promiseInDays: null, steps: [] },
];

/** On an empty database outside production: a demo organization with a living pipeline. */
export async function seedDemoIfEmpty(dataSource: DataSource, statusLinks: StatusLinksService, now: Date): Promise<DemoLogin | null> {
  if ((await dataSource.getRepository(OrganizationEntity).count()) > 0) return null;
  // 16 random characters: above the 15 a password used alone needs (NIST SP 800-63B-4 §3.1.1.2).
  const password = randomBytes(12).toString('base64url');
  const passwordHash = await hashPassword(password);
  const today = calendarDateInZone(now, TIME_ZONE);
  let firstCandidateId = '';
  await dataSource.transaction(async (db) => {
    const organization = await db.save(db.create(OrganizationEntity, { name: 'Northwind Studio', timeZone: TIME_ZONE }));
    const member = await db.save(
      db.create(MemberEntity, { organizationId: organization.id, email: DEMO_EMAIL, name: 'Sam Rivera', role: 'ADMIN', passwordHash }),
    );
    const job = await db.save(db.create(JobEntity, { organizationId: organization.id, title: 'Product Designer', status: 'OPEN' }));
    const stages = await db.save(
      DEFAULT_PIPELINE.map((stage, position) => db.create(StageEntity, { ...stage, organizationId: organization.id, jobId: job.id, position })),
    );
    for (const [index, demo] of CANDIDATES.entries()) {
      const stage = stages.find((s) => s.name === demo.stage)!;
      const slug = demo.name.toLowerCase().normalize('NFD').replace(/[^a-z ]/g, '').replace(/ /g, '.');
      const candidate = await db.save(
        db.create(CandidateEntity, {
          organizationId: organization.id,
          jobId: job.id,
          stageId: stage.id,
          // The demo's story: they went through every stage before this one.
          reachedStageIds: stages.filter((s) => s.position <= stage.position).map((s) => s.id),
          name: demo.name,
          email: `${slug}@example.com`,
          expectedResponseBy: demo.promiseInDays === null ? null : addDays(today, demo.promiseInDays),
          version: 1,
          stageEnteredAt: new Date(now.getTime() - (index + 2) * 86_400_000),
          visibleStageEnteredAt: new Date(now.getTime() - (index + 2) * 86_400_000),
          updatedAt: now,
        }),
      );
      if (index === 0) firstCandidateId = candidate.id;
      await seedPromises(db, { candidate, stage, previous: stages.filter((s) => s.position < stage.position).pop() ?? null, memberId: member.id, timeZone: TIME_ZONE });
      await statusLinks.issue(db, candidate);
      await recordTimelineEvent(db, {
        organizationId: organization.id,
        candidateId: candidate.id,
        type: 'CANDIDATE_ADDED',
        at: candidate.stageEnteredAt,
        actorMemberId: member.id,
        data: { stageId: stage.id, stageName: stage.name, expectedResponseBy: candidate.expectedResponseBy },
      });
      for (const [position, step] of demo.steps.entries()) {
        const at = new Date(now.getTime() + step.inDays * 86_400_000);
        at.setUTCHours(step.hour + 8, 0, 0, 0); // roughly the hour in Pacific time
        await db.insert(NextStepEntity, {
          organizationId: organization.id,
          candidateId: candidate.id,
          kind: step.kind,
          title: step.title,
          startsAt: step.due ? null : at,
          dueAt: step.due ? at : null,
          durationMinutes: step.durationMinutes ?? null,
          location: step.location ?? null,
          meetingUrl: step.meetingUrl ?? null,
          instructions: step.instructions ?? null,
          visibleToCandidate: true,
          requestsResponse: step.requestsResponse ?? false,
          position,
          state: 'PLANNED',
          sequence: 0,
          updatedAt: now,
        });
      }
    }
  });
  const link = await dataSource.getRepository(StatusLinkEntity).findOneByOrFail({ candidateId: firstCandidateId });
  return { email: DEMO_EMAIL, password, statusUrl: statusLinks.urlOf(link) };
}

/**
 * The demo's promise ledger: the promise of the stage before, kept by the move into this one,
 * and the open promise the candidate sees now.
 */
async function seedPromises(
  db: EntityManager,
  { candidate, stage, previous, memberId, timeZone }: { candidate: CandidateEntity; stage: StageEntity; previous: StageEntity | null; memberId: string; timeZone: string },
): Promise<void> {
  const row = { organizationId: candidate.organizationId, candidateId: candidate.id, jobId: candidate.jobId, madeByMemberId: memberId, automatic: false, reason: null, fallbackExtensionDays: null, heardAt: null, extendedById: null };
  if (previous) {
    const madeAt = new Date(candidate.stageEnteredAt.getTime() - 3 * 86_400_000);
    await db.insert(CandidatePromiseEntity, {
      ...row,
      stageId: previous.id,
      stageName: previous.name,
      madeAt,
      promisedDay: addDays(calendarDateInZone(madeAt, timeZone), 5),
      outcome: 'KEPT',
      settledAt: candidate.stageEnteredAt,
      heardAt: candidate.stageEnteredAt,
    });
  }
  if (candidate.expectedResponseBy) {
    await db.insert(CandidatePromiseEntity, { ...row, stageId: stage.id, stageName: stage.name, madeAt: candidate.stageEnteredAt, promisedDay: candidate.expectedResponseBy, outcome: 'OPEN', settledAt: null });
  }
}
