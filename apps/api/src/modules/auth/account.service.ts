import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { LIMITS } from '@candor/domain';
import { DataSource, IsNull, MoreThan } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { Actor } from '../../common/actor';
import { Clock } from '../../common/clock';
import { DomainException } from '../../common/domain.exception';
import { generateToken, hashToken, looksLikeToken } from '../../common/secret-tokens';
import { AuditLog } from '../audit/audit-log';
import { MemberEntity } from '../members/member.entity';
import { TeamEmailsService } from '../notifications/team-emails.service';
import { OrganizationEntity } from '../organizations/organization.entity';
import { RateLimits } from '../rate-limits/rate-limits';
import { assertPassword } from './auth.service';
import { hashPassword, verifyPassword } from './password-hasher';
import { PasswordResetEntity } from './password-reset.entity';
import { endSessionsOf } from './sessions';
import { TwoFactorService } from './two-factor.service';

/** A reset link works this long, once. */
export const PASSWORD_RESET_TTL_MINUTES = 30;

const RESET_LINK_GONE = () => DomainException.notFound('password reset at this link (it works once, for 30 minutes); ask for a new one');

/**
 * A member's own account: changing the password, resetting a forgotten one by email, and
 * turning two-factor sign-in off (which needs the password).
 */
@Injectable()
export class AccountService implements OnApplicationShutdown {
  private readonly logger = new Logger('Account');
  /** Reset requests answered but still being prepared. */
  private readonly pending = new Set<Promise<void>>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly limits: RateLimits,
    private readonly twoFactor: TwoFactorService,
    private readonly teamEmails: TeamEmailsService,
    private readonly audit: AuditLog,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Emails a one-time reset link (stored as its SHA-256, valid for 30 minutes) when the address
   * belongs to an active member. The answer is the same, and as quick, either way: the look-up
   * and the email happen after it. With the dev mailbox the link is also printed to the console,
   * for a local set-up without email.
   */
  async requestPasswordReset(email: string, address: string): Promise<boolean> {
    await this.limits.consume('password-reset-request', address);
    // The rest happens after the answer, so that known and unknown addresses take as long.
    const work = this.sendReset(email).catch((error: unknown) =>
      this.logger.error(`A password reset email could not be prepared: ${error instanceof Error ? error.name : 'error'}`),
    );
    this.pending.add(work);
    void work.finally(() => this.pending.delete(work));
    return true;
  }

  /** Waits for reset emails still being prepared (at shutdown). */
  async onApplicationShutdown(): Promise<void> {
    await Promise.allSettled([...this.pending]);
  }

  private async sendReset(email: string): Promise<void> {
    const member = await this.activeMemberByEmail(email);
    if (!member || (await this.limits.tryConsume('password-reset-account', email))) return;
    const token = generateToken();
    const url = `${this.config.publicUrl}/reset-password#${token}`;
    const now = this.clock.now();
    await this.dataSource.transaction(async (db) => {
      await db.delete(PasswordResetEntity, { memberId: member.id, usedAt: IsNull() });
      const reset = await db.save(
        db.create(PasswordResetEntity, { memberId: member.id, tokenHash: hashToken(token), expiresAt: new Date(now.getTime() + PASSWORD_RESET_TTL_MINUTES * 60_000) }),
      );
      await this.teamEmails.passwordReset(db, { id: reset.id, member, url, ttlMinutes: PASSWORD_RESET_TTL_MINUTES }, now);
    });
  }

