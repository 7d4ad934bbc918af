import { Field, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsBoolean, IsInt, IsOptional, Matches, Max, Min, Validate, ValidateIf } from 'class-validator';
import { CalendarDateScalar } from '../../../common/scalars/calendar-date.scalar';
import { LIMITS } from '@candor/domain';
import { Transform } from 'class-transformer';
import { Email, Text } from '../../../common/input-rules';
import { IsAccentColor } from '../accent-color.validator';
import { IsTimeZone } from '../time-zone.validator';

@InputType()
export class UpdateOrganizationInput {
  @Field({ nullable: true }) @IsOptional() @Text(LIMITS.organizationName) name?: string;
  @Field({ nullable: true }) @IsOptional() @Validate(IsTimeZone) timeZone?: string;

  @Field(() => Int, { nullable: true, description: 'Days a status link keeps working after the outcome (1 to 3650).' })
  @IsOptional()
  @IsInt({ message: 'must be a whole number of days' })
  @Min(1, { message: 'must be at least 1' })
  @Max(3650, { message: 'must be at most 3650' })
  statusLinkExpiryDays?: number;

  @Field(() => String, { nullable: true, description: 'Start of quiet hours ("HH:MM", organization time zone); null turns them off.' })
  @ValidateIf((_, value) => value !== null && value !== undefined)
  @Matches(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'must be a time written HH:MM, e.g. 20:00' })
  quietHoursStart?: string | null;

  @Field(() => String, { nullable: true, description: 'End of quiet hours ("HH:MM"): held candidate emails go out then.' })
  @ValidateIf((_, value) => value !== null && value !== undefined)
  @Matches(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'must be a time written HH:MM, e.g. 08:00' })
  quietHoursEnd?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Reply-To address of candidate emails, e.g. a shared hiring inbox; null or "" removes it (replies then go nowhere).',
  })
  @Transform(({ value }) => (typeof value === 'string' && value.trim() === '' ? null : value))
  @ValidateIf((_, value) => value !== null && value !== undefined)
  @Email()
  replyTo?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Every member must sign in with an authenticator app; members without one can only set it up. Turning it on needs your own two-factor sign-in.',
  })
  @IsOptional()
  @IsBoolean({ message: 'must be true or false' })
  requireTwoFactor?: boolean;

  @Field(() => String, {
    nullable: true,
    description: "The status page's accent colour, #rrggbb, dark enough for white text on it (contrast 4.5:1 or more, WCAG 2.1 SC 1.4.3); null or \"\" removes it.",
  })
  @Transform(({ value }) => (typeof value === 'string' && value.trim() === '' ? null : value))
  @ValidateIf((_, value) => value !== null && value !== undefined)
  @Validate(IsAccentColor)
  accentColor?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'When Candor extends a pre-approved promise on its promised day ("HH:MM", organization time zone; default 16:00), if nothing the candidate sees happened by then. Moved out of quiet hours.',
  })
  @IsOptional()
  @Matches(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'must be a time written HH:MM, e.g. 16:00' })
  promiseExtensionTime?: string;

  @Field(() => [CalendarDateScalar], { nullable: true, description: 'Days business days skip besides weekends ("YYYY-MM-DD"); replaces the list.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(LIMITS.holidays, { message: `must list at most ${LIMITS.holidays} days` })
  holidays?: string[];

  @Field(() => Int, {
    nullable: true,
    description: `Remind candidates of each dated step they see this many hours before it (1 to ${LIMITS.stepReminderHoursMax}); null turns reminders off.`,
  })
  @ValidateIf((_, value) => value !== null && value !== undefined)
  @IsInt({ message: 'must be a whole number of hours' })
  @Min(1, { message: 'must be at least 1' })
  @Max(LIMITS.stepReminderHoursMax, { message: `must be at most ${LIMITS.stepReminderHoursMax}` })
  stepReminderHours?: number | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "Show the team's kept share of reply dates on status pages (only once enough promises ended, PUBLIC_PROMISE_RECORD).",
  })
  @IsOptional()
  @IsBoolean({ message: 'must be true or false' })
  showPromiseRecord?: boolean;
}
