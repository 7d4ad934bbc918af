import { textProblem } from '../text-rules';

describe('free text read as it is written', () => {
  it.each(['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'])('refuses the bidi control U+%s', (control) => {
    expect(textProblem(`invoice${control}gnp.exe`)).toMatch(/bidirectional control characters/);
  });

  it('keeps right-to-left scripts, marks and neighbours of the controls', () => {
    expect(textProblem('שלום, مرحبا')).toBeNull();
    expect(textProblem('a\u200Fb\u200Ec')).toBeNull(); // RLM and LRM are marks, not overrides
    expect(textProblem('\u2029\u202F\u206A')).toBeNull(); // just outside both ranges
  });
});
