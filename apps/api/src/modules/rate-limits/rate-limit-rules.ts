import { AppConfig } from '../../config/app-config';

/** Every limit Candor enforces, by name. Keys are the client address, the member or the account. */
export type RateLimitName =
  | 'login-account'
  | 'login-address'
  | 'sign-up'
  | 'accept-invite'
  | 'password-reset-request'
  | 'password-reset-account'
  | 'password-reset'
  | 'invite-member'
  | 'two-factor'
  | 'preview'
  | 'template-save'
  | 'status-miss'
  | 'candidate-write'
  | 'calendar-download'
  | 'unsubscribe';

export interface RateLimitRule {
  /** Attempts allowed per window. */
  points: number;
  /** The window, in seconds. */
  durationSeconds: number;
  /** What the refusal says (the wait is added). */
  message: string;
}

const HOUR = 3600;

/**
 * The limits, in one table. All of them are counted in PostgreSQL (rate-limiter-flexible's
 * RateLimiterPostgres, table rate_limits), so every API instance shares the counts. Successful
 * status reads are the one exception (StatusRateLimiter keeps them in memory per process: the
 * hot path gains no write).
 */
export function rateLimitRules(config: AppConfig): Record<RateLimitName, RateLimitRule> {
  const loginWindow = config.auth.loginWindowMinutes * 60;
  return {
    // Counted before the password is checked, and cleared by a successful log-in.
    'login-account': { points: config.auth.loginMaxFailuresPerAccount, durationSeconds: loginWindow, message: 'Too many failed log-ins for this account.' },
    'login-address': { points: config.auth.loginMaxAttemptsPerAddress, durationSeconds: loginWindow, message: 'Too many log-in attempts from your network.' },
    'sign-up': { points: config.auth.signUpsPerAddressPerHour, durationSeconds: HOUR, message: 'Too many sign-ups from your network.' },
    'accept-invite': { points: 20, durationSeconds: HOUR, message: 'Too many attempts to accept an invitation from your network.' },
    'password-reset-request': { points: 10, durationSeconds: HOUR, message: 'Too many password reset requests from your network.' },
    // Per account, silently: the answer stays the same, the email is just not sent again.
    'password-reset-account': { points: 3, durationSeconds: HOUR, message: 'Too many password reset emails for this account.' },
    'password-reset': { points: 20, durationSeconds: HOUR, message: 'Too many password reset attempts from your network.' },
    'invite-member': { points: 30, durationSeconds: HOUR, message: 'Too many invitations from your account.' },
    'two-factor': { points: 10, durationSeconds: 15 * 60, message: 'Too many wrong two-factor codes.' },
    preview: { points: 60, durationSeconds: 60, message: 'Too many email previews.' },
    // Each save is checked and trial-rendered in the template workers.
    'template-save': { points: 30, durationSeconds: 10 * 60, message: 'Too many template changes.' },
    'status-miss': { points: 10, durationSeconds: 15 * 60, message: 'Too many requests from your network.' },
    'candidate-write': { points: 10, durationSeconds: HOUR, message: 'Too many requests from your network.' },
    'calendar-download': { points: 60, durationSeconds: HOUR, message: 'Too many requests from your network.' },
    unsubscribe: { points: 20, durationSeconds: HOUR, message: 'Too many requests from your network.' },
  };
}
