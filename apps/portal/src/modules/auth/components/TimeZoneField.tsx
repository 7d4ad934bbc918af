import { useMemo, useState } from 'react';
import { Field } from '../../../shared/components/Field';
import { browserTimeZone, timeZoneOptions } from '../../../shared/time-zones';

interface TimeZoneFieldProps {
  name: string;
  error?: string;
}

/** IANA time zone select (current names, with offsets), starting at the browser's zone. */
export function TimeZoneField({ name, error }: TimeZoneFieldProps) {
  const [initial] = useState(browserTimeZone);
  const zones = useMemo(() => timeZoneOptions(initial), [initial]);
  return (
    <Field
      id="signup-time-zone"
      label="Time zone"
      hint="Reply dates you promise candidates are counted in this time zone."
      error={error}
    >
      {(control) => (
        <select className="input" name={name} defaultValue={initial} {...control}>
          {zones.map((zone) => (
            <option key={zone.value} value={zone.value}>
              {zone.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
