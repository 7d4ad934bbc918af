import { Inject, Injectable } from '@nestjs/common';
import { memberDepartureProblem, roleChangeProblem } from '@candor/domain';
import { DataSource, EntityManager, IsNull, MoreThan } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { Actor } from '../../common/actor';
import { Clock } from '../../common/clock';
import { withUniqueAsConflict } from '../../common/database-errors';
import { DomainException } from '../../common/domain.exception';
import { findInOrganization } from '../../common/scoped-lookup';
import { generateToken, hashToken, looksLikeToken } from '../../common/secret-tokens';
import { AuditLog } from '../audit/audit-log';
import { assertPassword, AuthService, EMAIL_TAKEN, IssuedSession } from '../auth/auth.service';
import { hashPassword } from '../auth/password-hasher';
import { endSessionsOf } from '../auth/sessions';
import { SecretLinks } from '../notifications/secret-links';
import { TeamEmailsService } from '../notifications/team-emails.service';
import { OrganizationEntity } from '../organizations/organization.entity';
import { RateLimits } from '../rate-limits/rate-limits';
import { AcceptInviteInput } from './dto/accept-invite.input';
import { ChangeMemberRoleInput } from './dto/change-member-role.input';
import { InviteMemberInput } from './dto/invite-member.input';
import { InviteEntity } from './invite.entity';
import { MemberEntity } from './member.entity';
import { Invite } from './models/invite.model';

const INVITE_TTL_DAYS = 7;

