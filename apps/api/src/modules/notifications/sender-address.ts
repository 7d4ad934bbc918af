/**
 * The sender's address and domain, read from MAIL_FROM ("Candor <no-reply@example.com>" or a bare
 * address): Message-IDs are made on the sender's domain (RFC 5322 §3.6.4 asks for a unique id; a
 * domain the sender controls keeps it so, and spam filters expect it to match the From domain).
 */
export function senderAddress(from: string): string {
  return /<([^>]+)>/.exec(from)?.[1] ?? from.trim();
}

/** The domain of MAIL_FROM's address, lower-cased ("example.com"); "localhost" when it has none. */
export function senderDomain(from: string): string {
  const address = senderAddress(from);
  const at = address.lastIndexOf('@');
  return at >= 0 && at < address.length - 1 ? address.slice(at + 1).toLowerCase() : 'localhost';
}
