import { LIMITS } from '../limits';
import { LOGO_MAX_BASE64_CHARS, readLogoImage } from '../logo-image';

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));
const be32 = (n: number) => [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];
const be16 = (n: number) => [(n >>> 8) & 0xff, n & 0xff];

/** A PNG's structure: signature, IHDR (width, height), one data chunk of `padding` bytes, IEND. */
function png(width: number, height: number, padding = 10): Uint8Array {
  const ihdr = [...be32(13), ...ascii('IHDR'), ...be32(width), ...be32(height), 8, 6, 0, 0, 0, 0, 0, 0, 0];
  const idat = [...be32(padding), ...ascii('IDAT'), ...new Array(padding).fill(0x78), 0, 0, 0, 0];
  const iend = [0, 0, 0, 0, ...ascii('IEND'), 0xae, 0x42, 0x60, 0x82];
  return Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...ihdr, ...idat, ...iend]);
}

/** A JPEG's structure: SOI, an APP0 segment, the frame header (SOFn), the scan, EOI. */
function jpeg(width: number, height: number, sof = 0xc0): Uint8Array {
  const app0 = [0xff, 0xe0, ...be16(16), ...ascii('JFIF'), 0, 1, 1, 0, 0, 1, 0, 1, 0, 0];
  const frame = [0xff, sof, ...be16(11), 8, ...be16(height), ...be16(width), 1, 1, 0x11, 0];
  const scan = [0xff, 0xda, ...be16(8), 1, 1, 0, 0, 0x3f, 0, 0x12, 0x34];
  return Uint8Array.from([0xff, 0xd8, ...app0, ...frame, ...scan, 0xff, 0xd9]);
}

const problemOf = (bytes: Uint8Array) => {
  const check = readLogoImage(bytes);
  return check.ok ? null : check.problem;
};

describe('the logo image rule', () => {
  it('reads a PNG by its signature, with the size from its IHDR header', () => {
    expect(readLogoImage(png(320, 96))).toEqual({ ok: true, image: { contentType: 'image/png', width: 320, height: 96 } });
  });

  it('reads a JPEG by its signature, with the size from its frame header, past the segments before it', () => {
    expect(readLogoImage(jpeg(640, 200))).toEqual({ ok: true, image: { contentType: 'image/jpeg', width: 640, height: 200 } });
    // A progressive JPEG (SOF2) is as good; a Huffman table (C4, in the SOF range) is not a frame header.
    expect(readLogoImage(jpeg(12, 34, 0xc2))).toMatchObject({ ok: true, image: { width: 12, height: 34 } });
    expect(problemOf(jpeg(12, 34, 0xc4))).toBe('must be a PNG or JPEG image; this JPEG file is damaged');
  });

  it('refuses an SVG, whatever it is called, and says why', () => {
    const svg = Uint8Array.from(ascii('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'));
    expect(problemOf(svg)).toBe('must be a PNG or JPEG image; SVG and other text files are not accepted (they can carry script)');
    expect(problemOf(Uint8Array.from([0xef, 0xbb, 0xbf, ...ascii('  <svg onload="alert(1)"/>')]))).toMatch(/SVG/);
  });

  it('refuses GIF, WebP and anything else', () => {
    expect(problemOf(Uint8Array.from([...ascii('GIF89a'), 1, 0, 1, 0, 0, 0, 0]))).toBe('must be a PNG or JPEG image; GIF files are not accepted');
    expect(problemOf(Uint8Array.from([...ascii('RIFF'), 0, 0, 0, 0, ...ascii('WEBPVP8 ')]))).toMatch(/WebP files are not accepted/);
    expect(problemOf(Uint8Array.from(ascii('%PDF-1.7')))).toBe('must be a PNG or JPEG image; this file is neither');
    expect(problemOf(new Uint8Array(0))).toBe('is empty: choose a PNG or JPEG file');
  });

  it('refuses damaged, cut-off or padded files: the signature alone is not enough', () => {
    const whole = png(10, 10);
    expect(problemOf(whole.subarray(0, 20))).toMatch(/this PNG file is damaged/);
    expect(problemOf(whole.subarray(0, whole.length - 1))).toMatch(/incomplete or has data after its end/);
    expect(problemOf(Uint8Array.from([...whole, ...ascii('<script>')]))).toMatch(/incomplete or has data after its end/);
    const cut = jpeg(10, 10);
    expect(problemOf(cut.subarray(0, cut.length - 2))).toMatch(/this JPEG file is incomplete/);
    // The scan starts before any frame header: there is no size to read.
    expect(problemOf(Uint8Array.from([0xff, 0xd8, 0xff, 0xda, 0, 8, 1, 1, 0, 0, 0x3f, 0, 0xff, 0xd9]))).toMatch(/this JPEG file is damaged/);
    // A segment length that runs past the end.
    expect(problemOf(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0xff, 0xf0, 0xff, 0xd9]))).toMatch(/this JPEG file is damaged/);
  });

  it('refuses images with no size or a side over the limit', () => {
    expect(problemOf(png(0, 10))).toBe('must be a PNG or JPEG image; this one declares no size');
    expect(problemOf(jpeg(100, 0))).toBe('must be a PNG or JPEG image; this one declares no size');
    expect(problemOf(png(LIMITS.logoSidePixels + 1, 10))).toBe(`must be at most ${LIMITS.logoSidePixels} pixels on each side (this one is 4097 × 10)`);
    expect(problemOf(png(0xffffffff, 1))).toMatch(/pixels on each side/);
    expect(problemOf(png(LIMITS.logoSidePixels, LIMITS.logoSidePixels))).toBeNull();
  });

  it('takes files up to 200 KB and refuses larger ones, before reading them', () => {
    expect(LIMITS.logoBytes).toBe(204_800);
    const overhead = png(1, 1, 0).length;
    expect(problemOf(png(1, 1, LIMITS.logoBytes - overhead))).toBeNull();
    expect(problemOf(png(1, 1, LIMITS.logoBytes - overhead + 1))).toBe('must be at most 200 KB (this file is 201 KB)');
    expect(LOGO_MAX_BASE64_CHARS).toBe(273_068);
  });
});
