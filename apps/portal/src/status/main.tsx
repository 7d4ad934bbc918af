import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import StatusPage from '../modules/status/components/StatusPage';

/**
 * The candidate's entry (/status#token): React and the status module only. No router, no urql,
 * no generated documents, nothing of the recruiter portal (see src/main.tsx).
 */
export function mount(root: HTMLElement): void {
  createRoot(root).render(
    <StrictMode>
      <StatusPage />
    </StrictMode>,
  );
}
