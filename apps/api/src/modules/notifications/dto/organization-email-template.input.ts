import { Field, ID, InputType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { TEMPLATE_LIMITS } from '@candor/emails';
import { ORGANIZATION_EMAIL_KINDS, OrganizationEmailKind } from '../organization-email-template.entity';
import { OrganizationEmailKindEnum } from '../models/organization-email-template.model';

@InputType()
export class UpdateOrganizationEmailTemplateInput {
  @Field(() => OrganizationEmailKindEnum) @IsIn(ORGANIZATION_EMAIL_KINDS) kind: OrganizationEmailKind;
  @Field() @IsString() @MaxLength(TEMPLATE_LIMITS.subject, { message: `must be at most ${TEMPLATE_LIMITS.subject} characters` }) subject: string;
  @Field() @IsString() @MaxLength(TEMPLATE_LIMITS.body, { message: `must be at most ${TEMPLATE_LIMITS.body} characters` }) body: string;
}

@InputType()
export class PreviewOrganizationEmailInput {
  @Field(() => OrganizationEmailKindEnum) @IsIn(ORGANIZATION_EMAIL_KINDS) kind: OrganizationEmailKind;
  @Field({ nullable: true, description: 'An unsaved subject to preview.' })
  @IsOptional()
  @IsString()
  @MaxLength(TEMPLATE_LIMITS.subject, { message: `must be at most ${TEMPLATE_LIMITS.subject} characters` })
  subject?: string;
  @Field({ nullable: true, description: 'An unsaved body to preview.' })
  @IsOptional()
  @IsString()
  @MaxLength(TEMPLATE_LIMITS.body, { message: `must be at most ${TEMPLATE_LIMITS.body} characters` })
  body?: string;
  @Field(() => ID, { nullable: true, description: "A candidate of the organization (their data and current or last promise); sample data when omitted." })
  @IsOptional()
  @IsString()
  candidateId?: string;
}
