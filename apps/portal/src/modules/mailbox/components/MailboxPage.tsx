// Placeholder until the Dev mailbox page lands.
export function MailboxPage() {
  return <section aria-label="Dev mailbox" />;
}

export default MailboxPage;
