/**
 * The sandbox that checks and renders templates, exercised in-process: organizations' templates
 * (the renderer runs this same module in its worker threads: template-renderer.spec.ts covers that
 * path, the time limit and the busy pool) and Candor's own default templates, which it renders
 * in-process (at the end of this file).
 */
import { STAGE_KINDS } from '@candor/domain';
import { DEFAULT_TEMPLATES } from '../default-templates';
import { createSandbox, htmlToText, REMOVED_FILTERS, REMOVED_TAGS, sanitizeTemplateHtml } from '../template-sandbox.cjs';
import { RENDER_LIMITS, templateLengthProblems } from '../template-engine';
import { sampleVariables, TEMPLATE_VARIABLES } from '../template-variables';

const SAMPLE_VARIABLES = sampleVariables('https://candor.example.com');

const VARIABLES = Object.keys(TEMPLATE_VARIABLES);
const LIMITS: { engineRenderMs: number; engineMemory: number; outputChars: number } = { engineRenderMs: RENDER_LIMITS.engineRenderMs, engineMemory: RENDER_LIMITS.engineMemory, outputChars: RENDER_LIMITS.outputChars };
const AVAILABLE = `available: ${VARIABLES.join(', ')}`;
const sandbox = (limits = LIMITS) => createSandbox(limits, VARIABLES);
const check = (template: { subject: string; body: string }) => sandbox().check(template);
const checkBody = (body: string) => check({ subject: 'Hello', body });
const render = (body: string, context: object = SAMPLE_VARIABLES) => sandbox().render({ subject: 'Hello', body }, context);
const failure = (promise: Promise<unknown>) => promise.then(() => null, (error: Error & { output?: boolean }) => error);

describe('checking a template: no template reaches a file or another template', () => {
  const files = ['.data/secret-key', 'package.json', '.git/config', '.data/postgres-password', '/etc/passwd', '../../../etc/hostname'];
  const forms = (tag: string, file: string) => [`{% ${tag} '${file}' %}`, `{% ${tag} "${file}" %}x{% end${tag} %}`, `{% liquid\n${tag} '${file}' %}`, `{%- ${tag} '${file}' -%}`];

  it.each(REMOVED_TAGS.flatMap((tag) => files.map((file) => [tag, file] as const)))('{%% %s "%s" %%} is refused in every form, naming the tag', (tag, file) => {
    for (const source of forms(tag, file)) {
      expect(checkBody(source)).toEqual([
        { field: 'body', message: `uses {% ${tag} %}, which email templates may not use: a template cannot load other files or templates` },
      ]);
    }
    expect(check({ subject: `{% ${tag} '${file}' %}`, body: 'x' })).toEqual([{ field: 'subject', message: expect.stringContaining(`{% ${tag} %}`) }]);
  });

  it.each(REMOVED_TAGS)('{%% %s %%} cannot run even when it skips the check', async (tag) => {
    expect(await failure(render(`{% ${tag} 'package.json' %}`))).toBeInstanceOf(Error);
  });

  it('a placeholder naming a file is only its text', async () => {
    const email = await render('{{ status_link }}', { ...SAMPLE_VARIABLES, status_link: 'package.json' });
    expect(email.text).toBe('package.json');
  });

  it.each(REMOVED_FILTERS)('the %s filter (unescaped output) is refused wherever it is used, and cannot run', async (filter) => {
    const refusal = `uses the "${filter}" filter, which email templates may not use: every value is escaped in the HTML part`;
    for (const body of [`{{ candidate.name | ${filter} }}`, `{{ candidate.name | upcase | ${filter} }}`, `{% assign s = candidate.name | ${filter} %}`, `{% echo candidate.name | ${filter} %}`]) {
      expect(checkBody(body)).toEqual([{ field: 'body', message: refusal }]);
    }
    expect(await failure(render(`{{ candidate.name | ${filter} }}`))).toBeInstanceOf(Error);
  });
});

