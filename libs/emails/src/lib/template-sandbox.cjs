// @ts-check
'use strict';
/**
 * Everything that touches the text of an organization's email template: checking it, rendering
 * it in the sealed engine, and turning the result into safe HTML paragraphs and plain text.
 * It runs inside the template worker threads (template-worker.cjs), where a hard time limit can
 * stop it, and in-process only for Candor's own default templates. Plain CommonJS, so that the
 * same file runs from the source tree (tests) and from the build. Every step here is linear in
 * its input (an HTML parser, not backtracking expressions), and whatever is not is bounded by the
 * worker's timeout.
 */
const { Liquid } = require('liquidjs');
const sanitizeHtml = require('sanitize-html');
const { Parser } = require('htmlparser2');

/** Tags that would reach templates outside the one being rendered (files, layouts): removed. */
const REMOVED_TAGS = /** @type {const} */ (['include', 'render', 'layout', 'block']);
/** Filters that would undo output escaping in the HTML part: removed. */
const REMOVED_FILTERS = /** @type {const} */ (['raw']);
/** How many unknown placeholders a problem names, and how many characters of each. */
const NAMED_AT_MOST = { placeholders: 5, characters: 60 };

const LINK_STYLE = 'color:#1d4e89';
const LINK_ATTRIBUTES = { style: LINK_STYLE, target: '_blank', rel: 'noopener noreferrer' };
const SAFE_HREF = /^\s*(https?:\/\/|mailto:)/i;

/**
 * What the author's markup may keep in the HTML part (sanitize-html allowlist): text formatting,
 * lists, quotes, headings and links to http(s) or mailto. No forms, frames, images, scripts,
 * event handlers, classes or styles of the author's (no hidden or disguised text); every link
 * gets our colour and opens without a referrer. Paragraphs come from blank lines, so the
 * author's own <p> is dropped. A link to anything else becomes plain text in an attribute-less
 * span (a span, not a dropped tag: sanitize-html 2.17 mis-closes the next link after a dropped,
 * transformed tag).
 * @type {import('sanitize-html').IOptions}
 */
