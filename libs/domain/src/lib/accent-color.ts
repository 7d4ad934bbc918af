/**
 * An organization's accent colour on the candidate's status page: the header band (white text
 * on the colour) and markers beside white cards. Written `#rrggbb` (hex, six digits); kept
 * lower-case. Only values this rule accepts reach the page, where they are set as the value of
 * a CSS custom property: a string matching /^#[0-9a-f]{6}$/ cannot carry any other CSS.
 */

/** `#` and six hex digits: nothing else can pass, so no other CSS can ride along. */
const HEX_COLOR = /^#[0-9a-f]{6}$/i;

/**
 * The least contrast ratio between the accent and white: 4.5:1, the minimum WCAG 2.1 asks of
 * normal-size text and its background (Success Criterion 1.4.3, Contrast (Minimum), level AA,
 * https://www.w3.org/TR/WCAG21/#contrast-minimum). The page puts white text on the accent.
 */
export const ACCENT_MIN_CONTRAST = 4.5;

/** White, the page's text on the accent and its card background beside it. */
const WHITE = '#ffffff';

/** True for a colour written `#rrggbb` (either case). */
export function isHexColor(value: unknown): value is string {
  return typeof value === 'string' && HEX_COLOR.test(value);
}

/**
 * Relative luminance of an sRGB colour `#rrggbb`, 0 (black) to 1 (white), as WCAG 2.1 defines
 * it (https://www.w3.org/TR/WCAG21/#dfn-relative-luminance):
 * L = 0.2126 R + 0.7152 G + 0.0722 B, where each channel C is C8bit / 255 linearized as
 * C / 12.92 when C <= 0.04045, else ((C + 0.055) / 1.055) ^ 2.4.
 * (WCAG 2.1's text gives 0.03928, the older sRGB draft's threshold; no 8-bit value lies
 * between the two, so both give the same results here.)
 */
export function relativeLuminance(hex: string): number {
  if (!isHexColor(hex)) throw new Error(`Not a #rrggbb colour: ${JSON.stringify(hex)}`);
  const channel = (offset: number) => {
    const c = parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/**
 * Contrast ratio of two colours, 1 (none) to 21 (black on white): (L1 + 0.05) / (L2 + 0.05)
 * with L1 the lighter relative luminance (https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio).
 */
export function contrastRatio(a: string, b: string): number {
  const [lighter, darker] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (lighter + 0.05) / (darker + 0.05);
}

/** The accent as it is kept: trimmed and lower-case. */
export function normalizeAccentColor(value: string): string {
  return value.trim().toLowerCase();
}

/**
 * What is wrong with an accent colour, or null when it may be used: it must be written
 * `#rrggbb` and have a contrast ratio of at least ACCENT_MIN_CONTRAST (4.5:1) with white.
 */
export function accentColorProblem(value: string): string | null {
  const color = normalizeAccentColor(value);
  if (!isHexColor(color)) return 'must be a colour written #rrggbb, e.g. #1f4f8a';
  const ratio = contrastRatio(color, WHITE);
  if (ratio < ACCENT_MIN_CONTRAST) {
    return `is too light: white text on it has a contrast of ${floorTo(ratio, 2)}:1, and at least ${ACCENT_MIN_CONTRAST}:1 is needed to read it (WCAG 2.1, 1.4.3). Pick a darker shade`;
  }
  return null;
}

/** Rounded down, so a ratio just under the minimum never reads as the minimum. */
function floorTo(value: number, digits: number): string {
  const scale = 10 ** digits;
  return (Math.floor(value * scale) / scale).toFixed(digits);
}
