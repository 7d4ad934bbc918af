import { useEffect, useState } from 'react';

/** "Add to calendar": the step's .ics text as a downloadable file (a Blob, nothing fetched). */
export function CalendarLink({ file, title }: { file: string; title: string }) {
  const [href, setHref] = useState<string | null>(null);

  useEffect(() => {
    const url = URL.createObjectURL(new Blob([file], { type: 'text/calendar' }));
    setHref(url);
    return () => URL.revokeObjectURL(url);
  }, [file]);

  if (!href) return null;
  return (
    <p className="step__calendar">
      <a className="button button--secondary button--small" href={href} download={`${fileName(title)}.ics`}>
        Add to calendar
      </a>
    </p>
  );
}

/** "Technical interview (45')" -> "technical-interview-45" */
function fileName(title: string): string {
  const slug = title
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'candor-event';
}