const TEMPLATE_HTML = {
  allowedTags: ['br', 'strong', 'b', 'em', 'i', 'u', 'ul', 'ol', 'li', 'blockquote', 'h2', 'h3', 'a', 'span'],
  // style, target and rel are set by transformTags, never taken from the template.
  allowedAttributes: { a: ['href', 'style', 'target', 'rel'] },
  allowedStyles: { a: { color: [/^#1d4e89$/] } },
  allowedSchemes: ['https', 'http', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  transformTags: {
    a: (tagName, attribs) =>
      // Stryker disable next-line StringLiteral: a missing address fails the test whatever text stands in for it
      SAFE_HREF.test(attribs.href ?? '') ? { tagName, attribs: { href: attribs.href, ...LINK_ATTRIBUTES } } : { tagName: 'span', attribs: {} },
  },
};

/**
 * A sealed liquidjs engine: no file system at all (an empty in-memory template map, no partials,
 * no relative references), the loading tags and the unescaping filter deleted (such templates
 * fail at parse time), own properties only, and liquidjs' own time and memory budgets.
 * @param {boolean} escapeHtml escape every output (for HTML)
 * @param {{ engineRenderMs: number, engineMemory: number }} limits
 */
function sealedEngine(escapeHtml, limits) {
  // Stryker disable BooleanLiteral: relativeReference, dynamicPartials, jekyllInclude and cache only
  // apply to loading partials and files, which the deleted tags below are the only way to do; they
  // are a second lock, not observable while the first holds.
  const engine = new Liquid({
    templates: {},
    relativeReference: false,
    dynamicPartials: false,
    jekyllInclude: false,
    // Stryker restore BooleanLiteral
    ownPropertyOnly: true,
    strictFilters: true,
    strictVariables: false,
    parseLimit: 100_000,
    renderLimit: limits.engineRenderMs,
    memoryLimit: limits.engineMemory,
    // Stryker disable next-line BooleanLiteral: see above (the cache is of loaded files)
    cache: false,
    outputEscape: escapeHtml ? 'escape' : undefined,
  });
  for (const tag of REMOVED_TAGS) delete /** @type {Record<string, unknown>} */ (engine.tags)[tag];
  for (const filter of REMOVED_FILTERS) delete /** @type {Record<string, unknown>} */ (engine.filters)[filter];
  return engine;
}

/**
 * @param {{ engineRenderMs: number, engineMemory: number, outputChars: number }} limits
 * @param {string[]} variables the placeholders a template may use, e.g. "candidate.first_name"
 */
function createSandbox(limits, variables) {
  const engine = sealedEngine(true, limits);
  const allowed = new Set(variables);

  /**
   * What is wrong with a template's syntax or placeholders, naming the field (lengths are
   * checked before anything reaches here).
   * @param {{ subject: string, body: string }} template
   * @returns {{ field: 'subject' | 'body', message: string }[]}
   */
  function check(template) {
    /** @type {{ field: 'subject' | 'body', message: string }[]} */
    const problems = [];
    for (const field of /** @type {const} */ (['subject', 'body'])) {
      let parsed;
      try {
        parsed = engine.parse(template[field]);
      } catch (error) {
        problems.push({ field, message: syntaxProblem(error) });
        continue;
      }
      const unknown = [...new Set(engine.globalFullVariablesSync(parsed))].filter((name) => !allowed.has(name));
      if (unknown.length > 0) {
        const named = unknown.slice(0, NAMED_AT_MOST.placeholders).map((n) => `{{ ${n.length > NAMED_AT_MOST.characters ? `${n.slice(0, NAMED_AT_MOST.characters)}…` : n} }}`);
        const more = unknown.length > named.length ? ` and ${unknown.length - named.length} more` : '';
        problems.push({ field, message: `uses unknown placeholder ${named.join(', ')}${more}; available: ${variables.join(', ')}` });
      }
    }
    return problems;
  }

  /**
   * The template rendered with the context (every value escaped), as the parts of an email: a
   * one-line plain subject, the body's paragraphs as safe HTML, and the body as plain text.
   * @param {{ subject: string, body: string }} template
   * @param {object} context
   * @returns {Promise<{ subject: string, paragraphsHtml: string[], text: string }>}
   * @throws {Error & { limit?: boolean }} when a part is longer than the output limit or the engine stops it
   */
  async function render(template, context) {
    const subject = await engine.parseAndRender(template.subject, context);
    const body = await engine.parseAndRender(template.body, context);
    if (subject.length > limits.outputChars || body.length > limits.outputChars) throw Object.assign(new Error('output'), { output: true });
    const blocks = paragraphs(body);
    return {
      subject: htmlToText(subject).replace(/\s+/g, ' ').trim().slice(0, 300),
      paragraphsHtml: blocks.map((p) => sanitizeTemplateHtml(p.replace(/\n/g, '<br>'))).filter((p) => p.trim().length > 0),
      text: blocks.map((p) => htmlToText(p).trim()).filter(Boolean).join('\n\n'),
    };
  }

  return { check, render };
}

/** @param {unknown} error */
function syntaxProblem(error) {
  const message = (error instanceof Error ? error.message : String(error)).split('\n')[0];
  const removedTag = REMOVED_TAGS.find((tag) => message.includes(`tag "${tag}" not found`));
  if (removedTag) return `uses {% ${removedTag} %}, which email templates may not use: a template cannot load other files or templates`;
  const removedFilter = REMOVED_FILTERS.find(
    (filter) =>
      message.startsWith(`undefined filter: ${filter},`) ||
      // Stryker disable next-line ConditionalExpression,StringLiteral: liquidjs 10 always adds the position ("undefined filter: raw, line:1, col:4"); kept for a message without it
      message === `undefined filter: ${filter}`,
  );
  if (removedFilter) return `uses the "${removedFilter}" filter, which email templates may not use: every value is escaped in the HTML part`;
  return `has a template syntax error: ${message.slice(0, 200)}`;
}

/**
 * Paragraphs separated by blank lines; empty ones (from conditions that did not apply) dropped.
 * @param {string} rendered
 */
function paragraphs(rendered) {
  const blocks = rendered
    .replace(/\r\n/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((p) => p.split('\n').map((line) => line.trim()).join('\n').trim());
  // Stryker disable next-line MethodExpression,ConditionalExpression,EqualityOperator: render() drops empty paragraphs from both parts again after sanitizing; this only keeps the list short
  return blocks.filter((p) => p.length > 0);
}

/**
 * The HTML of rendered template text made safe for an email: the allowlist, then bare web
 * addresses in text outside links turned into links.
 * @param {string} html
 */
function sanitizeTemplateHtml(html) {
  let anchorDepth = 0;
  return sanitizeHtml(html, {
    ...TEMPLATE_HTML,
    onOpenTag: (name) => {
      if (name === 'a') anchorDepth += 1;
    },
    onCloseTag: (name) => {
      // Stryker disable next-line MethodExpression: the parser reports no closing tag it did not see open, so the depth never goes below 0
      if (name === 'a') anchorDepth = Math.max(0, anchorDepth - 1);
    },
    textFilter: (escaped) => (anchorDepth > 0 ? escaped : linkify(escaped)),
  });
}

/**
 * The plain-text form of template HTML, with an HTML parser (linear in the input): a link to
 * http(s) or mailto becomes "text (address)" when the two differ, <br> a line break, every other
 * tag is dropped (script and style contents too), entities are decoded.
 * @param {string} html
 */
function htmlToText(html) {
  let out = '';
  /** @type {{ href: string | null, text: string }[]} */
  const links = [];
  let skipping = 0;
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (name === 'script' || name === 'style') skipping += 1;
        else if (name === 'br') out += '\n';
        else if (name === 'a') {
          // Stryker disable next-line StringLiteral: a missing address fails the test whatever text stands in for it
          links.push({ href: SAFE_HREF.test(attribs.href ?? '') ? attribs.href.trim() : null, text: '' });
        }
      },
      ontext(text) {
        if (skipping > 0) return;
        out += text;
        if (links.length > 0) links[links.length - 1].text += text;
      },
      onclosetag(name) {
        // Stryker disable next-line MethodExpression: the parser reports no closing tag it did not see open, so skipping never goes below 0
        if (name === 'script' || name === 'style') skipping = Math.max(0, skipping - 1);
        else if (name === 'a') {
          const link = links.pop();
          // Stryker disable next-line OptionalChaining: every reported </a> closes an <a> that pushed a link
          if (link?.href && link.text.trim() !== link.href) out += ` (${link.href})`;
        }
      },
    },
    // Stryker disable next-line ObjectLiteral: decodeEntities is htmlparser2's default; stated because the text part relies on it
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return out;
}

/**
 * Web addresses in already-escaped text become links (the text holds no markup by then).
 * @param {string} escaped
 */
function linkify(escaped) {
  return escaped.replace(/https?:\/\/[^\s<>"']+/g, (url) => `<a href="${url}" style="${LINK_STYLE}" target="_blank" rel="noopener noreferrer">${url}</a>`);
}

module.exports = { REMOVED_TAGS, REMOVED_FILTERS, createSandbox, sanitizeTemplateHtml, htmlToText };
