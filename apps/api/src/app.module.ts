import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource, DataSourceOptions } from 'typeorm';
import { APP_CONFIG, AppConfig, DATABASE_URL } from './config/app-config';
import { Clock, SystemClock } from './common/clock';
import { DomainExceptionFilter } from './common/domain-exception.filter';
import { createValidationPipe } from './common/validation.pipe';
import { ConnectionErrors } from './database/connection-errors';
import { dataSourceOptions } from './database/data-source-options';
import { graphqlOptions } from './graphql/graphql-options';
import { AttentionModule } from './modules/attention/attention.module';
import { AuditModule } from './modules/audit/audit.module';
import { AuthModule } from './modules/auth/auth.module';
import { AuthService } from './modules/auth/auth.service';
import { BrandingModule } from './modules/branding/branding.module';
import { CandidateStatusModule } from './modules/candidate-status/candidate-status.module';
import { CandidatesModule } from './modules/candidates/candidates.module';
import { PromisesModule } from './modules/promises/promises.module';
import { HealthModule } from './modules/health/health.module';
import { MailEventsModule } from './modules/mail-events/mail-events.module';
import { AppLogger } from './observability/logger';
import { ObservabilityModule } from './observability/observability.module';
import { JobsModule } from './modules/jobs/jobs.module';
import { MembersModule } from './modules/members/members.module';
import { NextStepsModule } from './modules/next-steps/next-steps.module';
import { NotificationsModule } from './modules/notifications/notifications.module';
import { OrganizationsModule } from './modules/organizations/organizations.module';
import { RateLimitsModule } from './modules/rate-limits/rate-limits.module';
import { StatusLinksModule } from './modules/status-links/status-links.module';
import { TimelineModule } from './modules/timeline/timeline.module';

/** The validated config and the clock, available everywhere. */
@Global()
@Module({})
class CoreModule {
  static register(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: CoreModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: DATABASE_URL, useValue: databaseUrl },
        { provide: Clock, useClass: SystemClock },
      ],
      exports: [APP_CONFIG, DATABASE_URL, Clock],
    };
  }
}

export interface AppModuleOptions {
  config: AppConfig;
  databaseUrl: string;
  database?: Partial<Pick<DataSourceOptions, 'logger'>> & { poolSize?: number };
  /** The process's pino logger (observability/logger.ts); made from the config when absent. */
  log?: AppLogger;
}

@Module({})
export class AppModule {
  static register({ config, databaseUrl, database, log }: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.register(config, databaseUrl),
        ObservabilityModule.register(config, log),
        TypeOrmModule.forRoot(dataSourceOptions(databaseUrl, { statementTimeoutMs: config.database.statementTimeoutMs, poolSize: config.database.poolSize, ...database })),
        RateLimitsModule,
        AuditModule,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [AuthModule],
          inject: [DataSource, AuthService],
          useFactory: (dataSource: DataSource, auth: AuthService) => graphqlOptions(config, dataSource, auth),
        }),
        AuthModule,
        OrganizationsModule,
        BrandingModule,
        MembersModule,
        JobsModule,
        CandidatesModule,
        PromisesModule,
        CandidateStatusModule,
        NotificationsModule,
        NextStepsModule,
        StatusLinksModule,
        TimelineModule,
        AttentionModule,
        MailEventsModule,
        HealthModule,
      ],
      providers: [
        { provide: APP_PIPE, useValue: createValidationPipe() },
        ConnectionErrors,
        { provide: APP_FILTER, useClass: DomainExceptionFilter },
      ],
    };
  }
}
