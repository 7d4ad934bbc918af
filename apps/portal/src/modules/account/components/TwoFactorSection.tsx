import { type FormEvent, useRef, useState } from 'react';
import { useMutation } from 'urql';
import { LIMITS } from '@candor/domain';
import type { BeginTwoFactorSetupMutation as Setup } from '../../../generated/graphql';
import { TextField } from '../../../shared/components/Field';
import { FormAlert } from '../../../shared/components/FormAlert';
import { type FormErrors, toFormErrors } from '../../../shared/graphql-errors';
import {
  BeginTwoFactorSetupMutation,
  ConfirmTwoFactorSetupMutation,
  DisableTwoFactorMutation,
  RegenerateRecoveryCodesMutation,
} from '../graphql/account.graphql';
import { RecoveryCodes } from './RecoveryCodes';

const CODE_LABELS = { code: 'Code from the app' };
const DISABLE_LABELS = { password: 'Password', code: 'Code from the app or a recovery code' };

interface Props {
  enabled: boolean;
  required: boolean;
  onChanged: () => void;
}

/**
 * Two-factor sign-in with an authenticator app (TOTP): scan the QR code, confirm with a first
 * code, keep the recovery codes; later, new recovery codes or turning it off.
 */
export function TwoFactorSection({ enabled, required, onChanged }: Props) {
  const [setup, setSetup] = useState<Setup['beginTwoFactorSetup'] | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const [{ fetching: starting }, begin] = useMutation(BeginTwoFactorSetupMutation);
  const [startError, setStartError] = useState<string | null>(null);

  async function start() {
    const result = await begin({});
    if (result.error || !result.data) {
      setStartError(toFormErrors(result.error, {}).form);
      return;
    }
    setStartError(null);
    setSetup(result.data.beginTwoFactorSetup);
  }

  return (
    <section className="card account-section" aria-labelledby="two-factor-heading">
      <h2 id="two-factor-heading">Two-factor sign-in</h2>
      {codes ? (
        <RecoveryCodes codes={codes} onDone={() => setCodes(null)} />
      ) : enabled ? (
        <>
          <p>
            <span className="badge badge--open">On</span> You sign in with your password and a code from your authenticator app.
          </p>
          <CodeForm
            id="regenerate"
            title="New recovery codes"
            action="Make new recovery codes"
            mutation={RegenerateRecoveryCodesMutation}
            onCodes={setCodes}
          />
          {required ? (
            <p className="muted">Your organization requires two-factor sign-in, so it stays on.</p>
          ) : (
            <DisableForm onDisabled={onChanged} />
          )}
        </>
      ) : setup ? (
        <div className="two-factor-setup">
          <ol className="two-factor-setup__steps">
            <li>Open an authenticator app (for example 1Password, Google Authenticator or Microsoft Authenticator).</li>
            <li>
              Scan this code, or type the key by hand.
              <img className="two-factor-setup__qr" src={setup.qrCode} width={200} height={200} alt="QR code for your authenticator app" />
              <span className="two-factor-setup__key">
                Key: <code>{setup.secret}</code>
              </span>
            </li>
            <li>Enter the 6-digit code the app shows.</li>
          </ol>
          <CodeForm
            id="confirm"
            title="Confirm"
            action="Turn on two-factor sign-in"
            mutation={ConfirmTwoFactorSetupMutation}
            onCodes={(recovery) => {
              setSetup(null);
              setCodes(recovery);
              onChanged();
            }}
          />
        </div>
      ) : (
        <>
          <p>Add a code from an authenticator app to your password: a stolen password alone will not open your account.</p>
          <FormAlert message={startError} />
          <button type="button" className="button button--primary" onClick={() => void start()}>
            {starting ? 'Preparing…' : 'Set up two-factor sign-in'}
          </button>
        </>
      )}
    </section>
  );
}

type CodeMutation = typeof ConfirmTwoFactorSetupMutation | typeof RegenerateRecoveryCodesMutation;

function CodeForm({ id, title, action, mutation, onCodes }: { id: string; title: string; action: string; mutation: CodeMutation; onCodes: (codes: string[]) => void }) {
  const [{ fetching }, run] = useMutation(mutation);
  const [errors, setErrors] = useState<FormErrors<keyof typeof CODE_LABELS> | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (fetching) return;
    const code = String(new FormData(event.currentTarget).get('code') ?? '').trim();
    const result = await run({ input: { code } });
    const data = result.data as Record<string, string[]> | undefined;
    if (result.error || !data) {
      setErrors(toFormErrors(result.error, CODE_LABELS));
      return;
    }
    setErrors(null);
    onCodes(Object.values(data)[0]);
  }

  return (
    <form className="form two-factor-code" onSubmit={onSubmit} aria-label={title}>
      <FormAlert message={errors?.form ?? null} />
      <TextField
        id={`${id}-code`}
        name="code"
        label={CODE_LABELS.code}
        autoComplete="one-time-code"
        inputMode="numeric"
        maxLength={32}
        required
        error={errors?.fields.code}
      />
      <div>
        <button type="submit" className="button button--secondary">
          {fetching ? 'Checking…' : action}
        </button>
      </div>
    </form>
  );
}

function DisableForm({ onDisabled }: { onDisabled: () => void }) {
  const form = useRef<HTMLFormElement>(null);
  const [{ fetching }, disable] = useMutation(DisableTwoFactorMutation);
  const [errors, setErrors] = useState<FormErrors<keyof typeof DISABLE_LABELS> | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (fetching) return;
    const data = new FormData(event.currentTarget);
    const result = await disable({ input: { password: String(data.get('password') ?? ''), code: String(data.get('code') ?? '').trim() } });
    if (result.error || !result.data) {
      setErrors(toFormErrors(result.error, DISABLE_LABELS));
      return;
    }
    setErrors(null);
    onDisabled();
  }

  return (
    <details className="two-factor-disable">
      <summary>Turn two-factor sign-in off</summary>
      <form ref={form} className="form" onSubmit={onSubmit} aria-label="Turn two-factor sign-in off">
        <FormAlert message={errors?.form ?? null} />
        <TextField id="disable-password" name="password" type="password" label={DISABLE_LABELS.password} autoComplete="current-password" maxLength={LIMITS.passwordMax} required error={errors?.fields.password} />
        <TextField id="disable-code" name="code" label={DISABLE_LABELS.code} autoComplete="one-time-code" maxLength={32} required error={errors?.fields.code} />
        <div>
          <button type="submit" className="button button--danger">
            {fetching ? 'Turning off…' : 'Turn off'}
          </button>
        </div>
      </form>
    </details>
  );
}
