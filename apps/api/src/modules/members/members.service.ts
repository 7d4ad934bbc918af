import { Inject, Injectable } from '@nestjs/common';
import { roleChangeProblem } from '@candor/domain';
import { DataSource, IsNull, MoreThan } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { Actor } from '../../common/actor';
import { Clock } from '../../common/clock';
import { withUniqueAsConflict } from '../../common/database-errors';
import { DomainException } from '../../common/domain.exception';
import { findInOrganization } from '../../common/scoped-lookup';
import { generateToken, hashToken, looksLikeToken } from '../../common/secret-tokens';
import { AuthService, IssuedSession } from '../auth/auth.service';
import { hashPassword } from '../auth/password-hasher';
import { EmailTransport } from '../notifications/email-transport';
import { TeamEmailsService } from '../notifications/team-emails.service';
import { OrganizationEntity } from '../organizations/organization.entity';
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
    private readonly transport: EmailTransport,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async viewer(actor: Actor): Promise<{ member: MemberEntity; organization: OrganizationEntity }> {
    const [member, organization] = await Promise.all([
      this.dataSource.getRepository(MemberEntity).findOneByOrFail({ id: actor.memberId }),
      this.dataSource.getRepository(OrganizationEntity).findOneByOrFail({ id: actor.organizationId }),
    ]);
    return { member, organization };
  }

  listMembers(actor: Actor): Promise<MemberEntity[]> {
    return this.dataSource
      .getRepository(MemberEntity)
      .find({ where: { organizationId: actor.organizationId }, order: { createdAt: 'ASC' } });
  }

  async changeRole(actor: Actor, input: ChangeMemberRoleInput): Promise<MemberEntity> {
    return this.dataSource.transaction(async (db) => {
      // Lock the organization's admins first: two admins demoting each other at once must not
      // both succeed and leave no admin.
      const admins = await db.find(MemberEntity, {
        where: { organizationId: actor.organizationId, role: 'ADMIN' },
        order: { id: 'ASC' },
        lock: { mode: 'pessimistic_write' },
      });
      const member = await findInOrganization(db, MemberEntity, actor, input.memberId, 'member', { lock: true });
      const problem = roleChangeProblem({ from: member.role, to: input.role, adminsInOrganization: admins.length });
      if (problem) throw DomainException.badInput([{ field: 'role', message: problem }]);
      member.role = input.role;
      return db.save(member);
    });
  }

  /**
   * Emails the invitee a link to join. With the dev mailbox (no SMTP server) the link is also
   * returned, so a local set-up can be completed without email.
   */
  async invite(actor: Actor, input: InviteMemberInput): Promise<Invite> {
    return this.dataSource.transaction(async (db) => {
      await this.auth.assertEmailFree(db, input.email);
      await db.delete(InviteEntity, { organizationId: actor.organizationId, email: input.email, acceptedAt: IsNull() });
      const token = generateToken();
      const invite = await db.save(
        db.create(InviteEntity, {
          organizationId: actor.organizationId,
          email: input.email,
          role: input.role,
          tokenHash: hashToken(token),
          invitedById: actor.memberId,
          expiresAt: new Date(this.clock.now().getTime() + INVITE_TTL_DAYS * 86_400_000),
        }),
      );
      const url = `${this.config.publicUrl}/invite#${token}`;
      const inviter = await db.findOneByOrFail(MemberEntity, { id: actor.memberId });
      await this.teamEmails.invite(db, { organizationId: actor.organizationId, email: input.email, role: input.role, url, invitedBy: inviter.name }, this.clock.now());
      return { ...invite, inviteUrl: this.transport.name === 'dev-mailbox' ? url : undefined };
    });
  }

  /** The invitee sets a name and password, becomes a member, and is signed in. */
  async acceptInvite(input: AcceptInviteInput): Promise<IssuedSession> {
    const passwordHash = await hashPassword(input.password);
    const expired = () => DomainException.notFound('invite with this link (it may have expired or been used)');
    if (!looksLikeToken(input.token)) throw expired();
    return withUniqueAsConflict(
      () => DomainException.conflict('An account with this email already exists. Log in instead.'),
      () =>
        this.dataSource.transaction(async (db) => {
          const invite = await db.getRepository(InviteEntity).findOne({
            where: { tokenHash: hashToken(input.token), acceptedAt: IsNull(), expiresAt: MoreThan(this.clock.now()) },
            lock: { mode: 'pessimistic_write' },
          });
          if (!invite) throw expired();
          await this.auth.assertEmailFree(db, invite.email);
          await db.update(InviteEntity, { id: invite.id }, { acceptedAt: this.clock.now() });
          const member = await db.save(
            db.create(MemberEntity, {
              organizationId: invite.organizationId,
              email: invite.email,
              name: input.name,
              role: invite.role,
              passwordHash,
            }),
          );
          return this.auth.issueSession(db, member);
        }),
    );
  }
}
