import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: "A stage's email template (the stage kind's default until edited)." })
export class EmailTemplate {
  @Field(() => ID) stageId: string;
  @Field() subject: string;
  @Field() body: string;
  @Field({ description: 'True while the default template applies.' }) isDefault: boolean;
  @Field(() => [TemplatePlaceholder]) placeholders: TemplatePlaceholder[];
}

@ObjectType()
export class TemplatePlaceholder {
  @Field() name: string;
  @Field() description: string;
}

@ObjectType({ description: 'A rendered email, not sent.' })
export class EmailPreview {
  @Field() subject: string;
  @Field() html: string;
  @Field() text: string;
}
