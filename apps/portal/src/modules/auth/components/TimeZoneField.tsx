import { useMemo, useState } from 'react';
import { LIMITS } from '@candor/domain';
import { Field } from '../../../shared/components/Field';

export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

function timeZoneOptions(current: string): string[] {
  let zones: string[] = [];
  try {
    zones = Intl.supportedValuesOf('timeZone');
  } catch {
    // Older browsers: the browser's own zone and UTC are still offered.
  }
  return [...new Set([...zones, 'UTC', current])].filter((zone) => zone.length <= LIMITS.timeZone).sort();
}

interface TimeZoneFieldProps {
  name: string;
  error?: string;
}

/** IANA time zone select, starting at the browser's zone. */
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
            <option key={zone} value={zone}>
              {zone.replaceAll('_', ' ')}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
