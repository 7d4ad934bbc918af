import { LIMITS } from '@candor/domain';
import { passwordProblem } from '../password-policy';

const alone = { hasSecondFactor: false, personalWords: ['Ada Lovelace', 'ada.lovelace@example.com', 'Northwind Studio'] };
const withTotp = { ...alone, hasSecondFactor: true };
// Unrelated words, strong enough at every length used below.
const strong = (length: number) => 'vivid tundra maple orbit quasar lagoon fjord'.repeat(8).slice(0, length);

describe('the password policy (NIST SP 800-63B-4 §3.1.1.2)', () => {
  it('needs 15 characters for a password used alone: 14 is refused, 15 accepted', () => {
    expect(passwordProblem(strong(LIMITS.passwordMin - 1), alone)).toBe('must be at least 15 characters');
    expect(passwordProblem(strong(LIMITS.passwordMin), alone)).toBeNull();
  });

  it('needs 8 with a second factor: 7 is refused, 8 accepted', () => {
    expect(passwordProblem('k7#Qm2xZ', withTotp)).toBeNull();
    expect(passwordProblem('k7#Qm2x', withTotp)).toBe('must be at least 8 characters');
    expect(passwordProblem('k7#Qm2xZ', alone)).toBe('must be at least 15 characters');
  });

  it(`allows up to ${LIMITS.passwordMax} characters, not one more`, () => {
    expect(passwordProblem(strong(LIMITS.passwordMax), alone)).toBeNull();
    expect(passwordProblem(strong(LIMITS.passwordMax + 1), alone)).toMatch(/at most 256/);
  });

  it.each([
    ['a repeated character', 'aaaaaaaaaaaaaaaaaaaa'],
    ['a repeated word', 'passwordpassword'],
    ['a digit sequence', '123456789012345'],
    ['an alphabet run', 'abcdefghijklmnop'],
    ['a keyboard walk', 'qwertyuiopasdfgh'],
    ['a common phrase with digits', 'iloveyou12345678'],
  ])('refuses %s', (_, password) => {
    expect(passwordProblem(password, alone)).toMatch(/common or leaked|too easy to guess/);
  });

  it.each([
    ['their own email address', 'ada.lovelace@example.com'],
    ['their organization', 'Northwind Studio!'],
    ['their name, twice', 'Ada Lovelace Ada Lovelace'],
  ])('refuses %s', (_, password) => {
    expect(passwordProblem(password, alone)).toMatch(/your own name, email address or organization/);
  });

  it('accepts passphrases, with no rules about character classes', () => {
    for (const password of ['correct horse battery', 'my dog likes long walks', 'zebra lantern quiet', 'Northwind Studio gave me a parrot']) {
      expect(passwordProblem(password, alone)).toBeNull();
    }
  });
});
