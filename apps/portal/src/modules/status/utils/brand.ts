import { isHexColor } from '@candor/domain';
import type { CSSProperties } from 'react';

/**
 * The employer's accent as CSS custom properties for the page (status-brand.css reads them), or
 * none. Only a colour written #rrggbb passes (the API keeps nothing else; checked again here
 * because the value goes into CSS), so nothing but a colour can reach the style.
 */
export function accentStyle(accentColor: string | null | undefined): CSSProperties | undefined {
  if (!isHexColor(accentColor)) return undefined;
  return { '--status-accent': accentColor, '--status-on-accent': '#ffffff' } as CSSProperties;
}

/** The logo's address, if it is the one kind the API gives: a path on this origin under /branding/. */
export function ownLogoUrl(logoUrl: string | null | undefined): string | null {
  return typeof logoUrl === 'string' && /^\/branding\/[0-9a-f-]{36}\/logo$/.test(logoUrl) ? logoUrl : null;
}

/**
 * A mailto: link to one plain address. The address is percent-encoded (RFC 6068 §2), so a
 * character such as ? or & in it cannot add a subject, a copy or a body to the message.
 */
export function mailtoHref(email: string): string {
  return `mailto:${encodeURIComponent(email).replace(/%40/g, '@')}`;
}
