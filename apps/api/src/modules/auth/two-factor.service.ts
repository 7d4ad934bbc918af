import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { toDataURL } from 'qrcode';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { Actor } from '../../common/actor';
import { Clock } from '../../common/clock';
import { DomainException } from '../../common/domain.exception';
import { derivedKey, keyedHash, SecretBox } from '../../common/secret-box';
import { AuditLog } from '../audit/audit-log';
import { MemberEntity } from '../members/member.entity';
import { OrganizationEntity } from '../organizations/organization.entity';
import { RateLimits } from '../rate-limits/rate-limits';
import { RecoveryCodeEntity } from './recovery-code.entity';
import { newTotpSecret, totpUri, verifyTotp } from './two-factor';

/** How many recovery codes a member gets; each works once. */
export const RECOVERY_CODE_COUNT = 10;

export interface TwoFactorSetup {
  /** Base32 seed, for typing into an authenticator app. */
  secret: string;
  /** otpauth:// URI (Key Uri Format), what the QR code holds. */
  uri: string;
  /** The URI as a QR code image (a PNG data: URL). */
  qrCode: string;
}

/**
 * Two-factor sign-in with TOTP (RFC 6238): setup (seed sealed in the member's row), confirmation
 * with a first code (which turns it on and hands out recovery codes, stored only as keyed
 * hashes), log-in checks with replay protection, and turning it off with password and code.
 * Wrong codes count against the member's `two-factor` limit.
 */
