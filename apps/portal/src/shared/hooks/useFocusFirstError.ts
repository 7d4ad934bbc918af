import { type RefObject, useEffect } from 'react';
import type { FormErrors } from '../graphql-errors';

/**
 * After a failed submit, moves focus to the first field with an error so keyboard and screen
 * reader users land on it (and hear its message through aria-describedby).
 */
export function useFocusFirstError(form: RefObject<HTMLFormElement | null>, errors: FormErrors | null): void {
  useEffect(() => {
    if (!errors || !form.current) return;
    const invalid = form.current.querySelector<HTMLElement>('[aria-invalid="true"]');
    invalid?.focus();
  }, [errors, form]);
}
