import { generateSecret, generateURI, verify } from 'otplib';

/**
 * TOTP (RFC 6238) with otplib: 6 digits, 30-second steps, SHA-1 (what authenticator apps
 * support), one step of clock drift either way. A code is accepted once: the caller stores the
 * accepted time step and passes it back as `afterTimeStep` (RFC 6238 §5.2).
 */
export const TOTP = { digits: 6, periodSeconds: 30, toleranceSeconds: 30 } as const;

export function newTotpSecret(): string {
  return generateSecret({ length: 20 });
}

export function totpUri(secret: string, issuer: string, account: string): string {
  return generateURI({ issuer, label: account, secret });
}

/** The time step a code matched, or null. `now` in ms; codes from steps up to `afterTimeStep` are refused. */
export async function verifyTotp(secret: string, code: string, now: Date, afterTimeStep: number | null): Promise<number | null> {
  if (!/^\d{6}$/.test(code)) return null;
  const result = await verify({
    secret,
    token: code,
    epoch: Math.floor(now.getTime() / 1000),
    epochTolerance: TOTP.toleranceSeconds,
    ...(afterTimeStep !== null ? { afterTimeStep } : {}),
  });
  return result.valid && 'timeStep' in result ? result.timeStep : null;
}
