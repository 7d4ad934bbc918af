import mjml2html from 'mjml';

/**
 * The responsive email layout, written in MJML (which turns it into the table-based HTML that
 * mail clients need) and compiled once; each email only fills the marked slots with escaped text.
 */
type Slot = 'TITLE' | 'PREHEADER' | 'HEADER' | 'BODY' | 'BUTTON_URL' | 'BUTTON_LABEL' | 'FOOTER';

const mark = (slot: Slot) => `%%CANDOR_${slot}%%`;

const button = `<mj-button href="${mark('BUTTON_URL')}" background-color="#1d4e89" color="#ffffff" font-size="16px" border-radius="6px" inner-padding="12px 20px" align="left">${mark('BUTTON_LABEL')}</mj-button>`;

function source(withButton: boolean): string {
  // Stryker disable next-line StringLiteral: MJML drops bare text where the button would stand, so any text gives the same layout as none
  const buttonOrNothing = withButton ? button : '';
  // lang: the words are English (MJML's default is "und"). The preheader is hidden without a
  // text colour: mj-preview's white-on-white text is what spam filters flag (HTML_FONT_LOW_CONTRAST).
  return `<mjml lang="en">
  <mj-head>
    <mj-title>${mark('TITLE')}</mj-title>
    <mj-attributes>
      <mj-all font-family="-apple-system, 'Segoe UI', Helvetica, Arial, sans-serif" />
      <mj-text font-size="16px" line-height="1.55" color="#1f2933" />
    </mj-attributes>
  </mj-head>
  <mj-body background-color="#f4f6f8" width="600px">
    <mj-raw><div style="display:none;max-height:0;max-width:0;overflow:hidden;mso-hide:all">${mark('PREHEADER')}</div></mj-raw>
    <mj-section padding="24px 16px 8px">
      <mj-column><mj-text font-size="14px" font-weight="600" color="#3e4c59">${mark('HEADER')}</mj-text></mj-column>
    </mj-section>
    <mj-section background-color="#ffffff" border-radius="8px" padding="16px 8px">
      <mj-column>
        <mj-text>${mark('BODY')}</mj-text>
        ${buttonOrNothing}
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
  // 'strict' validation throws a ValidationError for any mistake in the layout, so no errors come back.
  // Stryker disable next-line ObjectLiteral,StringLiteral: the layout is valid and minify is off by default: the options only matter if the layout breaks
  const result = await mjml2html(source(withButton), { validationLevel: 'strict', minify: false });
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

/**
 * The layout with its slots filled: title, preheader, header and the button's address and label
 * are escaped here; `bodyHtml` and `footerHtml` must already be safe. The values are put in one
 * pass, so a value that contains a slot mark stays text.
 */
export async function renderLayout(slots: LayoutSlots): Promise<string> {
  const withButton = !!slots.button;
  // Stryker disable next-line ConditionalExpression: the cache only spares compiling again; a new compilation gives the same HTML
  if (!compiled.has(withButton)) compiled.set(withButton, compile(withButton));
  const html = await compiled.get(withButton)!;
  const values: Record<Slot, string> = {
    TITLE: escapeHtml(slots.title),
    PREHEADER: escapeHtml(slots.preheader),
    HEADER: escapeHtml(slots.header),
    BODY: slots.bodyHtml,
    // Stryker disable next-line StringLiteral: without a button the layout has no button slots to fill
    BUTTON_URL: escapeHtml(slots.button?.url ?? ''),
    // Stryker disable next-line StringLiteral: without a button the layout has no button slots to fill
    BUTTON_LABEL: escapeHtml(slots.button?.label ?? ''),
    FOOTER: slots.footerHtml,
  };
  // Stryker disable next-line StringLiteral: the compiled layout holds only the marks of known slots
  return html.replace(/%%CANDOR_([A-Z_]+)%%/g, (_, slot: Slot) => values[slot] ?? '');
}

/** Text made safe inside HTML elements and double- or single-quoted attributes (& < > " '). */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
