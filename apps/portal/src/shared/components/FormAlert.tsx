/** A problem with the form as a whole (not one field), announced as soon as it appears. */
export function FormAlert({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <div role="alert" className="alert alert--error">
      {message}
    </div>
  );
}
