import { LIMITS } from '@candor/domain';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';

/**
 * Password rules after NIST SP 800-63B-4 §3.1.1.2: at least 15 characters for a password used
 * alone and at least 8 for a member who also signs in with a second factor; at most
 * LIMITS.passwordMax; no composition rules; and never a commonly used, expected or compromised
 * password. The blocklist is zxcvbn-ts' common-passwords list (from breach corpora, shipped in
 * @zxcvbn-ts/language-common, offline); "expected" means zxcvbn estimates it falls to fewer than
 * 10^8 guesses (10^6 for a member with a second factor): repeats, sequences, keyboard walks,
 * dictionary words with small changes; and a password that is mostly the member's own name,
 * email or organization is refused too.
 */
const estimator = new ZxcvbnFactory({ dictionary: { ...common.dictionary }, graphs: common.adjacencyGraphs });
const COMMON_PASSWORDS = new Set((common.dictionary as { 'passwords-common'?: string[] })['passwords-common'] ?? []);

/** zxcvbn score 3 (at least 10^8 guesses) for a password used alone; 2 (10^6) as one of two factors. */
const MIN_SCORE = { alone: 3, withSecondFactor: 2 } as const;

export interface PasswordContext {
  /** The member also signs in with TOTP (the password is not used alone). */
  hasSecondFactor: boolean;
  /** Words the password must not lean on: the member's name, email, organization. */
  personalWords: string[];
}

/** What is wrong with a new password, in words a person can act on, or null when it is fine. */
export function passwordProblem(password: string, context: PasswordContext): string | null {
  const min = context.hasSecondFactor ? LIMITS.passwordMinWithSecondFactor : LIMITS.passwordMin;
  if (password.length < min) return `must be at least ${min} characters`;
  if (password.length > LIMITS.passwordMax) return `must be at most ${LIMITS.passwordMax} characters`;
  if (COMMON_PASSWORDS.has(password.toLowerCase())) return 'is on a list of common or leaked passwords; choose another';
  const words = context.personalWords.flatMap((w) => w.toLowerCase().split(/[^\p{L}\p{N}]+/u)).filter((w) => w.length >= 3);
  if (leansOn(password, words)) return 'is mostly your own name, email address or organization; add words of your own';
  // zxcvbn's cost grows with length; beyond 100 characters the first 100 decide.
  const result = estimator.check(password.slice(0, 100), words);
  if (result.score < (context.hasSecondFactor ? MIN_SCORE.withSecondFactor : MIN_SCORE.alone)) {
    return 'is too easy to guess (repeated or sequential characters, common words or your own name); a few unrelated words make a strong one';
  }
  return null;
}

/** It holds personal words, and fewer than 8 letters or digits remain once they are taken out. */
function leansOn(password: string, personalWords: string[]): boolean {
  const lower = password.toLowerCase();
  let rest = lower;
  for (const word of [...personalWords].sort((a, b) => b.length - a.length)) rest = rest.split(word).join('');
  return rest !== lower && rest.replace(/[^\p{L}\p{N}]+/gu, '').length < 8;
}