@Injectable()
export class MembersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly auth: AuthService,
    private readonly teamEmails: TeamEmailsService,
    private readonly secretLinks: SecretLinks,
    private readonly limits: RateLimits,
    private readonly audit: AuditLog,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async viewer(actor: Actor): Promise<{ member: MemberEntity; organization: OrganizationEntity }> {
    const [member, organization] = await Promise.all([
      this.dataSource.getRepository(MemberEntity).findOneByOrFail({ id: actor.memberId }),
      this.dataSource.getRepository(OrganizationEntity).findOneByOrFail({ id: actor.organizationId }),
    ]);
    return { member, organization };
  }

  /** Current members (active and deactivated); removed members are gone from the list (their names stay on timelines). */
  listMembers(actor: Actor): Promise<MemberEntity[]> {
    return this.dataSource
      .getRepository(MemberEntity)
      .find({ where: { organizationId: actor.organizationId, removedAt: IsNull() }, order: { createdAt: 'ASC' } });
  }

  async changeRole(actor: Actor, input: ChangeMemberRoleInput): Promise<MemberEntity> {
    return this.dataSource.transaction(async (db) => {
      const admins = await this.lockActiveAdmins(db, actor);
      const member = await this.findMember(db, actor, input.memberId);
      // A deactivated admin is not among the active admins the organization must keep.
      const problem = member.deactivatedAt ? null : roleChangeProblem({ from: member.role, to: input.role, adminsInOrganization: admins.length });
      if (problem) throw DomainException.badInput([{ field: 'role', message: problem }]);
      if (member.role !== input.role) {
        await this.audit.record(db, {
          organizationId: actor.organizationId,
          actorMemberId: actor.memberId,
          action: 'MEMBER_ROLE_CHANGED',
          target: { type: 'MEMBER', id: member.id },
          details: { from: member.role, to: input.role },
        });
      }
      member.role = input.role;
      return db.save(member);
    });
  }

  /**
   * Turns a member's account off: every session ends at once, the invitations they sent are
   * revoked; an admin can turn it on again. Never the last active admin.
   */
  async deactivate(actor: Actor, memberId: string): Promise<MemberEntity> {
    return this.depart(actor, memberId, 'MEMBER_DEACTIVATED', (member, now) => {
      member.deactivatedAt ??= now;
    });
  }

  async reactivate(actor: Actor, memberId: string): Promise<MemberEntity> {
    return this.dataSource.transaction(async (db) => {
      const member = await this.findMember(db, actor, memberId);
      if (!member.deactivatedAt) return member;
      member.deactivatedAt = null;
      await this.audit.record(db, { organizationId: actor.organizationId, actorMemberId: actor.memberId, action: 'MEMBER_REACTIVATED', target: { type: 'MEMBER', id: member.id } });
      return db.save(member);
    });
  }

  /**
   * Removes a member for good: sessions end, their invitations are revoked, their email address
   * is free again; their name stays on the timelines they wrote. Never the last active admin.
   */
  async remove(actor: Actor, memberId: string): Promise<MemberEntity> {
    return this.depart(actor, memberId, 'MEMBER_REMOVED', (member, now) => {
      member.removedAt = now;
      member.totpSecretSealed = null;
      member.totpEnabledAt = null;
    });
  }

  private async depart(
    actor: Actor,
    memberId: string,
    action: 'MEMBER_DEACTIVATED' | 'MEMBER_REMOVED',
    change: (member: MemberEntity, now: Date) => void,
  ): Promise<MemberEntity> {
    return this.dataSource.transaction(async (db) => {
      const admins = await this.lockActiveAdmins(db, actor);
      const member = await this.findMember(db, actor, memberId);
      const problem = memberDepartureProblem({ role: member.role, active: !member.deactivatedAt, adminsInOrganization: admins.length });
      if (problem) throw DomainException.badInput([{ field: 'memberId', message: problem }]);
      const now = this.clock.now();
      change(member, now);
      const saved = await db.save(member);
      await endSessionsOf(db, member.id, now);
      await this.revokeInvitesOf(db, actor, { invitedById: member.id }, now);
      await this.audit.record(db, { organizationId: actor.organizationId, actorMemberId: actor.memberId, action, target: { type: 'MEMBER', id: member.id } });
      return saved;
    });
  }

  /**
   * Emails the invitee a link to join (kept sealed until sent). With the dev mailbox outside
   * production the link is also returned to the inviting admin, so a local set-up can be
   * completed without email. Rate-limited per member; an address already in use is a generic CONFLICT.
   */
  async invite(actor: Actor, input: InviteMemberInput): Promise<Invite> {
    await this.limits.consume('invite-member', actor.memberId);
    return withUniqueAsConflict(EMAIL_TAKEN, () =>
      this.dataSource.transaction(async (db) => {
        await this.auth.assertEmailFree(db, input.email);
        const now = this.clock.now();
        await this.revokeInvitesOf(db, actor, { email: input.email }, now);
        const token = generateToken();
        const invite = await db.save(
          db.create(InviteEntity, {
            organizationId: actor.organizationId,
            email: input.email,
            role: input.role,
            tokenHash: hashToken(token),
            invitedById: actor.memberId,
            expiresAt: new Date(now.getTime() + INVITE_TTL_DAYS * 86_400_000),
          }),
        );
        const url = `${this.config.publicUrl}/invite#${token}`;
        const inviter = await db.findOneByOrFail(MemberEntity, { id: actor.memberId });
        await this.teamEmails.invite(db, { id: invite.id, organizationId: actor.organizationId, email: input.email, role: input.role, url, invitedBy: inviter.name }, now);
        await this.audit.record(db, {
          organizationId: actor.organizationId,
          actorMemberId: actor.memberId,
          action: 'MEMBER_INVITED',
          target: { type: 'INVITE', id: invite.id },
          details: { role: input.role },
        });
        // The link comes back only where it never leaves the machine anyway: the dev mailbox, outside production.
        return { ...invite, invitedByName: inviter.name, inviteUrl: this.secretLinks.keptAfterSending ? url : undefined };
      }),
    );
  }

  /** Invitations not yet accepted, revoked or expired, newest first. */
  async pendingInvites(actor: Actor): Promise<Invite[]> {
    const invites = await this.dataSource.getRepository(InviteEntity).find({
      where: { organizationId: actor.organizationId, acceptedAt: IsNull(), revokedAt: IsNull(), expiresAt: MoreThan(this.clock.now()) },
      order: { createdAt: 'DESC' },
    });
    const inviters = new Map(
      (await this.dataSource.getRepository(MemberEntity).findBy({ organizationId: actor.organizationId })).map((m) => [m.id, m.name]),
    );
    return invites.map((invite) => ({ ...invite, invitedByName: invite.invitedById ? (inviters.get(invite.invitedById) ?? null) : null }));
  }

  /** The invitation's link stops working at once (an unsent invitation email is not sent). */
  async revokeInvite(actor: Actor, inviteId: string): Promise<Invite> {
    return this.dataSource.transaction(async (db) => {
      const invite = await findInOrganization(db, InviteEntity, actor, inviteId, 'invite', { lock: true });
      if (invite.acceptedAt) throw DomainException.conflict('This invitation was already accepted; deactivate or remove the member instead.');
      if (!invite.revokedAt) await this.revokeInvitesOf(db, actor, { id: invite.id }, this.clock.now(), actor.memberId);
      return { ...invite, revokedAt: invite.revokedAt ?? this.clock.now(), invitedByName: null };
    });
  }

  /**
   * The invitee sets a name and password, becomes a member with the role and email the
   * invitation was for, and is signed in. Rate-limited per client address.
   */
  async acceptInvite(input: AcceptInviteInput, address: string): Promise<IssuedSession> {
    await this.limits.consume('accept-invite', address);
    const expired = () => DomainException.notFound('invite with this link (it may have expired, been revoked or been used)');
    if (!looksLikeToken(input.token)) throw expired();
    const pending = await this.dataSource.getRepository(InviteEntity).findOne({
      where: { tokenHash: hashToken(input.token), acceptedAt: IsNull(), revokedAt: IsNull(), expiresAt: MoreThan(this.clock.now()) },
    });
    if (!pending) throw expired();
    const organization = await this.dataSource.getRepository(OrganizationEntity).findOneByOrFail({ id: pending.organizationId });
    assertPassword(input.password, { hasSecondFactor: false, personalWords: [input.name, pending.email, organization.name] });
    const passwordHash = await hashPassword(input.password);
    return withUniqueAsConflict(EMAIL_TAKEN, () =>
      this.dataSource.transaction(async (db) => {
        const invite = await db.getRepository(InviteEntity).findOne({
          where: { id: pending.id, acceptedAt: IsNull(), revokedAt: IsNull(), expiresAt: MoreThan(this.clock.now()) },
          lock: { mode: 'pessimistic_write' },
        });
        if (!invite) throw expired();
        await this.auth.assertEmailFree(db, invite.email);
        await db.update(InviteEntity, { id: invite.id }, { acceptedAt: this.clock.now() });
        const member = await db.save(
          db.create(MemberEntity, { organizationId: invite.organizationId, email: invite.email, name: input.name, role: invite.role, passwordHash }),
        );
        await this.audit.record(db, {
          organizationId: invite.organizationId,
          actorMemberId: member.id,
          action: 'INVITE_ACCEPTED',
          target: { type: 'MEMBER', id: member.id },
          details: { role: invite.role },
        });
        return this.auth.issueSession(db, member);
      }),
    );
  }

  /** Revokes matching pending invitations and cancels their unsent emails (wiping the sealed link). */
  private async revokeInvitesOf(
    db: EntityManager,
    actor: Actor,
    match: { id?: string; email?: string; invitedById?: string },
    now: Date,
    auditedBy?: string,
  ): Promise<void> {
    const invites = await db.find(InviteEntity, { where: { organizationId: actor.organizationId, acceptedAt: IsNull(), revokedAt: IsNull(), ...match } });
    for (const invite of invites) {
      await db.update(InviteEntity, { id: invite.id }, { revokedAt: now });
      // Its email: cancelled if still unsent, and its sealed link wiped either way.
      await db.query(
        `UPDATE email_messages SET secret_sealed = NULL,
           last_error = CASE WHEN status = 'SCHEDULED' THEN 'The invitation was revoked.' ELSE last_error END,
           status = CASE WHEN status = 'SCHEDULED' THEN 'CANCELLED' ELSE status END,
           updated_at = $3
         WHERE organization_id = $1 AND kind = 'INVITE' AND (message_id LIKE $2 OR message_id LIKE $4)`,
        // <invite-ID.tag@domain> (EmailOutbox), or <invite-ID@domain> as written before the tag.
        [actor.organizationId, `<invite-${invite.id}.%`, now, `<invite-${invite.id}@%`],
      );
      if (auditedBy) {
        await this.audit.record(db, { organizationId: actor.organizationId, actorMemberId: auditedBy, action: 'INVITE_REVOKED', target: { type: 'INVITE', id: invite.id } });
      }
    }
  }

  /** The organization's active admins, locked in ID order: two admins changing each other at once cannot both succeed and leave none. */
  private lockActiveAdmins(db: EntityManager, actor: Actor): Promise<MemberEntity[]> {
    return db.find(MemberEntity, {
      where: { organizationId: actor.organizationId, role: 'ADMIN', deactivatedAt: IsNull(), removedAt: IsNull() },
      order: { id: 'ASC' },
      lock: { mode: 'pessimistic_write' },
    });
  }

  private async findMember(db: EntityManager, actor: Actor, memberId: string): Promise<MemberEntity> {
    const member = await findInOrganization(db, MemberEntity, actor, memberId, 'member', { lock: true });
    if (member.removedAt) throw DomainException.notFound('member', memberId);
    return member;
  }
}
