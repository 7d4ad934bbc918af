import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { Actor } from '../../common/actor';
import { Clock } from '../../common/clock';
import { DomainException } from '../../common/domain.exception';
import { withUniqueAsConflict } from '../../common/database-errors';
import { generateToken, hashToken, looksLikeToken } from '../../common/secret-tokens';
import { MemberEntity } from '../members/member.entity';
import { OrganizationEntity } from '../organizations/organization.entity';
import { SignUpInput } from './dto/sign-up.input';
import { LogInInput } from './dto/log-in.input';
import { LoginRateLimiter } from './login-rate-limiter';
import { decoyPasswordHash, hashPassword, verifyPassword } from './password-hasher';
import { SessionEntity } from './session.entity';

const EMAIL_TAKEN = () =>
  DomainException.conflict('An account with this email already exists. Log in instead.', {
    fields: [{ field: 'email', message: 'is already registered' }],
  });

export interface IssuedSession {
  accessToken: string;
  expiresAt: Date;
}

@Injectable()
export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly rateLimiter: LoginRateLimiter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** A new organization with its first ADMIN, signed in. */
  async signUp(input: SignUpInput): Promise<IssuedSession> {
    const passwordHash = await hashPassword(input.password);
    return withUniqueAsConflict(EMAIL_TAKEN, () => this.dataSource.transaction(async (db) => {
      await this.assertEmailFree(db, input.email);
      const organization = await db.save(
        db.create(OrganizationEntity, { name: input.organizationName, timeZone: input.timeZone ?? 'UTC' }),
      );
      const member = await db.save(
        db.create(MemberEntity, {
          organizationId: organization.id,
          email: input.email,
          name: input.name,
          role: 'ADMIN',
          passwordHash,
        }),
      );
      return this.issueSession(db, member);
    }));
  }

  async logIn(input: LogInInput, address: string): Promise<IssuedSession> {
    await this.rateLimiter.admit(input.email, address);
    const member = await this.dataSource
      .getRepository(MemberEntity)
      .createQueryBuilder('m')
      .addSelect('m.passwordHash')
      .where('lower(m.email) = lower(:email)', { email: input.email })
      .getOne();
    const hash = member?.passwordHash ?? (await decoyPasswordHash());
    const valid = (await verifyPassword(hash, input.password)) && !!member?.passwordHash;
    if (!member || !valid) {
      await this.rateLimiter.recordFailure(input.email);
      throw DomainException.unauthenticated('That email and password do not match an account.');
    }
    await this.rateLimiter.recordSuccess(input.email);
    return this.dataSource.transaction((db) => this.issueSession(db, member));
  }

  /** Ends the session at once: its token stops working everywhere. */
  async logOut(actor: Actor): Promise<boolean> {
    await this.dataSource
      .getRepository(SessionEntity)
      .update({ id: actor.sessionId, revokedAt: IsNull() }, { revokedAt: this.clock.now() });
    return true;
  }

  /** The actor behind an access token, or null when it is unknown, expired or revoked. */
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
      ])
      .where('s.tokenHash = :hash', { hash: hashToken(token) })
      .andWhere('s.revokedAt IS NULL')
      .andWhere('s.expiresAt > :now', { now: this.clock.now() })
      .getRawOne<Actor>();
    return row ?? null;
  }

  async issueSession(db: EntityManager, member: Pick<MemberEntity, 'id' | 'organizationId'>): Promise<IssuedSession> {
    const accessToken = generateToken();
    const expiresAt = new Date(this.clock.now().getTime() + this.config.auth.sessionTtlHours * 3_600_000);
    await db.insert(SessionEntity, {
      memberId: member.id,
      organizationId: member.organizationId,
      tokenHash: hashToken(accessToken),
      expiresAt,
    });
    return { accessToken, expiresAt };
  }

  async assertEmailFree(db: EntityManager, email: string): Promise<void> {
    const taken = await db
      .getRepository(MemberEntity)
      .createQueryBuilder('m')
      .where('lower(m.email) = lower(:email)', { email })
      .getExists();
    if (taken) throw EMAIL_TAKEN();
  }
}
