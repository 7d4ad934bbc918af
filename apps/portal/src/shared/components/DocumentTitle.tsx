import { useEffect } from 'react';

/**
 * Sets the page's title. The HTML page already has its one `<title>` (index.html); a `<title>`
 * rendered by React 19 is hoisted into the head beside it, which leaves two, so pages name
 * themselves through this instead.
 */
export function DocumentTitle({ title }: { title: string }): null {
  useEffect(() => {
    document.title = title;
  }, [title]);
  return null;
}