describe('checking a template: syntax', () => {
  it('names an unknown filter as a syntax error, not as a removed one', () => {
    expect(checkBody('{{ candidate.name | exec }}')).toEqual([{ field: 'body', message: 'has a template syntax error: undefined filter: exec, line:1, col:1' }]);
    expect(checkBody('{{ candidate.name | rawx }}')).toEqual([{ field: 'body', message: 'has a template syntax error: undefined filter: rawx, line:1, col:1' }]);
  });

  it('names syntax errors in either part, with where they are', () => {
    expect(check({ subject: 'Hi {{ candidate.name', body: '{% if %}' })).toEqual([
      { field: 'subject', message: 'has a template syntax error: output "{{ candidate.name" not closed, line:1, col:4' },
      { field: 'body', message: 'has a template syntax error: invalid value expression: "", line:1, col:6' },
    ]);
  });

  it('quotes at most 200 characters of the engine message', () => {
    const [problem] = checkBody(`{% ${'x'.repeat(300)} %}`);
    expect(problem.message).toBe(`has a template syntax error: tag "${'x'.repeat(195)}`);
    expect(checkBody(`{% ${'x'.repeat(20)} %}`)[0].message).toBe(`has a template syntax error: tag "${'x'.repeat(20)}" not found, line:1, col:1`);
  });

  it('accepts the tags, filters and loop variables a template needs', () => {
    expect(check({ subject: 'Hi {{ candidate.first_name | capitalize }}', body: '{% if next_step %}{{ next_step.title }}{% endif %}{% for i in (1..3) %}{{ i }}{{ forloop.index }}{% endfor %}{% assign z = job.title | upcase %}{{ z }}{{ "now" | date: "%Y" }}' })).toEqual([]);
  });
});

describe('checking a template: placeholders', () => {
  it('names unknown placeholders once each and lists the available ones', () => {
    expect(checkBody('{{ candidate.email }} {{ secret }} {{ secret }} {{ candidate.name }}')).toEqual([
      { field: 'body', message: `uses unknown placeholder {{ candidate.email }}, {{ secret }}; ${AVAILABLE}` },
    ]);
  });

  it('names at most five, then counts the rest', () => {
    expect(checkBody('{{ a }}{{ b }}{{ c }}{{ d }}{{ e }}')[0].message).toBe(`uses unknown placeholder {{ a }}, {{ b }}, {{ c }}, {{ d }}, {{ e }}; ${AVAILABLE}`);
    expect(checkBody('{{ a }}{{ b }}{{ c }}{{ d }}{{ e }}{{ f }}{{ g }}')[0].message).toBe(`uses unknown placeholder {{ a }}, {{ b }}, {{ c }}, {{ d }}, {{ e }} and 2 more; ${AVAILABLE}`);
  });

  it('quotes at most 60 characters of each', () => {
    expect(checkBody(`{{ ${'y'.repeat(60)} }}`)[0].message).toBe(`uses unknown placeholder {{ ${'y'.repeat(60)} }}; ${AVAILABLE}`);
    expect(checkBody(`{{ ${'y'.repeat(61)} }}`)[0].message).toBe(`uses unknown placeholder {{ ${'y'.repeat(60)}… }}; ${AVAILABLE}`);
  });

  it('refuses reaching objects or functions behind the values', () => {
    for (const body of ['{{ candidate.constructor }}', '{{ candidate["__proto__"] }}', '{{ status_link.constructor.constructor }}']) {
      expect(checkBody(body)).toEqual([{ field: 'body', message: expect.stringMatching(/^uses unknown placeholder/) }]);
    }
  });

  it('checks the subject and the body alike', () => {
    expect(check({ subject: '{{ secret }}', body: '{{ other }}' }).map((p) => [p.field, p.message.slice(0, 40)])).toEqual([
      ['subject', 'uses unknown placeholder {{ secret }}; a'],
      ['body', 'uses unknown placeholder {{ other }}; av'],
    ]);
  });
});

