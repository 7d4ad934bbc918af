import { Global, Module } from '@nestjs/common';
import { AuditLog } from './audit-log';
import { AuditResolver } from './audit.resolver';

/** The audit log: every feature records its security-relevant changes through AuditLog. */
@Global()
@Module({ providers: [AuditLog, AuditResolver], exports: [AuditLog] })
export class AuditModule {}
