// Placeholder until the Candidate page lands.
export function CandidatePage() {
  return <section aria-label="Candidate" />;
}

export default CandidatePage;
