import { LIMITS } from './limits';

/**
 * An organization's logo, as uploaded: a PNG or JPEG file of at most LIMITS.logoBytes, read by
 * its content (the file signature, "magic bytes"), never by a name or a declared type. Its
 * width and height come from the image header, which is all that is read: Candor never decodes
 * the pixels. SVG (which can carry script), GIF and everything else are refused.
 *
 * Formats: PNG, ISO/IEC 15948 / W3C PNG (Third Edition) §5.2-5.3 and §11.2.2 (an 8-byte
 * signature, then the IHDR chunk with width and height as 4-byte big-endian integers, and IEND
 * last); JPEG, ITU-T T.81 Annex B (SOI FFD8, marker segments, a start-of-frame SOFn segment with
 * height and width as 2-byte big-endian integers, EOI FFD9 last).
 */
export type LogoContentType = 'image/png' | 'image/jpeg';

export interface LogoImage {
  contentType: LogoContentType;
  width: number;
  height: number;
}

export type LogoImageCheck = { ok: true; image: LogoImage } | { ok: false; problem: string };

/** Base64 characters of the largest logo (4 for every 3 bytes, padded): a length to refuse before decoding. */
export const LOGO_MAX_BASE64_CHARS = 4 * Math.ceil(LIMITS.logoBytes / 3);

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** The IEND chunk, always last: length 0, "IEND", its CRC. */
const PNG_END = [0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82];
const IHDR = [0x49, 0x48, 0x44, 0x52];
const NOT_AN_IMAGE = 'must be a PNG or JPEG image';

/** The logo's type and size from its bytes, or what is wrong with it (a message for the field). */
export function readLogoImage(bytes: Uint8Array): LogoImageCheck {
  if (bytes.length === 0) return fail('is empty: choose a PNG or JPEG file');
  if (bytes.length > LIMITS.logoBytes) return fail(`must be at most ${LIMITS.logoBytes / 1024} KB (this file is ${Math.ceil(bytes.length / 1024)} KB)`);
  const found = startsWith(bytes, PNG_SIGNATURE) ? readPng(bytes) : startsWith(bytes, [0xff, 0xd8, 0xff]) ? readJpeg(bytes) : fail(otherFormat(bytes));
  if (!found.ok) return found;
  const { width, height } = found.image;
  if (width < 1 || height < 1) return fail(`${NOT_AN_IMAGE}; this one declares no size`);
  if (width > LIMITS.logoSidePixels || height > LIMITS.logoSidePixels) {
    return fail(`must be at most ${LIMITS.logoSidePixels} pixels on each side (this one is ${width} × ${height})`);
  }
  return found;
}

function readPng(bytes: Uint8Array): LogoImageCheck {
  // Signature (8), then IHDR: length 13 (4), "IHDR" (4), width (4), height (4), ...
  if (bytes.length < 8 + 8 + 13 + 4 + PNG_END.length || u32(bytes, 8) !== 13 || !startsWith(bytes, IHDR, 12)) {
    return fail(`${NOT_AN_IMAGE}; this PNG file is damaged`);
  }
  if (!startsWith(bytes, PNG_END, bytes.length - PNG_END.length)) return fail(`${NOT_AN_IMAGE}; this PNG file is incomplete or has data after its end`);
  return { ok: true, image: { contentType: 'image/png', width: u32(bytes, 16), height: u32(bytes, 20) } };
}

function readJpeg(bytes: Uint8Array): LogoImageCheck {
  const damaged = fail(`${NOT_AN_IMAGE}; this JPEG file is damaged`);
  if (bytes[bytes.length - 2] !== 0xff || bytes[bytes.length - 1] !== 0xd9) return fail(`${NOT_AN_IMAGE}; this JPEG file is incomplete or has data after its end`);
  let at = 2; // after SOI
  while (at < bytes.length) {
    if (bytes[at] !== 0xff) return damaged;
    while (bytes[at] === 0xff) at += 1; // fill bytes
    const marker = bytes[at];
    at += 1;
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) continue; // segments without a length
    // The image data (SOS) or its end before any frame header: no size to read.
    if (marker === 0xda || marker === 0xd9 || at + 2 > bytes.length) return damaged;
    const length = u16(bytes, at);
    if (length < 2) return damaged;
    if (isStartOfFrame(marker)) {
      // Length (2), sample precision (1), height (2), width (2), ...
      if (length < 8 || at + 7 > bytes.length) return damaged;
      return { ok: true, image: { contentType: 'image/jpeg', width: u16(bytes, at + 5), height: u16(bytes, at + 3) } };
    }
    at += length;
  }
  return damaged;
}

/** SOF0-SOF15 except DHT (C4), JPG (C8) and DAC (CC), which share the range. */
function isStartOfFrame(marker: number): boolean {
  return marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
}

/** Says what a refused file is when it is a format people often try. */
function otherFormat(bytes: Uint8Array): string {
  const head = String.fromCharCode(...bytes.subarray(0, 256)).replace(/^\uFEFF|^\xEF\xBB\xBF/, '').trimStart().toLowerCase();
  if (head.startsWith('gif87a') || head.startsWith('gif89a')) return `${NOT_AN_IMAGE}; GIF files are not accepted`;
  if (head.startsWith('<')) return `${NOT_AN_IMAGE}; SVG and other text files are not accepted (they can carry script)`;
  if (head.startsWith('riff') && head.slice(8, 12) === 'webp') return `${NOT_AN_IMAGE}; WebP files are not accepted`;
  return `${NOT_AN_IMAGE}; this file is neither`;
}

function fail(problem: string): LogoImageCheck {
  return { ok: false, problem };
}

function startsWith(bytes: Uint8Array, prefix: readonly number[], offset = 0): boolean {
  return offset >= 0 && bytes.length >= offset + prefix.length && prefix.every((byte, i) => bytes[offset + i] === byte);
}

function u16(bytes: Uint8Array, at: number): number {
  return (bytes[at] << 8) | bytes[at + 1];
}

function u32(bytes: Uint8Array, at: number): number {
  return ((bytes[at] << 24) >>> 0) + (bytes[at + 1] << 16) + (bytes[at + 2] << 8) + bytes[at + 3];
}
