import { useQuery } from 'urql';
import type { AuditLogQuery as AuditLogData } from '../../../generated/graphql';
import { ErrorState, LoadingState } from '../../../shared/components/PageState';
import { errorMessage } from '../../../shared/graphql-errors';
import { useClock } from '../../../shared/hooks/useClock';
import { AuditLogQuery } from '../graphql/settings.graphql';

type Entry = AuditLogData['auditLog'][number];

/** What each audit action reads as, for one entry. */
const ACTIONS: Record<string, (entry: Entry) => string> = {
  MEMBER_INVITED: (e) => `invited someone as ${detail(e, 'role')}`,
  INVITE_REVOKED: () => 'revoked an invitation',
  INVITE_ACCEPTED: (e) => `joined as ${detail(e, 'role')}`,
  MEMBER_ROLE_CHANGED: (e) => `changed the role of ${target(e)} from ${detail(e, 'from')} to ${detail(e, 'to')}`,
  MEMBER_DEACTIVATED: (e) => `deactivated ${target(e)}`,
  MEMBER_REACTIVATED: (e) => `reactivated ${target(e)}`,
  MEMBER_REMOVED: (e) => `removed ${target(e)}`,
  PASSWORD_CHANGED: () => 'changed their password',
  PASSWORD_RESET: (e) => `${target(e)} reset their password by email`,
  TWO_FACTOR_ENABLED: () => 'turned on two-factor sign-in',
  TWO_FACTOR_DISABLED: () => 'turned off two-factor sign-in',
  RECOVERY_CODES_REGENERATED: () => 'made new recovery codes',
  ORGANIZATION_SETTINGS_CHANGED: (e) => `changed organization settings (${detail(e, 'settings')})`,
  EMAIL_TEMPLATE_UPDATED: () => "changed a stage's email template",
  EMAIL_TEMPLATE_RESET: () => "reset a stage's email template to the default",
  STATUS_LINK_ROTATED: () => "replaced a candidate's status link",
};

function detail(entry: Entry, key: string): string {
  const value = entry.details.find((d) => d.key === key)?.value ?? '';
  return value.toLowerCase().replaceAll('_', ' ');
}

function target(entry: Entry): string {
  return entry.targetName ?? 'a member';
}

/** The organization's security-relevant changes, newest first (admins only). */
export function AuditLogSection() {
  const [{ data, fetching, error }, reexecute] = useQuery({ query: AuditLogQuery, requestPolicy: 'cache-and-network' });
  const clock = useClock();
  return (
    <section className="card settings-section settings-section--wide" aria-labelledby="audit-heading">
      <h2 id="audit-heading">Audit log</h2>
      <p className="muted">Security-relevant changes: the team, roles, sign-in, templates and status links. No candidate data is kept here.</p>
      {!data ? (
        fetching || !error ? (
          <LoadingState label="Loading the audit log…" />
        ) : (
          <ErrorState title="We could not load the audit log" message={errorMessage(error)} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
        )
      ) : data.auditLog.length === 0 ? (
        <p className="muted">Nothing yet.</p>
      ) : (
        <ol className="audit-log" aria-labelledby="audit-heading">
          {data.auditLog.map((entry) => (
            <li key={entry.id} className="audit-log__entry">
              <time dateTime={entry.at}>{clock.instant(entry.at)}</time>
              <span>
                <strong>{entry.actorName ?? 'Someone without a session'}</strong> {(ACTIONS[entry.action] ?? (() => entry.action))(entry)}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
