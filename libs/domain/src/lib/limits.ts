/**
 * Input limits shared by the API (validation) and the portal (form hints).
 * Lengths count UTF-16 code units after trimming.
 */
export const LIMITS = {
  organizationName: 120,
  personName: 120,
  email: 254,
  /** A password used alone: at least 15 characters (NIST SP 800-63B-4 §3.1.1.2). */
  passwordMin: 15,
  /** A password of a member who also signs in with a second factor: at least 8 (same section). */
  passwordMinWithSecondFactor: 8,
  /** Longer than NIST's "at least 64" floor, so passphrases fit. */
  passwordMax: 256,
  jobTitle: 160,
  stageName: 60,
  stageLabel: 60,
  stageDescription: 1000,
  stagesPerJob: 20,
  defaultResponseDaysMax: 90,
  candidateName: 160,
  stepTitle: 160,
  stepLocation: 300,
  stepInstructions: 4000,
  stepDurationMinutesMax: 24 * 60,
  stepsPerCandidate: 30,
  url: 2000,
  messageToCandidate: 4000,
  /** Answers a candidate may send to one step (each one emails the team). */
  answersPerStep: 10,
  /** How far ahead a promised reply date may be set. */
  promiseHorizonDays: 366,
  /** A pre-approved extension: 1 to this many business days. */
  fallbackExtensionDaysMax: 20,
  /** Why a promised day moved later, as the candidate reads it. */
  promiseChangeReason: 500,
  /** The team's reply to a candidate's check-in. */
  checkInReply: 2000,
  /** The longest period promise figures are read over (three years of days). */
  promiseStatsDays: 3 * 366,
  /** Holidays an organization lists (business days skip them). */
  holidays: 100,
  /** How far from today a step may be dated (either way). */
  stepHorizonDays: 2 * 366,
  timeZone: 64,
  /** Reminders to candidates before a step: 1 to this many hours before it (a week). */
  stepReminderHoursMax: 168,
  /** An organization's logo file: 200 KB (200 × 1024 bytes), PNG or JPEG. */
  logoBytes: 200 * 1024,
  /** The longest side of a logo, in pixels: larger images only cost the candidate's phone memory. */
  logoSidePixels: 4096,
} as const;
