import type { ReactNode } from 'react';
import { DocumentTitle } from '../../../shared/components/DocumentTitle';

interface AuthLayoutProps {
  title: string;
  intro?: string;
  footer?: ReactNode;
  children: ReactNode;
}

/** The frame of the signed-out pages: a single centred card. */
export function AuthLayout({ title, intro, footer, children }: AuthLayoutProps) {
  return (
    <>
      <header className="auth-header">
        <span className="brand">Candor</span>
      </header>
      <main id="main" className="auth-main">
        <DocumentTitle title={`${title} · Candor`} />
        <div className="card auth-card">
          <h1>{title}</h1>
          {intro && <p className="muted">{intro}</p>}
          {children}
        </div>
        {footer && <div className="auth-footer">{footer}</div>}
      </main>
    </>
  );
}
