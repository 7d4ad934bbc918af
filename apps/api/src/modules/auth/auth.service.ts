import { currentTimeZoneName } from '../../common/time-zone-names';
import { Inject, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { Actor } from '../../common/actor';
import { Clock } from '../../common/clock';
import { DomainException } from '../../common/domain.exception';
import { withUniqueAsConflict } from '../../common/database-errors';
import { generateToken, hashToken, looksLikeToken } from '../../common/secret-tokens';
import { MemberEntity } from '../members/member.entity';
import { OrganizationEntity } from '../organizations/organization.entity';
import { RateLimits } from '../rate-limits/rate-limits';
import { LogInInput } from './dto/log-in.input';
import { SignUpInput } from './dto/sign-up.input';
import { decoyPasswordHash, hashPassword, verifyPassword } from './password-hasher';
import { passwordProblem } from './password-policy';
import { sessionTokenOf } from './session-cookies';
import { SessionEntity } from './session.entity';
import { TwoFactorService } from './two-factor.service';

/** The one answer for an address that cannot be used for a new account: it names nothing else. */
export const EMAIL_TAKEN = () =>
  DomainException.conflict('This email address cannot be used for a new account. If it is yours, log in or reset your password.', {
    fields: [{ field: 'email', message: 'cannot be used for a new account' }],
  });

const WRONG_CREDENTIALS = 'That email and password do not match an account.';

export interface IssuedSession {
  accessToken: string;
  expiresAt: Date;
}

@Injectable()
export class AuthService {
  /** One session look-up per request: root fields and the query-cost check share it. */
  private readonly actors = new WeakMap<object, Promise<Actor | null>>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly limits: RateLimits,
    private readonly twoFactor: TwoFactorService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** A new organization with its first ADMIN, signed in. Rate-limited per client address. */
  async signUp(input: SignUpInput, address: string): Promise<IssuedSession> {
    await this.limits.consume('sign-up', address);
    assertPassword(input.password, { hasSecondFactor: false, personalWords: [input.name, input.email, input.organizationName] });
    const passwordHash = await hashPassword(input.password);
    return withUniqueAsConflict(EMAIL_TAKEN, () =>
      this.dataSource.transaction(async (db) => {
        await this.assertEmailFree(db, input.email);
        const organization = await db.save(db.create(OrganizationEntity, { name: input.organizationName, timeZone: currentTimeZoneName(input.timeZone ?? 'UTC') }));
        const member = await db.save(
          db.create(MemberEntity, { organizationId: organization.id, email: input.email, name: input.name, role: 'ADMIN', passwordHash }),
        );
        return this.issueSession(db, member);
      }),
    );
  }

  /**
   * Signs a member in. Both limits are counted before the password is checked (atomically, in
   * PostgreSQL), so parallel guesses cannot outrun them; a successful log-in clears the
   * account's count. A member with two-factor sign-in also gives a TOTP or recovery code; without
   * one the answer is UNAUTHENTICATED with `twoFactorRequired: true`.
   */
  async logIn(input: LogInInput, address: string): Promise<IssuedSession> {
    await this.limits.consume('login-address', address);
    await this.limits.consume('login-account', input.email);
    const member = await this.dataSource
      .getRepository(MemberEntity)
      .createQueryBuilder('m')
      .addSelect('m.passwordHash')
      .where('lower(m.email) = lower(:email)', { email: input.email })
      .andWhere('m.removedAt IS NULL')
      .getOne();
    const hash = member?.passwordHash ?? (await decoyPasswordHash());
    const valid = (await verifyPassword(hash, input.password)) && !!member?.passwordHash && !member.deactivatedAt;
    if (!member || !valid) throw DomainException.unauthenticated(WRONG_CREDENTIALS);
    if (member.totpEnabledAt) {
      if (!input.oneTimeCode) {
        throw DomainException.unauthenticated('Enter the 6-digit code from your authenticator app (or a recovery code).', { twoFactorRequired: true });
      }
      if (!(await this.twoFactor.verifyForLogIn(member, input.oneTimeCode))) {
        throw DomainException.unauthenticated('That code is not right. Codes change every 30 seconds; each works once.', { twoFactorRequired: true });
      }
    }
    await this.limits.reset('login-account', input.email);
    return this.dataSource.transaction((db) => this.issueSession(db, member));
  }

  /** Ends the session at once: its token stops working everywhere. */
  async logOut(actor: Actor): Promise<boolean> {
    await this.dataSource.getRepository(SessionEntity).update({ id: actor.sessionId, revokedAt: IsNull() }, { revokedAt: this.clock.now() });
    return true;
  }

  /** The actor of a request (bearer token or cookie), looked up once per request; null without a live session. */
  actorOf(req: Request): Promise<Actor | null> {
    let pending = this.actors.get(req);
    if (!pending) {
      const token = sessionTokenOf(req);
      pending = token ? this.authenticate(token) : Promise.resolve(null);
      this.actors.set(req, pending);
    }
    return pending;
  }

  /** The actor behind an access token, or null when it is unknown, expired, revoked, or its member left. */
  async authenticate(token: string): Promise<Actor | null> {
    if (!looksLikeToken(token)) return null;
    const row = await this.dataSource
      .getRepository(SessionEntity)
      .createQueryBuilder('s')
      .innerJoin(MemberEntity, 'm', 'm.id = s.memberId')
      .innerJoin(OrganizationEntity, 'o', 'o.id = s.organizationId')
      .select([
        's.id AS "sessionId"',
        's.memberId AS "memberId"',
        's.organizationId AS "organizationId"',
        'm.role AS role',
        'o.timeZone AS "timeZone"',
        '(m.totpEnabledAt IS NOT NULL) AS "twoFactorEnabled"',
        'o.requireTwoFactor AS "twoFactorRequired"',
      ])
      .where('s.tokenHash = :hash', { hash: hashToken(token) })
      .andWhere('s.revokedAt IS NULL')
      .andWhere('s.expiresAt > :now', { now: this.clock.now() })
      .andWhere('m.deactivatedAt IS NULL')
      .andWhere('m.removedAt IS NULL')
      .getRawOne<Actor>();
    return row ?? null;
  }

  async issueSession(db: EntityManager, member: Pick<MemberEntity, 'id' | 'organizationId'>): Promise<IssuedSession> {
    const accessToken = generateToken();
    const expiresAt = new Date(this.clock.now().getTime() + this.config.auth.sessionTtlHours * 3_600_000);
    await db.insert(SessionEntity, { memberId: member.id, organizationId: member.organizationId, tokenHash: hashToken(accessToken), expiresAt });
    return { accessToken, expiresAt };
  }

  /** Refuses an address that a current member already uses (removed members' addresses are free). */
  async assertEmailFree(db: EntityManager, email: string): Promise<void> {
    const taken = await db
      .getRepository(MemberEntity)
      .createQueryBuilder('m')
      .where('lower(m.email) = lower(:email)', { email })
      .andWhere('m.removedAt IS NULL')
      .getExists();
    if (taken) throw EMAIL_TAKEN();
  }
}

/** The password policy as a BAD_USER_INPUT naming the field. */
export function assertPassword(password: string, context: Parameters<typeof passwordProblem>[1], field = 'password'): void {
  const problem = passwordProblem(password, context);
  if (problem) throw DomainException.badInput([{ field, message: problem }]);
}
