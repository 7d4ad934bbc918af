// Placeholder until the Needs attention page lands.
export function AttentionPanel() {
  return <section aria-label="Needs attention" />;
}

export default AttentionPanel;