describe('rendering: values', () => {
  it('escapes every value in the HTML part and keeps the text part and the subject plain', async () => {
    const name = '<img src=x onerror=alert(1)> & "Tom"';
    const email = await sandbox().render({ subject: 'Hi {{ candidate.name }}', body: 'Hi {{ candidate.name }}' }, { ...SAMPLE_VARIABLES, candidate: { name, first_name: 'Tom' } });
    expect(email).toEqual({
      subject: `Hi ${name}`,
      paragraphsHtml: ['Hi &lt;img src=x onerror=alert(1)&gt; &amp; "Tom"'],
      text: `Hi ${name}`,
    });
  });

  it("reads only a value's own properties", async () => {
    const candidate = Object.assign(Object.create({ secret: 'inherited' }), { name: 'Margaret' });
    expect((await render('{{ candidate.name }}|{{ candidate.secret }}', { candidate })).text).toBe('Margaret|');
  });

  it('renders a missing value as nothing rather than failing (next_step.title without a next step)', async () => {
    expect((await render('Next: {{ next_step.title }}.', { ...SAMPLE_VARIABLES, next_step: null })).text).toBe('Next: .');
  });

  it('fails on an unknown filter that skipped the check', async () => {
    expect(await failure(render('{{ "a" | exec }}'))).toBeInstanceOf(Error);
  });
});

describe('rendering: paragraphs and lines', () => {
  it('makes paragraphs of blank-line separated blocks, lines of single line breaks', async () => {
    expect(await render('One\r\n\r\nTwo\n \t\n  Three  \n  four\n\n\n\n')).toEqual({
      subject: 'Hello',
      paragraphsHtml: ['One', 'Two', 'Three<br />four'],
      text: 'One\n\nTwo\n\nThree\nfour',
    });
  });

  it('drops paragraphs left empty by conditions or by removed markup', async () => {
    expect(await render('{% if false %}x{% endif %}\n\n<img src="https://pixel.example/x.gif">\n\n<img src="https://a.example/a.gif"> <img src="https://b.example/b.gif">\n\nReal')).toEqual({
      subject: 'Hello',
      paragraphsHtml: ['Real'],
      text: 'Real',
    });
  });

  it('trims each paragraph before its markup is cleaned, and its text after', async () => {
    expect(await render('A\n\n\nB\n\n<img src="https://pixel.example/x.gif"> C')).toEqual({ subject: 'Hello', paragraphsHtml: ['A', 'B', ' C'], text: 'A\n\nB\n\nC' });
  });

  it('makes the subject one plain line of at most 300 characters', async () => {
    const subject = async (text: string) => (await sandbox().render({ subject: text, body: 'x' }, SAMPLE_VARIABLES)).subject;
    expect(await subject('  <b>Hi</b>\n  there &amp; {{ candidate.first_name }}  ')).toBe('Hi there & Margaret');
    expect(await subject('s'.repeat(300))).toBe('s'.repeat(300));
    expect(await subject('s'.repeat(301))).toBe('s'.repeat(300));
  });
});

describe(`rendering: output of at most ${RENDER_LIMITS.outputChars} characters per part`, () => {
  const long = (chars: number) => ({ ...SAMPLE_VARIABLES, message: 'x'.repeat(chars) });
  const renderMessage = (subject: string, body: string, chars: number) => sandbox().render({ subject, body }, long(chars));

  it('renders a body or subject exactly at the limit', async () => {
    expect((await renderMessage('x', '{{ message }}', RENDER_LIMITS.outputChars)).text).toHaveLength(RENDER_LIMITS.outputChars);
    expect((await renderMessage('{{ message }}', 'x', RENDER_LIMITS.outputChars)).subject).toHaveLength(300);
  });

  it('refuses one character more, in either part, saying it is the output limit', async () => {
    expect(await failure(renderMessage('x', '{{ message }}', RENDER_LIMITS.outputChars + 1))).toMatchObject({ message: 'output', output: true });
    expect(await failure(renderMessage('{{ message }}', 'x', RENDER_LIMITS.outputChars + 1))).toMatchObject({ message: 'output', output: true });
  });
});

