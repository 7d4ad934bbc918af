import { type FormEvent, useRef, useState } from 'react';
import { useMutation } from 'urql';
import { LIMITS } from '@candor/domain';
import { Field } from '../../../shared/components/Field';
import { FormAlert } from '../../../shared/components/FormAlert';
import { errorMessage, type FormErrors, toFormErrors } from '../../../shared/graphql-errors';
import { useFocusFirstError } from '../../../shared/hooks/useFocusFirstError';
import { RemoveOrganizationLogoMutation, UploadOrganizationLogoMutation } from '../graphql/settings.graphql';
import { fileAsBase64 } from '../utils/file-base64';

const LABELS = { contentBase64: 'Logo file' };
const ACCEPTED = ['image/png', 'image/jpeg'];
const MAX_KB = LIMITS.logoBytes / 1024;

interface Props {
  organizationName: string;
  logoUrl: string | null;
}

/** An admin uploads (replaces) or removes the logo on candidates' status pages. */
export function LogoForm({ organizationName, logoUrl }: Props) {
  const form = useRef<HTMLFormElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const [errors, setErrors] = useState<FormErrors<'contentBase64'> | null>(null);
  const [status, setStatus] = useState('');
  const [{ fetching: uploading }, upload] = useMutation(UploadOrganizationLogoMutation);
  const [{ fetching: removing }, remove] = useMutation(RemoveOrganizationLogoMutation);
  useFocusFirstError(form, errors);

  const refuse = (message: string) => setErrors({ fields: { contentBase64: `${LABELS.contentBase64} ${message}.` }, form: null });

  async function onUpload(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (uploading) return;
    setStatus('');
    const file = input.current?.files?.[0];
    // Quick answers before sending; the API judges the file by its bytes either way.
    if (!file || file.size === 0) return refuse('is missing: choose a PNG or JPEG file');
    if (file.type && !ACCEPTED.includes(file.type)) return refuse('must be a PNG or JPEG image');
    if (file.size > LIMITS.logoBytes) return refuse(`must be at most ${MAX_KB} KB (this file is ${Math.ceil(file.size / 1024)} KB)`);
    const result = await upload({ input: { contentBase64: await fileAsBase64(file) } });
    if (result.error) return setErrors(toFormErrors(result.error, LABELS));
    setErrors(null);
    form.current?.reset();
    setStatus('Logo saved. Candidates see it on their status page now.');
  }

  async function onRemove() {
    if (removing) return;
    const result = await remove({});
    if (result.error) return setErrors({ fields: {}, form: errorMessage(result.error) });
    setErrors(null);
    setStatus("Logo removed. Status pages show Candor's name again.");
  }

  return (
    <form ref={form} className="form" onSubmit={onUpload} aria-labelledby="branding-logo-heading" noValidate>
      <h3 id="branding-logo-heading">Logo</h3>
      <FormAlert message={errors?.form ?? null} />
      <LogoPreview organizationName={organizationName} logoUrl={logoUrl} />
      <Field
        id="branding-logo"
        label={LABELS.contentBase64}
        hint={`A PNG or JPEG of at most ${MAX_KB} KB, shown at the top of every status page.`}
        error={errors?.fields.contentBase64}
      >
        {(control) => <input ref={input} className="input" type="file" name="logo" accept={ACCEPTED.join(',')} {...control} />}
      </Field>
      <div className="branding-buttons">
        <button type="submit" className="button button--primary">
          {uploading ? 'Uploading…' : 'Upload logo'}
        </button>
        {logoUrl && (
          <button type="button" className="button button--secondary" onClick={onRemove}>
            {removing ? 'Removing…' : 'Remove logo'}
          </button>
        )}
      </div>
      <p className="form-status" role="status">
        {status}
      </p>
    </form>
  );
}

/** The logo as candidates see it, or what they see without one. */
export function LogoPreview({ organizationName, logoUrl }: Props) {
  if (!logoUrl) return <p className="muted">No logo: status pages show Candor&apos;s name.</p>;
  return (
    <div className="branding-logo">
      <img src={logoUrl} alt={`Logo of ${organizationName}`} />
    </div>
  );
}
