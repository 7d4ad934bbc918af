import { types } from 'pg';
import { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { RecruitingCore1764086400000 } from './migrations/1764086400000-recruiting-core';
import { CandidateStatus1764172800000 } from './migrations/1764172800000-candidate-status';
import { EmailDelivery1764345600000 } from './migrations/1764345600000-email-delivery';
import { Security1764432000000 } from './migrations/1764432000000-security';
import { StepCalendarMessages1764604800000 } from './migrations/1764604800000-step-calendar-messages';
import { ClockDrivenWork1764518400000 } from './migrations/1764518400000-clock-driven-work';
import { EmailEvents1764691200000 } from './migrations/1764691200000-email-events';
import { StagesReached1764777600000 } from './migrations/1764777600000-stages-reached';
import { CurrentTimeZoneNames1764864000000 } from './migrations/1764864000000-current-time-zone-names';
import { OutcomeWindow1764950400000 } from './migrations/1764950400000-outcome-window';
import { Branding1765036800000 } from './migrations/1765036800000-branding';
import { EmailInFlightIndex1765080000000 } from './migrations/1765080000000-email-in-flight-index';
import { UndeliverableAddresses1765123200000 } from './migrations/1765123200000-undeliverable-addresses';
import { PromiseLedger1765209600000 } from './migrations/1765209600000-promise-ledger';
import { PromiseEmails1765296000000 } from './migrations/1765296000000-promise-emails';
import { PromiseRecordIndex1765339200000 } from './migrations/1765339200000-promise-record-index';
import { PromiseReminders1765598400000 } from './migrations/1765598400000-promise-reminders';
import { CheckInReplies1765425600000 } from './migrations/1765425600000-check-in-replies';
import { StepReminders1765512000000 } from './migrations/1765512000000-step-reminders';

// A DATE column is a calendar day ("YYYY-MM-DD"), never a JS Date at local midnight.
types.setTypeParser(types.builtins.DATE, (value: string) => value);
/** date[] (OID 1182, e.g. an organization's holidays) as "YYYY-MM-DD" strings too. */
types.setTypeParser(1182 as typeof types.builtins.DATE, (value: string) => (value === '{}' ? [] : value.slice(1, -1).split(',')));

export const MIGRATIONS = [RecruitingCore1764086400000, CandidateStatus1764172800000, EmailDelivery1764345600000, Security1764432000000, ClockDrivenWork1764518400000, StepCalendarMessages1764604800000, EmailEvents1764691200000, StagesReached1764777600000, CurrentTimeZoneNames1764864000000, OutcomeWindow1764950400000, Branding1765036800000, EmailInFlightIndex1765080000000, UndeliverableAddresses1765123200000, PromiseLedger1765209600000, PromiseEmails1765296000000, PromiseRecordIndex1765339200000, CheckInReplies1765425600000, StepReminders1765512000000, PromiseReminders1765598400000];

/** TypeORM settings for Candor's schema. The schema only ever changes through migrations. */
export function dataSourceOptions(
  url: string,
  options: { poolSize?: number; logger?: DataSourceOptions['logger']; statementTimeoutMs?: number } = {},
): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    synchronize: false,
    installExtensions: false, // gen_random_uuid() is built into PostgreSQL 13+
    migrationsRun: false,
    // A custom logger (tests count statements with one) sees every query. Otherwise failed
    // queries are not logged by TypeORM: their parameters hold personal data; the GraphQL
    // error formatter logs unexpected errors without them.
    logging: options.logger ? 'all' : ['warn', 'migration'],
    logger: options.logger,
    // statement_timeout (ms) bounds every statement of the API's pool: a request can never hold
    // a connection and PostgreSQL's time beyond it (the job queue has its own pool).
    extra: { max: options.poolSize ?? 10, application_name: 'candor-api', statement_timeout: options.statementTimeoutMs ?? 15_000 },
  };
}