describe("rendering: liquidjs' own budgets stop runaway templates that pass the check", () => {
  it.each([
    ['a flat range with cycle', "{% for i in (1..10000000) %}{% cycle 'a','b' %}{% endfor %}"],
    ['string doubling', '{% assign s = "xxxxxxxxxx" %}{% for i in (1..40) %}{% assign s = s | append: s %}{% endfor %}{{ s }}'],
    ['tablerow over a range', '{% tablerow i in (1..10000000) %}{{ i }}{% endtablerow %}'],
    ['a date filter with a huge width', '{{ "now" | date: "%99999999Y" }}'],
  ])('%s is stopped by the memory budget', async (_, body) => {
    expect(checkBody(body)).toEqual([]);
    expect(await failure(render(body))).toMatchObject({ message: expect.stringMatching(/^memory alloc limit exceeded/) });
  });

  it.each([
    ['nested ranges', '{% for a in (1..100000) %}{% for b in (1..100000) %}x{% endfor %}{% endfor %}'],
    ['three nested ranges', '{% for a in (1..1000) %}{% for b in (1..1000) %}{% for c in (1..1000) %}{{ c }}{% endfor %}{% endfor %}{% endfor %}'],
  ])('%s is stopped by the time budget', async (_, body) => {
    expect(checkBody(body)).toEqual([]);
    // A 20 ms budget instead of 250 ms, to keep the test quick.
    const started = performance.now();
    expect(await failure(sandbox({ ...LIMITS, engineRenderMs: 20 }).render({ subject: 'x', body }, {}))).toMatchObject({ message: expect.stringMatching(/^template render limit exceeded/) });
    expect(performance.now() - started).toBeLessThan(RENDER_LIMITS.timeoutMs);
  });

  it('a padded date filter is stopped by the output limit', async () => {
    expect(await failure(render('{{ "now" | date: "%1000000d" }}'))).toMatchObject({ output: true });
  });
});

