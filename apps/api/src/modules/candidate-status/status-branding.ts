import { isHexColor } from '@candor/domain';
import { logoPath } from '../branding/logo-path';
import { JobContact, jobContact } from '../jobs/models/job-contact.model';

/**
 * The employer on the candidate's page (#12): the job's published contact, the organization's
 * accent colour and logo. Read by the status SQL (BRANDING_COLUMNS, in LINKED_COLUMNS), so the
 * page stays one statement.
 */
export const BRANDING_COLUMNS = `
  j.contact_name AS contact_name,
  j.contact_email AS contact_email,
  o.accent_color AS accent_color,
  (SELECT lg.id FROM organization_logos lg WHERE lg.organization_id = o.id) AS logo_id`;

export interface BrandingRow {
  contact_name: string | null;
  contact_email: string | null;
  accent_color: string | null;
  logo_id: string | null;
}

export interface PublicBranding {
  contact: JobContact | null;
  logoUrl: string | null;
  accentColor: string | null;
}

export function publicBranding(row: BrandingRow): PublicBranding {
  return {
    contact: jobContact({ contactName: row.contact_name, contactEmail: row.contact_email }),
    logoUrl: row.logo_id === null ? null : logoPath(row.logo_id),
    // The column's CHECK allows nothing else; checked again because the page puts it into CSS.
    accentColor: isHexColor(row.accent_color) ? row.accent_color : null,
  };
}
