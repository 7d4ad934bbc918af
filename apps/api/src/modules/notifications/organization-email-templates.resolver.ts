import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor } from '../../common/actor';
import { CurrentActor } from '../../common/auth.decorators';
import { PreviewOrganizationEmailInput, UpdateOrganizationEmailTemplateInput } from './dto/organization-email-template.input';
import { EmailPreview } from './models/email-template.model';
import { OrganizationEmailKindEnum, OrganizationEmailTemplate } from './models/organization-email-template.model';
import { OrganizationEmailKind } from './organization-email-template.entity';
import { OrganizationEmailTemplatesService } from './organization-email-templates.service';

@Resolver()
export class OrganizationEmailTemplatesResolver {
  constructor(private readonly templates: OrganizationEmailTemplatesService) {}

  @Query(() => OrganizationEmailTemplate, { description: "One of the organization's emails that belong to no stage." })
  organizationEmailTemplate(@CurrentActor() actor: Actor, @Args('kind', { type: () => OrganizationEmailKindEnum }) kind: OrganizationEmailKind): Promise<OrganizationEmailTemplate> {
    return this.templates.get(actor, kind);
  }

  @Mutation(() => OrganizationEmailTemplate, { description: 'Saves such an email template; unknown placeholders, syntax errors and templates over the rendering limits are refused.' })
  updateOrganizationEmailTemplate(@CurrentActor() actor: Actor, @Args('input') input: UpdateOrganizationEmailTemplateInput): Promise<OrganizationEmailTemplate> {
    return this.templates.update(actor, input);
  }

  @Mutation(() => OrganizationEmailTemplate, { description: "Goes back to Candor's default words." })
  resetOrganizationEmailTemplate(@CurrentActor() actor: Actor, @Args('kind', { type: () => OrganizationEmailKindEnum }) kind: OrganizationEmailKind): Promise<OrganizationEmailTemplate> {
    return this.templates.reset(actor, kind);
  }

  @Query(() => EmailPreview, { description: 'Such an email (or an unsaved draft) for a candidate or sample data, rendered but not sent.' })
  previewOrganizationEmail(@CurrentActor() actor: Actor, @Args('input') input: PreviewOrganizationEmailInput): Promise<EmailPreview> {
    return this.templates.preview(actor, input);
  }
}