@Injectable()
export class TwoFactorService {
  private readonly seeds: SecretBox;
  private readonly recoveryKey: Buffer;

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly limits: RateLimits,
    private readonly audit: AuditLog,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.seeds = new SecretBox(config.secretKey, 'totp seed v1');
    this.recoveryKey = derivedKey(config.secretKey, 'recovery code v1');
  }

  /** A new seed for the member (replacing an unconfirmed one). CONFLICT when two-factor sign-in is already on. */
  async begin(actor: Actor): Promise<TwoFactorSetup> {
    return this.dataSource.transaction(async (db) => {
      const member = await this.lockMember(db, actor.memberId);
      if (member.totpEnabledAt) throw DomainException.conflict('Two-factor sign-in is already on. Turn it off first to set up a new authenticator.');
      const organization = await db.findOneByOrFail(OrganizationEntity, { id: member.organizationId });
      const secret = newTotpSecret();
      await db.update(MemberEntity, { id: member.id }, { totpSecretSealed: this.seeds.seal(secret, member.id), totpLastStep: null });
      const uri = totpUri(secret, `Candor (${organization.name})`, member.email);
      return { secret, uri, qrCode: await toDataURL(uri, { errorCorrectionLevel: 'M', margin: 2, width: 240 }) };
    });
  }

  /** Turns two-factor sign-in on with a first code from the app; returns the recovery codes (shown once). */
  async confirm(actor: Actor, code: string): Promise<string[]> {
    await this.limits.consume('two-factor', actor.memberId);
    return this.dataSource.transaction(async (db) => {
      const member = await this.lockMember(db, actor.memberId);
      if (member.totpEnabledAt) throw DomainException.conflict('Two-factor sign-in is already on.');
      if (!member.totpSecretSealed) throw DomainException.conflict('Start the setup first: there is no authenticator waiting to be confirmed.');
      const step = await verifyTotp(this.seeds.open(member.totpSecretSealed, member.id), code.trim(), this.clock.now(), null);
      if (step === null) throw DomainException.badInput([{ field: 'code', message: 'is not the current code of your authenticator app' }]);
      await db.update(MemberEntity, { id: member.id }, { totpEnabledAt: this.clock.now(), totpLastStep: step });
      const codes = await this.replaceRecoveryCodes(db, member.id);
      await this.audit.record(db, { organizationId: member.organizationId, actorMemberId: member.id, action: 'TWO_FACTOR_ENABLED', target: { type: 'MEMBER', id: member.id } });
      return codes;
    });
  }

  /** New recovery codes (the old ones stop working); needs a current code. */
  async regenerateRecoveryCodes(actor: Actor, code: string): Promise<string[]> {
    await this.limits.consume('two-factor', actor.memberId);
    return this.dataSource.transaction(async (db) => {
      const member = await this.lockMember(db, actor.memberId);
      if (!member.totpEnabledAt) throw DomainException.conflict('Two-factor sign-in is off.');
      if (!(await this.acceptCode(db, member, code))) throw DomainException.badInput([{ field: 'code', message: 'is not a current code or an unused recovery code' }]);
      const codes = await this.replaceRecoveryCodes(db, member.id);
      await this.audit.record(db, { organizationId: member.organizationId, actorMemberId: member.id, action: 'RECOVERY_CODES_REGENERATED', target: { type: 'MEMBER', id: member.id } });
      return codes;
    });
  }

  /** Turns two-factor sign-in off (needs a code; the caller checked the password). Not while the organization requires it. */
  async disable(actor: Actor, code: string): Promise<void> {
    await this.limits.consume('two-factor', actor.memberId);
    await this.dataSource.transaction(async (db) => {
      const member = await this.lockMember(db, actor.memberId);
      if (!member.totpEnabledAt) throw DomainException.conflict('Two-factor sign-in is already off.');
      const organization = await db.findOneByOrFail(OrganizationEntity, { id: member.organizationId });
      if (organization.requireTwoFactor) throw DomainException.forbidden('Your organization requires two-factor sign-in, so it cannot be turned off.');
      if (!(await this.acceptCode(db, member, code))) throw DomainException.badInput([{ field: 'code', message: 'is not a current code or an unused recovery code' }]);
      await db.update(MemberEntity, { id: member.id }, { totpEnabledAt: null, totpSecretSealed: null, totpLastStep: null });
      await db.delete(RecoveryCodeEntity, { memberId: member.id });
      await this.audit.record(db, { organizationId: member.organizationId, actorMemberId: member.id, action: 'TWO_FACTOR_DISABLED', target: { type: 'MEMBER', id: member.id } });
    });
  }

  /** At log-in, after the password: a TOTP code (each accepted once) or an unused recovery code. */
  async verifyForLogIn(member: Pick<MemberEntity, 'id'>, code: string): Promise<boolean> {
    return this.dataSource.transaction(async (db) => this.acceptCode(db, await this.lockMember(db, member.id), code));
  }

  private async acceptCode(db: EntityManager, member: MemberEntity, code: string): Promise<boolean> {
    const given = code.trim();
    if (member.totpSecretSealed && member.totpEnabledAt) {
      const step = await verifyTotp(this.seeds.open(member.totpSecretSealed, member.id), given, this.clock.now(), member.totpLastStep);
      if (step !== null) {
        await db.update(MemberEntity, { id: member.id }, { totpLastStep: step });
        return true;
      }
    }
    const used = await db.update(
      RecoveryCodeEntity,
      { memberId: member.id, codeHash: keyedHash(this.recoveryKey, normalizeRecoveryCode(given)), usedAt: IsNull() },
      { usedAt: this.clock.now() },
    );
    return (used.affected ?? 0) > 0;
  }

  private async replaceRecoveryCodes(db: EntityManager, memberId: string): Promise<string[]> {
    await db.delete(RecoveryCodeEntity, { memberId });
    const codes = Array.from({ length: RECOVERY_CODE_COUNT }, () => newRecoveryCode());
    await db.insert(
      RecoveryCodeEntity,
      codes.map((code) => ({ memberId, codeHash: keyedHash(this.recoveryKey, normalizeRecoveryCode(code)) })),
    );
    return codes;
  }

  private lockMember(db: EntityManager, memberId: string): Promise<MemberEntity> {
    return db
      .getRepository(MemberEntity)
      .createQueryBuilder('m')
      .addSelect('m.totpSecretSealed')
      .where('m.id = :memberId', { memberId })
      .setLock('pessimistic_write')
      .getOneOrFail();
  }
}

const RECOVERY_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'; // no 0/O, 1/I

/** 16 characters from a 32-letter alphabet (80 bits), written in groups of four: ABCD-EFGH-JKLM-NPQR. */
function newRecoveryCode(): string {
  const letters = [...randomBytes(16)].map((byte) => RECOVERY_ALPHABET[byte % 32]).join('');
  return letters.match(/.{4}/g)!.join('-');
}

function normalizeRecoveryCode(code: string): string {
  return code.toUpperCase().replace(/[^A-Z0-9]/g, '');
}
