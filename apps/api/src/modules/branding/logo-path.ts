/**
 * Where an organization's logo is served: a path on Candor's own origin, so the pages' Content
 * Security Policy (img-src 'self') lets it load, and named by the logo's id, which every upload
 * renews, so the URL is also its version: a new logo shows at once and the image can be cached
 * for good (LogoController).
 */
export function logoPath(logoId: string): string {
  return `/branding/${logoId}/logo`;
}
