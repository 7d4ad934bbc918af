import { type FormEvent, useRef, useState } from 'react';
import { useMutation } from 'urql';
import { ACCENT_MIN_CONTRAST, accentColorProblem, isHexColor, normalizeAccentColor } from '@candor/domain';
import { TextField } from '../../../shared/components/Field';
import { FormAlert } from '../../../shared/components/FormAlert';
import { type FormErrors, toFormErrors } from '../../../shared/graphql-errors';
import { useFocusFirstError } from '../../../shared/hooks/useFocusFirstError';
import { UpdateAccentColorMutation } from '../graphql/settings.graphql';

const LABELS = { accentColor: 'Accent colour' };

/** An admin sets the status page's accent colour (or removes it); the same rule as the API's answers at once. */
export function AccentColorForm({ accentColor }: { accentColor: string | null }) {
  const form = useRef<HTMLFormElement>(null);
  const [value, setValue] = useState(accentColor ?? '');
  const [errors, setErrors] = useState<FormErrors<'accentColor'> | null>(null);
  const [status, setStatus] = useState('');
  const [{ fetching }, update] = useMutation(UpdateAccentColorMutation);
  useFocusFirstError(form, errors);
  const swatch = normalizeAccentColor(value);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (fetching) return;
    setStatus('');
    const problem = value.trim() ? accentColorProblem(value) : null;
    if (problem) return setErrors({ fields: { accentColor: `${LABELS.accentColor} ${problem}.` }, form: null });
    const result = await update({ accentColor: value.trim() ? normalizeAccentColor(value) : null });
    if (result.error || !result.data) return setErrors(toFormErrors(result.error, LABELS));
    setErrors(null);
    const saved = result.data.updateOrganization.accentColor;
    setValue(saved ?? '');
    setStatus(saved ? `Accent colour ${saved} saved.` : "Accent colour removed: status pages use Candor's colours.");
  }

  return (
    <form ref={form} className="form" onSubmit={onSubmit} aria-labelledby="branding-accent-heading" noValidate>
      <h3 id="branding-accent-heading">Colour</h3>
      <FormAlert message={errors?.form ?? null} />
      <div className="branding-accent">
        <TextField
          id="branding-accent-color"
          name="accentColor"
          label={LABELS.accentColor}
          hint={`Written #rrggbb, e.g. #1f4f8a. Status pages put white text on it, so it must be dark enough (contrast ${ACCENT_MIN_CONTRAST}:1 or more). Leave empty for Candor's colours.`}
          value={value}
          onChange={(event) => setValue(event.target.value)}
          maxLength={7}
          autoComplete="off"
          spellCheck={false}
          error={errors?.fields.accentColor}
        />
        {isHexColor(swatch) && <span className="branding-swatch" style={{ background: swatch }} aria-hidden="true" />}
      </div>
      <div>
        <button type="submit" className="button button--primary">
          {fetching ? 'Saving…' : 'Save colour'}
        </button>
      </div>
      <p className="form-status" role="status">
        {status}
      </p>
    </form>
  );
}
