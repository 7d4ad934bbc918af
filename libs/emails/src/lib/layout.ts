import mjml2html from 'mjml';

/**
 * The responsive email layout, written in MJML (which turns it into the table-based HTML that
 * mail clients need) and compiled once; each email only fills the marked slots with escaped text.
 */
type Slot = 'TITLE' | 'PREHEADER' | 'HEADER' | 'BODY' | 'BUTTON_URL' | 'BUTTON_LABEL' | 'FOOTER';

const mark = (slot: Slot) => `%%CANDOR_${slot}%%`;

function source(withButton: boolean): string {
  return `<mjml>
  <mj-head>
    <mj-title>${mark('TITLE')}</mj-title>
    <mj-preview>${mark('PREHEADER')}</mj-preview>
    <mj-attributes>
      <mj-all font-family="-apple-system, 'Segoe UI', Helvetica, Arial, sans-serif" />
      <mj-text font-size="16px" line-height="1.55" color="#1f2933" />
    </mj-attributes>
  </mj-head>
  <mj-body background-color="#f4f6f8" width="600px">
    <mj-section padding="24px 16px 8px">
      <mj-column><mj-text font-size="14px" font-weight="600" color="#3e4c59">${mark('HEADER')}</mj-text></mj-column>
    </mj-section>
    <mj-section background-color="#ffffff" border-radius="8px" padding="16px 8px">
      <mj-column>
        <mj-text>${mark('BODY')}</mj-text>
        ${withButton ? `<mj-button href="${mark('BUTTON_URL')}" background-color="#1d4e89" color="#ffffff" font-size="16px" border-radius="6px" inner-padding="12px 20px" align="left">${mark('BUTTON_LABEL')}</mj-button>` : ''}
      </mj-column>
    </mj-section>
    <mj-section padding="8px 16px 24px">
      <mj-column><mj-text font-size="12px" color="#616e7c">${mark('FOOTER')}</mj-text></mj-column>
    </mj-section>
  </mj-body>
</mjml>`;
}

const compiled = new Map<boolean, Promise<string>>();

async function compile(withButton: boolean): Promise<string> {
  const result = await mjml2html(source(withButton), { validationLevel: 'strict', minify: false });
  if (result.errors.length > 0) throw new Error(`Email layout: ${result.errors.map((e) => e.formattedMessage).join('; ')}`);
  return result.html;
}

export interface LayoutSlots {
  title: string;
  preheader: string;
  header: string;
  /** Already-safe HTML (built from escaped text). */
  bodyHtml: string;
  button?: { url: string; label: string };
  /** Already-safe HTML. */
  footerHtml: string;
}

export async function renderLayout(slots: LayoutSlots): Promise<string> {
  const withButton = !!slots.button;
  if (!compiled.has(withButton)) compiled.set(withButton, compile(withButton));
  const html = await compiled.get(withButton)!;
  const values: Record<Slot, string> = {
    TITLE: escapeHtml(slots.title),
    PREHEADER: escapeHtml(slots.preheader),
    HEADER: escapeHtml(slots.header),
    BODY: slots.bodyHtml,
    BUTTON_URL: escapeHtml(slots.button?.url ?? ''),
    BUTTON_LABEL: escapeHtml(slots.button?.label ?? ''),
    FOOTER: slots.footerHtml,
  };
  return html.replace(/%%CANDOR_([A-Z_]+)%%/g, (_, slot: Slot) => values[slot] ?? '');
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
