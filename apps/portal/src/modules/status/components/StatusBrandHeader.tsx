import { ownLogoUrl } from '../utils/brand';
import './status-brand.css';

interface StatusBrandHeaderProps {
  /** The employer, once the status has loaded; null before (and for an inactive link). */
  brand: { organizationName: string; logoUrl?: string | null } | null;
}

/**
 * The page's header: the employer's logo (its alt text the organization's name) when the team
 * has one, else Candor's name. On the accent colour when the organization chose one (the page
 * sets it, see accentStyle); the logo sits on white so any logo reads on any accent.
 */
export function StatusBrandHeader({ brand }: StatusBrandHeaderProps) {
  const logoUrl = ownLogoUrl(brand?.logoUrl);
  return (
    <header className="status-header status-brand">
      {brand && logoUrl ? (
        <img className="status-brand__logo" src={logoUrl} alt={brand.organizationName} />
      ) : (
        <span className="brand">Candor</span>
      )}
    </header>
  );
}
