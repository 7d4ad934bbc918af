import { AuthLayout } from './AuthLayout';

/** Accepting a team invite (the token follows the # of the link): coming in a later issue. */
export default function InvitePage() {
  return (
    <AuthLayout title="Join your team on Candor">
      <p>This page is coming soon.</p>
    </AuthLayout>
  );
}
