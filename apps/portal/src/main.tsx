import './styles.css';

/**
 * Picks the app by path before loading any of it: a candidate opening /status#token downloads
 * only React and the status page (src/status), never the recruiter portal (src/app) with its
 * router, GraphQL client and documents. Keep this file free of other imports.
 */
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

const isStatusPage = /^\/status\/?$/.test(window.location.pathname);
const entry = isStatusPage ? import('./status/main') : import('./app/main');

entry.then(
  (app) => app.mount(root),
  () => {
    root.textContent = 'Candor could not load. Check your internet connection and reload the page.';
  },
);
