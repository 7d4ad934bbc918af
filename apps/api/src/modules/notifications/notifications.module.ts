import { Module } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { AttentionModule } from '../attention/attention.module';
import { JobQueueModule } from '../job-queue/job-queue.module';
import { StatusLinksModule } from '../status-links/status-links.module';
import { DigestService } from './digest.service';
import { EmailOutbox } from './email-outbox';
import { EmailRecomposer } from './email-recomposer';
import { EmailSender } from './email-sender';
import { EmailTemplatesService } from './email-templates.service';
import { DevMailboxTransport, EmailTransport, SmtpTransport } from './email-transport';
import { EmailsResolver } from './emails.resolver';
import { EmailsService } from './emails.service';
import { EmailMessageResolver } from './email-message.resolver';
import { OutcomeEffects } from './outcome-effects';
import { OrganizationEmailTemplatesResolver } from './organization-email-templates.resolver';
import { OrganizationEmailTemplatesService } from './organization-email-templates.service';
import { PromiseEmailsService } from './promise-emails.service';
import { CheckInReplyEmailsService } from './check-in-reply-emails.service';
import { StepRemindersService } from './step-reminders.service';
import { SchedulerTick } from './scheduler-tick';
import { SecretLinks } from './secret-links';
import { TemplatePool } from './template-pool';
import { StageEmailsService } from './stage-emails.service';
import { StepEmailsService } from './step-emails.service';
import { TeamEmailsService } from './team-emails.service';
import { UnsubscribeController } from './unsubscribe.controller';
import { UnsubscribeLinks } from './unsubscribe-links';

@Module({
  imports: [StatusLinksModule, AttentionModule, JobQueueModule],
  controllers: [UnsubscribeController],
  providers: [
    {
      provide: EmailTransport,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => (config.mail.smtpUrl ? new SmtpTransport(config.mail.smtpUrl, config.mail.dkim) : new DevMailboxTransport()),
    },
    EmailOutbox,
    EmailSender,
    EmailRecomposer,
    StageEmailsService,
    StepEmailsService,
    PromiseEmailsService,
    CheckInReplyEmailsService,
    StepRemindersService,
    TeamEmailsService,
    DigestService,
    SchedulerTick,
    OutcomeEffects,
    EmailTemplatesService,
    OrganizationEmailTemplatesService,
    OrganizationEmailTemplatesResolver,
    EmailsService,
    EmailsResolver,
    EmailMessageResolver,
    UnsubscribeLinks,
    SecretLinks,
    TemplatePool,
  ],
  exports: [SchedulerTick, StageEmailsService, StepEmailsService, PromiseEmailsService, CheckInReplyEmailsService, TeamEmailsService, EmailOutbox, EmailTransport, UnsubscribeLinks, SecretLinks],
})
export class NotificationsModule {}
