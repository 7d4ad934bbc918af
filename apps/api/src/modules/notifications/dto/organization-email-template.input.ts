import { Field, ID, InputType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString } from 'class-validator';
import { TEMPLATE_LIMITS } from '@candor/emails';
import { ORGANIZATION_EMAIL_KINDS, OrganizationEmailKind } from '../organization-email-template.entity';
import { OrganizationEmailKindEnum } from '../models/organization-email-template.model';
import { TemplateText } from '../../../common/input-rules';

@InputType()
export class UpdateOrganizationEmailTemplateInput {
  @Field(() => OrganizationEmailKindEnum) @IsIn(ORGANIZATION_EMAIL_KINDS) kind: OrganizationEmailKind;
  @Field() @TemplateText(TEMPLATE_LIMITS.subject) subject: string;
  @Field() @TemplateText(TEMPLATE_LIMITS.body) body: string;
}

@InputType()
export class PreviewOrganizationEmailInput {
  @Field(() => OrganizationEmailKindEnum) @IsIn(ORGANIZATION_EMAIL_KINDS) kind: OrganizationEmailKind;
  @Field({ nullable: true, description: 'An unsaved subject to preview.' })
  @IsOptional()
  @TemplateText(TEMPLATE_LIMITS.subject)
  subject?: string;
  @Field({ nullable: true, description: 'An unsaved body to preview.' })
  @IsOptional()
  @TemplateText(TEMPLATE_LIMITS.body)
  body?: string;
  @Field(() => ID, { nullable: true, description: "A candidate of the organization (their data and current or last promise); sample data when omitted." })
  @IsOptional()
  @IsString()
  candidateId?: string;
}
