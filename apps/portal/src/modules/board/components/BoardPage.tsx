// Placeholder until the Pipeline board page lands.
export function BoardPage() {
  return <section aria-label="Pipeline board" />;
}

export default BoardPage;
