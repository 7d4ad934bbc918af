import { useSyncExternalStore } from 'react';

/** Status tokens are base64url (43 characters today); anything else is not sent at all. */
const TOKEN = /^[A-Za-z0-9_-]{16,256}$/;

/** The token of a status link: the text after the last # of the address, or null. */
export function readStatusToken(hash: string): string | null {
  const raw = hash.slice(hash.lastIndexOf('#') + 1);
  return TOKEN.test(raw) ? raw : null;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The token in the address bar; follows it when another link is opened in the same tab. */
export function useStatusToken(): string | null {
  return useSyncExternalStore(
    subscribe,
    () => readStatusToken(window.location.hash),
    () => null,
  );
}
