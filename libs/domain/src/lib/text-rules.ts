/**
 * Unicode's explicit bidirectional embeddings, overrides and isolates (U+202A–U+202E,
 * U+2066–U+2069; Unicode UAX #9 §2.1–2.2). In a name or a message they make text read otherwise
 * than it is written ("gnp.exe" shown as "exe.png"; CVE-2021-42574, "Trojan Source"). Text in a
 * right-to-left script needs none of them: its letters carry their direction.
 */
export const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;

/** Why free text from a person cannot be kept as written, or null: today, bidirectional controls. */
export function textProblem(text: string): string | null {
  return BIDI_CONTROLS.test(text)
    ? 'must not contain bidirectional control characters (U+202A to U+202E, U+2066 to U+2069): they make text read otherwise than it is written'
    : null;
}