  /** Sets a new password with a reset link; every session of the member ends. */
  async resetPassword(token: string, password: string, address: string): Promise<boolean> {
    await this.limits.consume('password-reset', address);
    if (!looksLikeToken(token)) throw RESET_LINK_GONE();
    const now = this.clock.now();
    const reset = await this.dataSource
      .getRepository(PasswordResetEntity)
      .findOneBy({ tokenHash: hashToken(token), usedAt: IsNull(), expiresAt: MoreThan(now) });
    const member = reset && (await this.dataSource.getRepository(MemberEntity).findOneBy({ id: reset.memberId, deactivatedAt: IsNull(), removedAt: IsNull() }));
    if (!reset || !member) throw RESET_LINK_GONE();
    const organization = await this.dataSource.getRepository(OrganizationEntity).findOneByOrFail({ id: member.organizationId });
    assertPassword(password, { hasSecondFactor: !!member.totpEnabledAt, personalWords: [member.name, member.email, organization.name] });
    const passwordHash = await hashPassword(password);
    await this.dataSource.transaction(async (db) => {
      const used = await db.update(PasswordResetEntity, { id: reset.id, usedAt: IsNull() }, { usedAt: now });
      if (!used.affected) throw RESET_LINK_GONE(); // a parallel request used it first
      await db.update(MemberEntity, { id: member.id }, { passwordHash });
      await db.delete(PasswordResetEntity, { memberId: member.id, usedAt: IsNull() });
      await endSessionsOf(db, member.id, now);
      await this.audit.record(db, { organizationId: member.organizationId, actorMemberId: null, action: 'PASSWORD_RESET', target: { type: 'MEMBER', id: member.id } });
    });
    await this.limits.reset('login-account', member.email);
    return true;
  }

  /** A new password, given the current one; the member's other sessions end. */
  async changePassword(actor: Actor, currentPassword: string, newPassword: string): Promise<boolean> {
    const member = await this.checkPassword(actor, currentPassword, 'currentPassword');
    const organization = await this.dataSource.getRepository(OrganizationEntity).findOneByOrFail({ id: member.organizationId });
    assertPassword(newPassword, { hasSecondFactor: !!member.totpEnabledAt, personalWords: [member.name, member.email, organization.name] }, 'newPassword');
    const passwordHash = await hashPassword(newPassword);
    await this.dataSource.transaction(async (db) => {
      await db.update(MemberEntity, { id: member.id }, { passwordHash });
      await endSessionsOf(db, member.id, this.clock.now(), actor.sessionId);
      await this.audit.record(db, { organizationId: member.organizationId, actorMemberId: member.id, action: 'PASSWORD_CHANGED', target: { type: 'MEMBER', id: member.id } });
    });
    return true;
  }

  /**
   * Turns two-factor sign-in off with the password and a code. A password shorter than 15
   * characters may only be used with a second factor (NIST SP 800-63B-4 §3.1.1.2): such a
   * member chooses a longer one first.
   */
  async disableTwoFactor(actor: Actor, password: string, code: string): Promise<boolean> {
    await this.checkPassword(actor, password, 'password');
    if (password.length < LIMITS.passwordMin) {
      throw DomainException.badInput([{ field: 'password', message: 'is shorter than 15 characters, too short to be used alone: change it first' }]);
    }
    await this.twoFactor.disable(actor, code);
    return true;
  }

  /** The member, when `password` is theirs; counted like log-ins. */
  private async checkPassword(actor: Actor, password: string, field: string): Promise<MemberEntity> {
    const member = await this.dataSource
      .getRepository(MemberEntity)
      .createQueryBuilder('m')
      .addSelect('m.passwordHash')
      .where('m.id = :id', { id: actor.memberId })
      .getOneOrFail();
    await this.limits.consume('login-account', member.email);
    if (!member.passwordHash || !(await verifyPassword(member.passwordHash, password))) {
      throw DomainException.badInput([{ field, message: 'is not your current password' }]);
    }
    await this.limits.reset('login-account', member.email);
    return member;
  }

  private activeMemberByEmail(email: string): Promise<MemberEntity | null> {
    return this.dataSource
      .getRepository(MemberEntity)
      .createQueryBuilder('m')
      .where('lower(m.email) = lower(:email)', { email })
      .andWhere('m.removedAt IS NULL')
      .andWhere('m.deactivatedAt IS NULL')
      .getOne();
  }
}
