import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor } from '../../common/actor';
import { CurrentActor } from '../../common/auth.decorators';
import { EmailMessageEntity } from './email-message.entity';
import { EmailMessage } from './models/email-message.model';
import { PreviewStageEmailInput, UpdateEmailTemplateInput } from './dto/email-template.input';
import { EmailTemplatesService } from './email-templates.service';
import { EmailTransport } from './email-transport';
import { EmailsService } from './emails.service';
import { EmailPreview, EmailTemplate } from './models/email-template.model';

@Resolver()
export class EmailsResolver {
  constructor(
    private readonly templates: EmailTemplatesService,
    private readonly emails: EmailsService,
    private readonly transport: EmailTransport,
  ) {}

  @Query(() => EmailTemplate)
  emailTemplate(@CurrentActor() actor: Actor, @Args('stageId', { type: () => ID }) stageId: string): Promise<EmailTemplate> {
    return this.templates.get(actor, stageId);
  }

  @Mutation(() => EmailTemplate, { description: "Saves a stage's email template; unknown placeholders or syntax errors are refused." })
  updateEmailTemplate(@CurrentActor() actor: Actor, @Args('input') input: UpdateEmailTemplateInput): Promise<EmailTemplate> {
    return this.templates.update(actor, input);
  }

  @Mutation(() => EmailTemplate, { description: "Goes back to the stage kind's default template." })
  resetEmailTemplate(@CurrentActor() actor: Actor, @Args('stageId', { type: () => ID }) stageId: string): Promise<EmailTemplate> {
    return this.templates.reset(actor, stageId);
  }

  @Query(() => EmailPreview, { description: "The stage's email for a candidate (or sample data), rendered but not sent." })
  previewStageEmail(@CurrentActor() actor: Actor, @Args('input') input: PreviewStageEmailInput): Promise<EmailPreview> {
    return this.templates.preview(actor, input);
  }

  @Mutation(() => EmailMessage, { description: 'Sends a FAILED email again.' })
  retryEmail(@CurrentActor() actor: Actor, @Args('emailId', { type: () => ID }) emailId: string): Promise<EmailMessageEntity> {
    return this.emails.retry(actor, emailId);
  }

  @Query(() => [EmailMessage], { description: "The organization's latest emails, newest first (the dev mailbox)." })
  mailbox(
    @CurrentActor() actor: Actor,
    @Args('limit', { type: () => Int, defaultValue: 50 }) limit: number,
  ): Promise<EmailMessageEntity[]> {
    return this.emails.mailbox(actor, limit);
  }

  @Query(() => String, { description: 'Where emails go: "smtp" or "dev-mailbox" (kept here, nothing leaves the machine).' })
  mailTransport(): string {
    return this.transport.name;
  }
}
