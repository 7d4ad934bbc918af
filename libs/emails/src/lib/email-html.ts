import sanitizeHtml from 'sanitize-html';

const LINK_STYLE = 'color:#1d4e89';
const SAFE_HREF = /^\s*(https?:\/\/|mailto:)/i;
const LINK_ATTRIBUTES = { style: LINK_STYLE, target: '_blank', rel: 'noopener noreferrer' };

/**
 * What an organization's template may put into the HTML part of an email (an allowlist, with
 * sanitize-html): text formatting, lists, quotes, headings and links to http(s) or mailto.
 * Paragraphs come from blank lines in the template, so the author's own <p> tags are dropped.
 * No forms, frames, images, scripts, event handlers, classes or styles of the author's (so no
 * text can be hidden or disguised); every link gets our own colour and opens without a
 * referrer. Anything else is dropped and its text kept; script and style contents are dropped.
 */
const TEMPLATE_HTML: sanitizeHtml.IOptions = {
  allowedTags: ['br', 'strong', 'b', 'em', 'i', 'u', 'ul', 'ol', 'li', 'blockquote', 'h2', 'h3', 'a', 'span'],
  // style, target and rel are set by transformTags below, never taken from the template.
  allowedAttributes: { a: ['href', 'style', 'target', 'rel'] },
  allowedStyles: { a: { color: [/^#1d4e89$/] } },
  allowedSchemes: ['https', 'http', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  transformTags: {
    // A link to anything but http(s) or mailto becomes plain text in an attribute-less span (a
    // span, not a dropped tag: sanitize-html 2.17 mis-closes the next link after a dropped, transformed tag).
    a: (tagName, attribs) =>
      SAFE_HREF.test(attribs.href ?? '') ? { tagName, attribs: { href: attribs.href, ...LINK_ATTRIBUTES } } : { tagName: 'span', attribs: {} },
  },
};

/**
 * The HTML of rendered template text made safe for an email: the allowlist above, then bare
 * web addresses in text outside links turned into links.
 */
export function sanitizeTemplateHtml(html: string): string {
  let anchorDepth = 0;
  return sanitizeHtml(html, {
    ...TEMPLATE_HTML,
    onOpenTag: (name) => {
      if (name === 'a') anchorDepth += 1;
    },
    onCloseTag: (name) => {
      if (name === 'a') anchorDepth = Math.max(0, anchorDepth - 1);
    },
    textFilter: (escaped) => (anchorDepth > 0 ? escaped : linkify(escaped)),
  });
}

/**
 * The plain-text form of template HTML: a link becomes "text (address)" when the two differ,
 * line breaks stay, every other tag is dropped, entities are decoded. Never shown as HTML.
 */
export function templateHtmlToText(html: string): string {
  const withAddresses = html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<a\b[^>]*?\bhref\s*=\s*["']?((?:https?:|mailto:)[^"'\s>]+)["']?[^>]*>([\s\S]*?)<\/a\s*>/gi, (_, href: string, inner: string) =>
      inner.trim() === href ? inner : `${inner} (${href})`,
    );
  return decodeEntities(sanitizeHtml(withAddresses, { allowedTags: [], allowedAttributes: {}, disallowedTagsMode: 'discard' }));
}

/** Web addresses in already-escaped text become links (the text holds no markup by then). */
function linkify(escaped: string): string {
  return escaped.replace(
    /https?:\/\/[^\s<>"']+/g,
    (url) => `<a href="${url}" style="${LINK_STYLE}" target="_blank" rel="noopener noreferrer">${url}</a>`,
  );
}

function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&amp;/g, '&');
}
