import type { SettingsQuery } from '../../../generated/graphql';
import { AccentColorForm } from './AccentColorForm';
import { LogoForm, LogoPreview } from './LogoForm';

type Organization = SettingsQuery['me']['organization'];

interface Props {
  organization: Organization;
  canManage: boolean;
}

/** How the employer appears on candidates' status pages: logo and accent colour (admins change them). */
export function BrandingSection({ organization, canManage }: Props) {
  const logoUrl = organization.logoUrl ?? null;
  const accentColor = organization.accentColor ?? null;
  return (
    <section className="card settings-section" aria-labelledby="branding-heading">
      <h2 id="branding-heading">Status page</h2>
      <p className="muted">Your logo and colour on the page candidates open from their status link.</p>
      {canManage ? (
        <>
          <LogoForm organizationName={organization.name} logoUrl={logoUrl} />
          <AccentColorForm accentColor={accentColor} />
        </>
      ) : (
        <>
          <h3>Logo</h3>
          <LogoPreview organizationName={organization.name} logoUrl={logoUrl} />
          <h3>Colour</h3>
          <p>{accentColor ?? "None: status pages use Candor's colours."}</p>
          <p className="muted">Only admins can change these settings.</p>
        </>
      )}
    </section>
  );
}
