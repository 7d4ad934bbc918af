import { Injectable, Logger } from '@nestjs/common';
import { calendarDateInZone, minuteOfDay, PROMISE_REMINDER_MINUTE, promisedDaysRemindedOn, wallClockToInstant } from '@candor/domain';
import { DataSource, EntityManager } from 'typeorm';
import { MemberEntity } from '../members/member.entity';
import { OrganizationEntity } from '../organizations/organization.entity';
import { PromiseDue, TeamEmailsService } from '../notifications/team-emails.service';

/**
 * Reminders to the team before a promise lapses. On the working day before a promised day (the
 * business day before it, weekends and the organization's holidays skipped: a Monday's promise
 * is reminded on Friday), from 08:00 in the organization's zone (PROMISE_REMINDER_MINUTE, with the
 * morning digest), the member who owns the candidate gets one email listing every such open
 * promise of theirs.
 *
 * The owner: Candor has no candidate owner, so it is the member who made the open promise
 * (`made_by_member_id`; for an automatic extension, the member who pre-approved it). When that
 * member was removed or deactivated, or the promise has no maker (given by Candor), every active
 * ADMIN and RECRUITER hears about it instead.
 *
 * Once per promise: the promise is claimed (`team_reminded_at`) in the transaction that queues
 * its emails, on rows locked SKIP LOCKED, so repeated ticks and concurrent processes queue it once.
 * None for promises already settled (KEPT, EXTENDED, BROKEN), for archived candidates or while an
 * outcome waits out its undo window, nor for promises made after 08:00 on the reminder day (their
 * maker just gave the date) or after the reminder day. A pre-approved extension still gets its
 * reminder: the team may still send news, and the email says Candor will extend it otherwise.
 * A tick that misses 08:00 sends the day's reminders later that day; after it, none. One
 * statement per tick finds the organizations with a promise waiting (the partial index by
 * organization and day); only those open a transaction.
 */
@Injectable()
export class PromiseReminders {
  private readonly logger = new Logger('PromiseReminders');

  constructor(
    private readonly dataSource: DataSource,
    private readonly teamEmails: TeamEmailsService,
  ) {}

  /**
   * Queues the reminders due at `now` in every organization where it is a business day at or past
   * 08:00; each organization in its own transaction (one failing, logged, holds back no other; the
   * first failure is thrown once all were tried). Returns how many promises were reminded.
   */
  async run(now: Date): Promise<number> {
    let reminded = 0;
    const failures: unknown[] = [];
    const organizations = await this.dataSource.getRepository(OrganizationEntity).find();
    const open: { organization: OrganizationEntity; today: string; days: { from: string; through: string }; startOfReminders: Date }[] = [];
    for (const organization of organizations) {
      if (minuteOfDay(now, organization.timeZone) < PROMISE_REMINDER_MINUTE) continue;
      const today = calendarDateInZone(now, organization.timeZone);
      const days = promisedDaysRemindedOn(today, organization.holidays);
      if (!days) continue;
      const startOfReminders = wallClockToInstant(
        `${today}T${String(Math.floor(PROMISE_REMINDER_MINUTE / 60)).padStart(2, '0')}:${String(PROMISE_REMINDER_MINUTE % 60).padStart(2, '0')}`,
        organization.timeZone,
      ) ?? now; // 08:00 skipped by the clocks (no zone does this today): promises made before now
      open.push({ organization, today, days, startOfReminders });
    }
    if (open.length === 0) return 0;
    // One look for all of them (the partial index by organization and day): a transaction only
    // where a promise waits, so a tick costs the same however many organizations have nothing due.
    const waiting = new Set(
      ((await this.dataSource.query(
        `SELECT DISTINCT p.organization_id AS id
           FROM unnest($1::uuid[], $2::date[], $3::date[], $4::timestamptz[]) AS d(organization_id, first_day, last_day, made_before)
           JOIN candidate_promises p ON p.organization_id = d.organization_id AND p.promised_day BETWEEN d.first_day AND d.last_day AND p.made_at < d.made_before
          WHERE p.outcome = 'OPEN' AND p.team_reminded_at IS NULL`,
        [open.map((o) => o.organization.id), open.map((o) => o.days.from), open.map((o) => o.days.through), open.map((o) => o.startOfReminders)],
      )) as { id: string }[]).map((r) => r.id),
    );
    for (const { organization, today, days, startOfReminders } of open) {
      if (!waiting.has(organization.id)) continue;
      try {
        reminded += await this.dataSource.transaction((db) => this.remindIn(db, organization, today, days, startOfReminders, now));
      } catch (error) {
        failures.push(error);
        this.logger.error(`Reminders of organization ${organization.id} for ${today} failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    if (failures.length > 0) throw failures[0];
    return reminded;
  }

  /** Claims the organization's due promises and queues one email per member. Returns how many promises. */
  private async remindIn(
    db: EntityManager,
    organization: OrganizationEntity,
    today: string,
    days: { from: string; through: string },
    startOfReminders: Date,
    now: Date,
  ): Promise<number> {
    const rows: {
      id: string; candidate_id: string; candidate_name: string; job_title: string; promised_day: string;
      made_by_member_id: string | null; fallback_extension_days: number | null; automatic: boolean;
    }[] = await db.query(
      `SELECT p.id, p.candidate_id, c.name AS candidate_name, j.title AS job_title, to_char(p.promised_day, 'YYYY-MM-DD') AS promised_day,
              p.made_by_member_id, p.fallback_extension_days, p.automatic
         FROM candidate_promises p
         JOIN candidates c ON c.id = p.candidate_id
         JOIN jobs j ON j.id = c.job_id
        WHERE p.organization_id = $1 AND p.outcome = 'OPEN' AND p.team_reminded_at IS NULL
          AND p.promised_day BETWEEN $2::date AND $3::date AND p.made_at < $4
          AND c.archived_at IS NULL AND (c.outcome_pending_until IS NULL OR c.outcome_pending_until <= $5)
        ORDER BY p.promised_day, c.name, p.id
          FOR UPDATE OF p SKIP LOCKED`,
      [organization.id, days.from, days.through, startOfReminders, now],
    );
    if (rows.length === 0) return 0;
    await db.query(`UPDATE candidate_promises SET team_reminded_at = $2 WHERE id = ANY($1::uuid[])`, [rows.map((r) => r.id), now]);
    const members = await db.getRepository(MemberEntity).find({ where: { organizationId: organization.id } });
    const active = members.filter((m) => !m.deactivatedAt && !m.removedAt);
    const byId = new Map(active.map((m) => [m.id, m]));
    const everyone = active.filter((m) => m.role === 'ADMIN' || m.role === 'RECRUITER');
    const perMember = new Map<string, PromiseDue[]>();
    for (const row of rows) {
      const maker = row.made_by_member_id ? byId.get(row.made_by_member_id) : undefined;
      const owners = maker ? [maker] : everyone;
      for (const owner of owners) {
        const list = perMember.get(owner.id) ?? [];
        list.push({
          promiseId: row.id,
          candidateId: row.candidate_id,
          candidateName: row.candidate_name,
          jobTitle: row.job_title,
          promisedDay: row.promised_day,
          fallbackExtensionDays: row.fallback_extension_days,
          automatic: row.automatic,
          unowned: maker ? null : row.made_by_member_id ? 'FORMER_MEMBER' : 'NO_MAKER',
        });
        perMember.set(owner.id, list);
      }
    }
    for (const [memberId, promises] of perMember) {
      await this.teamEmails.promisesDueReminder(db, { organization, member: byId.get(memberId)!, day: today, promises, now });
    }
    return rows.length;
  }
}
