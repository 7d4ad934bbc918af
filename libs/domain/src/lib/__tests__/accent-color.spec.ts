import { ACCENT_MIN_CONTRAST, accentColorProblem, contrastRatio, isHexColor, normalizeAccentColor, relativeLuminance } from '../accent-color';

describe('the accent colour rule', () => {
  it('computes relative luminance as WCAG 2.1 defines it', () => {
    expect(relativeLuminance('#000000')).toBe(0);
    expect(relativeLuminance('#ffffff')).toBeCloseTo(1, 10);
    // Pure primaries are the formula's own coefficients.
    expect(relativeLuminance('#ff0000')).toBeCloseTo(0.2126, 10);
    expect(relativeLuminance('#00ff00')).toBeCloseTo(0.7152, 10);
    expect(relativeLuminance('#0000ff')).toBeCloseTo(0.0722, 10);
    // Mid grey 0x77: ((0.4667 + 0.055) / 1.055) ^ 2.4 = 0.1845; below the linear threshold, 0x0a / 255 / 12.92.
    expect(relativeLuminance('#777777')).toBeCloseTo(0.18447, 4);
    expect(relativeLuminance('#0a0a0a')).toBeCloseTo(10 / 255 / 12.92, 10);
  });

  it('computes contrast ratios from 1:1 to 21:1, in either order', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 10);
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 10);
    expect(contrastRatio('#1f4f8a', '#1f4f8a')).toBe(1);
    // Known pairs: #767676 on white is the lightest grey that passes 4.5:1 (4.54), #777777 fails (4.48).
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  it('accepts dark enough colours written #rrggbb, in either case', () => {
    expect(ACCENT_MIN_CONTRAST).toBe(4.5);
    for (const color of ['#1f4f8a', '#1F4F8A', '#000000', '#767676', '#b42318', ' #173c69 ']) expect(accentColorProblem(color)).toBeNull();
    expect(normalizeAccentColor(' #1F4F8A ')).toBe('#1f4f8a');
  });

  it('refuses colours white text cannot be read on, saying the ratio and the minimum', () => {
    expect(accentColorProblem('#777777')).toBe(
      'is too light: white text on it has a contrast of 4.47:1, and at least 4.5:1 is needed to read it (WCAG 2.1, 1.4.3). Pick a darker shade',
    );
    expect(accentColorProblem('#ffffff')).toMatch(/contrast of 1\.00:1/);
    expect(accentColorProblem('#ffcc00')).toMatch(/too light/);
  });

  it('refuses anything that is not #rrggbb, so nothing but a colour can reach the page’s CSS', () => {
    const hostile = [
      '',
      '#fff',
      '1f4f8a',
      '#1f4f8a;',
      '#1f4f8a; background: url(https://evil.example/x)',
      'red',
      'rgb(0,0,0)',
      'var(--x)',
      '#1f4f8a}body{display:none',
      '#1f4f8g',
      '＃1f4f8a',
      'expression(alert(1))',
    ];
    for (const value of hostile) {
      expect(isHexColor(value)).toBe(false);
      expect(accentColorProblem(value)).toBe('must be a colour written #rrggbb, e.g. #1f4f8a');
    }
    // Surrounding white space is trimmed away before the rule, never kept.
    expect(accentColorProblem('#1f4f8a\n')).toBeNull();
    expect(normalizeAccentColor('#1f4f8a\n')).toBe('#1f4f8a');
    expect(isHexColor(42)).toBe(false);
    expect(() => relativeLuminance('red')).toThrow('Not a #rrggbb colour');
  });
});
