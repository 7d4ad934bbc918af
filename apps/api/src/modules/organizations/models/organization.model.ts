import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { CalendarDateScalar } from '../../../common/scalars/calendar-date.scalar';

@ObjectType()
export class Organization {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field({ description: 'IANA time zone; promised dates are days in this zone.' }) timeZone: string;
  @Field(() => Int, { description: 'Days a status link keeps working after the outcome.' }) statusLinkExpiryDays: number;
  @Field(() => String, { nullable: true, description: 'Reply-To address of candidate emails (a shared inbox the team reads); null: none.' })
  replyTo: string | null;
  @Field(() => Boolean, { description: 'Every member must sign in with an authenticator app (TOTP).' }) requireTwoFactor: boolean;
  @Field(() => String, { nullable: true, description: "The status page's accent colour, #rrggbb (white text on it reads at 4.5:1 or better); null: Candor's own." })
  accentColor: string | null;
  @Field(() => [CalendarDateScalar], { description: 'Days business days skip besides weekends, in order.' }) holidays: string[];
  @Field(() => Boolean, { description: "Status pages show the team's kept share of reply dates (once enough promises ended)." }) showPromiseRecord: boolean;
  @Field(() => Int, { nullable: true, description: 'Candidates are reminded of each dated step they see this many hours before it; null: no reminders.' })
  stepReminderHours: number | null;
}
