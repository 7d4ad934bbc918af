import { LIMITS } from '@candor/domain';

/** What every new-password field says (the API applies NIST SP 800-63B-4 §3.1.1.2). */
export const PASSWORD_HINT = `At least ${LIMITS.passwordMin} characters. A few unrelated words make a strong password you can remember; common and leaked passwords are refused.`;

/** For members who also sign in with an authenticator app. */
export const SECOND_FACTOR_PASSWORD_HINT = `At least ${LIMITS.passwordMin} characters (${LIMITS.passwordMinWithSecondFactor} if you sign in with an authenticator app too); common and leaked passwords are refused.`;
