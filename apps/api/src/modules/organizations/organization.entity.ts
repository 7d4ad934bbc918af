import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('organizations')
export class OrganizationEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column() name: string;
  /** IANA time zone: the promised dates ("hear back by") are days in this zone. */
  @Column({ name: 'time_zone' }) timeZone: string;
  /** A status link stops working this many days after the candidate reaches an outcome. */
  @Column({ name: 'status_link_expiry_days', type: 'int' }) statusLinkExpiryDays: number;
  /** Candidate emails are held during these minutes of the day (organization time zone); null: no quiet hours. */
  @Column({ name: 'quiet_hours_start_minute', type: 'int', nullable: true }) quietHoursStartMinute: number | null;
  @Column({ name: 'quiet_hours_end_minute', type: 'int', nullable: true }) quietHoursEndMinute: number | null;
  /** The Reply-To address of candidate emails (a shared inbox); null: none, the no-reply sender alone. */
  @Column({ name: 'reply_to', type: 'varchar', nullable: true }) replyTo: string | null;
  /** Every member must sign in with a second factor (TOTP); until they set it up they can do nothing else. */
  @Column({ name: 'require_two_factor', type: 'boolean' }) requireTwoFactor: boolean;
  /** The organization's calendar day whose morning digest has been queued (DigestService claims each day once). */
  @Column({ name: 'digest_queued_on', type: 'date', nullable: true, select: false }) digestQueuedOn: string | null;
  /** The status page's accent, `#rrggbb` (lower-case), readable under white text (accentColorProblem); null: Candor's own. */
  @Column({ name: 'accent_color', type: 'varchar', nullable: true }) accentColor: string | null;
  /** Minutes after midnight of the promised day when Candor extends a pre-approved promise (default 960, 16:00). */
  @Column({ name: 'promise_extension_minute', type: 'int' }) promiseExtensionMinute: number;
  /** Days business days skip besides weekends ("YYYY-MM-DD"). */
  @Column({ type: 'date', array: true }) holidays: string[];
  /** The status page shows the team's kept share of reply dates (from PUBLIC_PROMISE_RECORD.atLeastEnded ended ones). */
  @Column({ name: 'show_promise_record', type: 'boolean' }) showPromiseRecord: boolean;
  /** Candidates are reminded of a dated, visible step this many real hours before it (1 to LIMITS.stepReminderHoursMax, default 24); null: no reminders. */
  @Column({ name: 'step_reminder_hours', type: 'int', nullable: true }) stepReminderHours: number | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
