/** The recovery codes, shown once: each signs in once when the app is not at hand. */
export function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  return (
    <div className="recovery-codes" role="status">
      <p>
        <strong>Two-factor sign-in is on.</strong> Keep these recovery codes somewhere safe (a password manager): each
        one signs you in once if you lose your phone. They are shown only now.
      </p>
      <ul className="recovery-codes__list" aria-label="Recovery codes">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ul>
      <button type="button" className="button button--primary" onClick={onDone}>
        I have saved them
      </button>
    </div>
  );
}
