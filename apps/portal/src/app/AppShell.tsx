import { NavLink, Outlet } from 'react-router';
import { LogOutButton } from '../modules/auth/components/LogOutButton';
import { useViewer } from '../modules/auth/hooks/viewer';

/** The signed-in frame: who and where you are, the main navigation, and the page. */
export function AppShell() {
  const { member, organization } = useViewer();
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <div className="app-header__inner">
          <div className="app-header__brand">
            <span className="brand">Candor</span>
            <span className="app-header__org">{organization.name}</span>
          </div>
          <nav aria-label="Main" className="app-nav">
            <NavLink to="/" end className="app-nav__link">
              Today
            </NavLink>
            <NavLink to="/mailbox" className="app-nav__link">
              Mailbox
            </NavLink>
            <NavLink to="/settings" className="app-nav__link">
              Settings
            </NavLink>
          </nav>
          <div className="app-header__account">
            <NavLink to="/account" className="app-header__member">
              <span className="visually-hidden">Your account: signed in as </span>
              {member.name}
            </NavLink>
            <LogOutButton />
          </div>
        </div>
      </header>
      <main id="main" className="container" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}
