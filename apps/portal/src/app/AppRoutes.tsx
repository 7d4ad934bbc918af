import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { LogInPage } from '../modules/auth/components/LogInPage';
import { RequireAuth } from '../modules/auth/components/RequireAuth';
import { SignUpPage } from '../modules/auth/components/SignUpPage';
import { LoadingState } from '../shared/components/PageState';
import { AppShell } from './AppShell';
import { HomePage } from './HomePage';
import { NotFoundPage } from './NotFoundPage';

// Each its own chunk. /status normally never reaches this router: src/main.tsx loads the
// candidate's own entry (src/status) for it; the route stays for in-app navigation.
const StatusPage = lazy(() => import('../modules/status/components/StatusPage'));
const InvitePage = lazy(() => import('../modules/auth/components/InvitePage'));
const BoardPage = lazy(() => import('../modules/board/components/BoardPage'));
const FunnelPage = lazy(() => import('../modules/funnel/components/FunnelPage'));
const CandidatePage = lazy(() => import('../modules/candidates/components/CandidatePage'));
const MailboxPage = lazy(() => import('../modules/mailbox/components/MailboxPage'));
const TemplatesPage = lazy(() => import('../modules/templates/components/TemplatesPage'));
const SettingsPage = lazy(() => import('../modules/settings/components/SettingsPage'));
const AccountPage = lazy(() => import('../modules/account/components/AccountPage'));
const ForgotPasswordPage = lazy(() => import('../modules/auth/components/ForgotPasswordPage'));
const ResetPasswordPage = lazy(() => import('../modules/auth/components/ResetPasswordPage'));

export function AppRoutes() {
  return (
    <Suspense fallback={<LoadingState />}>
      <Routes>
        <Route path="/signup" element={<SignUpPage />} />
        <Route path="/login" element={<LogInPage />} />
        <Route path="/status" element={<StatusPage />} />
        <Route path="/invite" element={<InvitePage />} />
        <Route path="/forgot-password" element={<ForgotPasswordPage />} />
        <Route path="/reset-password" element={<ResetPasswordPage />} />
        <Route element={<RequireAuth />}>
          <Route element={<AppShell />}>
            <Route index element={<HomePage />} />
            <Route path="/jobs/:jobId" element={<BoardPage />} />
            <Route path="/jobs/:jobId/funnel" element={<FunnelPage />} />
            <Route path="/candidates/:candidateId" element={<CandidatePage />} />
            <Route path="/mailbox" element={<MailboxPage />} />
            <Route path="/templates/:jobId" element={<TemplatesPage />} />
            <Route path="/settings" element={<SettingsPage />} />
            <Route path="/account" element={<AccountPage />} />
          </Route>
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </Suspense>
  );
}
