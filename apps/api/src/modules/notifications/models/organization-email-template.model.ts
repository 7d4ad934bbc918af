import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ORGANIZATION_EMAIL_KINDS, OrganizationEmailKind } from '../organization-email-template.entity';
import { TemplatePlaceholder } from './email-template.model';

export const OrganizationEmailKindEnum = Object.fromEntries(ORGANIZATION_EMAIL_KINDS.map((kind) => [kind, kind])) as { [K in OrganizationEmailKind]: K };

registerEnumType(OrganizationEmailKindEnum, {
  name: 'OrganizationEmailKind',
  description: "The organization's emails that belong to no stage.",
  valuesMap: {
    PROMISE_EXTENDED: { description: 'A promised reply day moved later before it lapsed: the new day and the reason.' },
    CHECK_IN_REPLY: { description: "The team's answer to a candidate's check-in: their words quoted, the reply, and the new day if one came with it." },
    STEP_REMINDER: { description: "A reminder before a dated step the candidate sees: when, where or the link, how to prepare." },
  },
});

@ObjectType({ description: "One of the organization's emails that belong to no stage (Candor's words until edited)." })
export class OrganizationEmailTemplate {
  @Field(() => OrganizationEmailKindEnum) kind: OrganizationEmailKind;
  @Field() subject: string;
  @Field() body: string;
  @Field({ description: "True while Candor's default words apply." }) isDefault: boolean;
  @Field(() => [TemplatePlaceholder]) placeholders: TemplatePlaceholder[];
}
