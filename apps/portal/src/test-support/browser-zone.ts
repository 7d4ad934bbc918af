/**
 * Makes the browser report `zone` as its own (the time zone Intl resolves when none is asked for,
 * which the portal's clock reads for the "your time" brackets) until the returned function is
 * called. The machine running the tests may be in any zone; tests that need the member elsewhere
 * than the organization say where. It wraps whatever Intl.DateTimeFormat is current, so it also
 * works under jest's fake timers (which replace Intl).
 */
export function pretendBrowserZone(zone: string): () => void {
  const Current = Intl.DateTimeFormat;
  function Pretending(locales?: string | string[], options?: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
    const formatter = new Current(locales, options);
    if (options?.timeZone) return formatter;
    const resolved = formatter.resolvedOptions.bind(formatter);
    Object.defineProperty(formatter, 'resolvedOptions', { value: () => ({ ...resolved(), timeZone: zone }) });
    return formatter;
  }
  Object.assign(Pretending, { supportedLocalesOf: Current.supportedLocalesOf });
  Pretending.prototype = Current.prototype;
  Intl.DateTimeFormat = Pretending as unknown as typeof Intl.DateTimeFormat;
  return () => {
    Intl.DateTimeFormat = Current;
  };
}
