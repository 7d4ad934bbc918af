import type { FormEvent } from 'react';

/**
 * "Add to calendar": a plain form POST of the token (in the body, never in a URL) and the step to
 * the API, which answers with the step's .ics as a download; phones open it straight into the
 * calendar. The token goes into the form only for the moment of submitting, so the page's markup
 * never holds it.
 */
export function CalendarButton({ token, stepId, title }: { token: string; stepId: string; title: string }) {
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    const field = event.currentTarget.elements.namedItem('token') as HTMLInputElement;
    field.value = token;
    setTimeout(() => (field.value = ''), 0);
  }

  return (
    <form className="step__calendar" method="post" action="/status/calendar" onSubmit={onSubmit}>
      <input type="hidden" name="token" />
      <input type="hidden" name="stepId" value={stepId} />
      <button type="submit" className="button button--secondary button--small">
        Add to calendar<span className="visually-hidden"> – {title}</span>
      </button>
    </form>
  );
}