describe("the HTML part keeps only the author's safe markup", () => {
  it.each([
    ['javascript: link', '<a href="javascript:alert(1)">click</a>', /javascript:/i],
    ['data: link', '<a href="data:text/html;base64,PHNjcmlwdD4=">click</a>', /data:/i],
    ['protocol-relative link', '<a href="//evil.example/x">click</a>', /evil\.example/],
    ['vbscript link with spaces', '<a href=" vbscript:msgbox(1)">click</a>', /vbscript/i],
    ['form', '<form action="https://evil.example"><input name="p"><button>Go</button></form>', /<form|<input|<button/i],
    ['iframe', '<iframe src="https://evil.example"></iframe>', /<iframe/i],
    ['script', '<script>alert(1)</script>', /<script|alert\(1\)/i],
    ['event handler', '<b onmouseover="alert(1)">hover</b>', /onmouseover/i],
    ['image beacon', '<img src="https://evil.example/pixel.gif">', /<img|evil\.example/],
    ['hidden text', '<span style="display:none">secret offer</span><p style="color:#fff;font-size:0">tiny</p>', /display:none|font-size:0|color:#fff/i],
    ['style sheet', '<style>p{display:none}</style>', /<style|display:none/i],
    ['svg', '<svg onload="alert(1)"><a xlink:href="javascript:alert(1)">x</a></svg>', /<svg|onload|javascript/i],
  ])('%s is made harmless', async (_, markup, forbidden) => {
    const email = await render(`Hello ${markup} {{ candidate.first_name }}`);
    expect(email.paragraphsHtml.join('')).not.toMatch(forbidden);
    expect(email.paragraphsHtml.join('')).toContain('Margaret');
  });

  it('keeps text formatting, lists, quotes and small headings, without attributes', () => {
    expect(sanitizeTemplateHtml('<strong>s</strong><b>b</b><em>e</em><i>i</i><u>u</u><br><ul><li>l</li></ul><ol><li>o</li></ol><blockquote>q</blockquote><h2>h2</h2><h3>h3</h3><span class="c" style="color:red">sp</span>')).toBe(
      '<strong>s</strong><b>b</b><em>e</em><i>i</i><u>u</u><br /><ul><li>l</li></ul><ol><li>o</li></ol><blockquote>q</blockquote><h2>h2</h2><h3>h3</h3><span>sp</span>',
    );
  });

  it('drops other tags but keeps their text', () => {
    expect(sanitizeTemplateHtml('<p>p</p><h1>h1</h1><div>d</div><table><tr><td>t</td></tr></table>')).toBe('ph1dt');
  });

  it('keeps http, https and mailto links, with our style, a new tab and no referrer', () => {
    const link = (href: string, text: string) => `<a href="${href}" style="color:#1d4e89" target="_blank" rel="noopener noreferrer">${text}</a>`;
    expect(sanitizeTemplateHtml('<a href="https://example.com/prep" style="color:red" class="x" target="_self" rel="opener">prep</a>')).toBe(link('https://example.com/prep', 'prep'));
    expect(sanitizeTemplateHtml('<a href="http://example.com">plain</a>')).toBe(link('http://example.com', 'plain'));
    expect(sanitizeTemplateHtml('<a href="HTTPS://EXAMPLE.COM">loud</a>')).toBe(link('HTTPS://EXAMPLE.COM', 'loud'));
    expect(sanitizeTemplateHtml('<a href="mailto:jobs@example.com">mail us</a>')).toBe(link('mailto:jobs@example.com', 'mail us'));
  });

  it('turns any other link, or one without an address, into plain text', () => {
    expect(sanitizeTemplateHtml('<a href="javascript:alert(1)">click</a> <a>nowhere</a> <a href="ftp://files.example">files</a>')).toBe('<span>click</span> <span>nowhere</span> <span>files</span>');
  });

  it('links bare web addresses in the text, but not inside a link', () => {
    const link = (href: string) => `<a href="${href}" style="color:#1d4e89" target="_blank" rel="noopener noreferrer">${href}</a>`;
    expect(sanitizeTemplateHtml('See https://example.com/a?x=1&y=2, or http://example.org.')).toBe(`See ${link('https://example.com/a?x=1&amp;y=2,')} or ${link('http://example.org.')}`);
    expect(sanitizeTemplateHtml('<a href="https://g.example">go to <b>https://h.example</b></a> then https://i.example')).toBe(
      `<a href="https://g.example" style="color:#1d4e89" target="_blank" rel="noopener noreferrer">go to <b>https://h.example</b></a> then ${link('https://i.example')}`,
    );
    expect(sanitizeTemplateHtml('<a href="https://g.example"><b>go</b> to https://h.example</a>')).toBe(
      '<a href="https://g.example" style="color:#1d4e89" target="_blank" rel="noopener noreferrer"><b>go</b> to https://h.example</a>',
    );
    expect(sanitizeTemplateHtml('<a href="https://g.example">go</a> then https://i.example')).toBe(
      `<a href="https://g.example" style="color:#1d4e89" target="_blank" rel="noopener noreferrer">go</a> then ${link('https://i.example')}`,
    );
    expect(sanitizeTemplateHtml('</a>https://f.example <a href="https://g.example">https://h.example</a>')).toBe(
      `${link('https://f.example')} <a href="https://g.example" style="color:#1d4e89" target="_blank" rel="noopener noreferrer">https://h.example</a>`,
    );
    expect(sanitizeTemplateHtml('Ask at ftp://files.example or mailto:jobs@example.com')).toBe('Ask at ftp://files.example or mailto:jobs@example.com');
  });
});

describe('the text part', () => {
  it('writes a link as its text and its address, once when they are the same', () => {
    expect(htmlToText('<a href="https://example.com/prep">prep</a>')).toBe('prep (https://example.com/prep)');
    expect(htmlToText('<a href="mailto:jobs@example.com">mail us</a>')).toBe('mail us (mailto:jobs@example.com)');
    expect(htmlToText('<a href=" https://x.example ">https://x.example</a>')).toBe('https://x.example');
    expect(htmlToText('<a href="https://y.example"> https://y.example </a>')).toBe(' https://y.example ');
  });

  it('never writes the address of an unsafe link, or of none', () => {
    expect(htmlToText('<a href="javascript:alert(1)">click</a> <a>here</a>')).toBe('click here');
  });

  it('keeps the address of a link whose text is formatted', () => {
    expect(htmlToText('<a href="https://example.com/prep"><b>Bold</b> prep</a> and <i>more</i>')).toBe('Bold prep (https://example.com/prep) and more');
  });

  it('closes nested links in order', () => {
    expect(htmlToText('<a href="https://o.example">o <a href="https://i.example">i</a> o2</a>')).toBe('o i (https://i.example) o2 (https://o.example)');
  });

  it('drops scripts and style sheets with their contents, and stray closing tags', () => {
    expect(htmlToText('a<script>alert(1)</script>b<style>p{}</style>c')).toBe('abc');
    expect(htmlToText('a</script>b<style>hidden</style>c')).toBe('abc');
  });

  it('breaks lines at <br> and decodes entities', () => {
    expect(htmlToText('a<br>b<br/>c')).toBe('a\nb\nc');
    expect(htmlToText('&amp; &lt;b&gt; &#39; &quot;')).toBe('& <b> \' "');
  });

  it('is what the rendered body says, paragraph by paragraph', async () => {
    expect((await render('<strong>Bold</strong> <a href="https://example.com/prep">prep</a>\n\nVisit {{ status_link }}')).text).toBe(
      `Bold prep (https://example.com/prep)\n\nVisit ${SAMPLE_VARIABLES.status_link}`,
    );
  });
});

const OUTCOMES = ['HIRED', 'REJECTED', 'WITHDRAWN'];

describe("Candor's default stage emails", () => {
  it.each(STAGE_KINDS)('%s passes the checks an organization template must pass', (kind) => {
    expect(templateLengthProblems(DEFAULT_TEMPLATES[kind])).toEqual([]);
    expect(sandbox().check(DEFAULT_TEMPLATES[kind])).toEqual([]);
  });

  it.each(STAGE_KINDS)('%s greets the candidate, names the job, passes the message on and signs with the organization', async (kind) => {
    const email = await sandbox().render(DEFAULT_TEMPLATES[kind], SAMPLE_VARIABLES);
    expect(email.subject).not.toMatch(/\{|\}|\n/);
    expect(`${email.subject} ${email.text}`).toContain(SAMPLE_VARIABLES.job.title);
    expect(email.text).toMatch(/^Hi Margaret,\n\n/);
    expect(email.text).toContain(SAMPLE_VARIABLES.message);
    expect(email.text).toMatch(/\n\nWarm regards,\nNorthwind Studio$/);
    expect(email.paragraphsHtml[0]).toBe('Hi Margaret,');
  });

  it.each(STAGE_KINDS.filter((kind) => !OUTCOMES.includes(kind)))('%s says when the candidate will hear back and links the status page', async (kind) => {
    const email = await sandbox().render(DEFAULT_TEMPLATES[kind], SAMPLE_VARIABLES);
    expect(email.text).toContain('You will hear back from us by Friday, December 4, 2026 at the latest.');
    expect(email.text).toContain(`Your status page shows where you stand and what comes next at any time: ${SAMPLE_VARIABLES.status_link}`);
  });

  it.each(['SCREEN', 'INTERVIEW', 'ASSESSMENT', 'ONSITE'] as const)('%s names the next dated step and when it is', async (kind) => {
    const email = await sandbox().render(DEFAULT_TEMPLATES[kind], SAMPLE_VARIABLES);
    expect(email.text).toContain(`Next: ${SAMPLE_VARIABLES.next_step!.title}, ${SAMPLE_VARIABLES.next_step!.when}.`);
  });

  it.each(STAGE_KINDS)('%s leaves out the sentences whose values are missing', async (kind) => {
    const email = await sandbox().render(DEFAULT_TEMPLATES[kind], { ...SAMPLE_VARIABLES, promised_date: '', message: '', next_step: null });
    expect(email.text).not.toMatch(/hear back|Next:|\n\n\n/);
    expect(email.text).not.toContain(SAMPLE_VARIABLES.message);
    expect(email.paragraphsHtml.every((p) => p.trim().length > 0)).toBe(true);
  });

  it('tells a rejected candidate respectfully, without promising anything more', async () => {
    const email = await sandbox().render(DEFAULT_TEMPLATES.REJECTED, SAMPLE_VARIABLES);
    expect(email.subject).toBe('Your application for Product Designer');
    expect(email.text).toContain('we have decided not to move forward with your application this time');
    expect(email.text).not.toMatch(/hear back|Next:/);
  });
});

// The placeholders themselves are listed in template-variables.ts (template-variables.spec.ts).
describe('the sample values used for previews', () => {
  it('fill every placeholder', async () => {
    const body = Object.keys(TEMPLATE_VARIABLES).map((name) => `${name}=[{{ ${name} }}]`).join('\n\n');
    expect(sandbox().check({ subject: 'x', body })).toEqual([]);
    const { text } = await sandbox().render({ subject: 'x', body }, SAMPLE_VARIABLES);
    expect(text).toContain('candidate.first_name=[Margaret]');
    expect(text).toContain(`next_step.when=[${SAMPLE_VARIABLES.next_step!.when}]`);
    expect(text).not.toContain('=[]');
  });
});
