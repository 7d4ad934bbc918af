import { renderStageEmail } from '../render-email';
import { REMOVED_FILTERS, REMOVED_TAGS, RENDER_LIMITS } from '../template-engine';
import { TemplateRenderer, TemplateRenderError } from '../template-renderer';
import { SAMPLE_VARIABLES } from '../template-variables';

const options = { unsubscribeUrl: 'https://candor.example.com/email/unsubscribe/abc' };
const renderer = new TemplateRenderer();
afterAll(() => renderer.close());
const templateProblems = (template: { subject: string; body: string }) => renderer.check(template);

/** The body paragraphs of the HTML part (the layout's own preheader and footer left out). */
const bodyOf = (html: string) => html.slice(html.indexOf('<p style="margin:0 0 16px">'), html.lastIndexOf('</p>') + 4);
const render = (body: string, variables = SAMPLE_VARIABLES) => renderStageEmail(renderer, { subject: 'Hello', body }, variables, options);

describe('the sealed engine: no template reaches a file or another template', () => {
  const files = ['.data/secret-key', 'package.json', '.git/config', '.data/postgres-password', '/etc/passwd', '../../../etc/hostname'];
  const loaders = REMOVED_TAGS.flatMap((tag) => files.map((file) => [tag, file] as const));

  it.each(loaders)('{%% %s "%s" %%} is refused at save, naming the field', async (tag, file) => {
    for (const source of [`{% ${tag} '${file}' %}`, `{% ${tag} "${file}" %}x{% end${tag} %}`, `{% liquid\n${tag} '${file}' %}`, `{%- ${tag} '${file}' -%}`]) {
      const problems = await templateProblems({ subject: 'Hi', body: source });
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatchObject({ field: 'body', message: expect.stringMatching(new RegExp(`{% ${tag} %}.*may not use`)) });
    }
    expect((await templateProblems({ subject: `{% ${tag} '${file}' %}`, body: 'x' }))[0]).toMatchObject({ field: 'subject' });
  });

  it.each(REMOVED_TAGS)('{%% %s %%} cannot run even when it skips the save check (rendered directly)', async (tag) => {
    await expect(render(`{% ${tag} 'package.json' %}`)).rejects.toBeInstanceOf(TemplateRenderError);
  });

  it('a placeholder naming a file is only its text', async () => {
    const email = await render('{{ status_link }}', { ...SAMPLE_VARIABLES, status_link: 'package.json' });
    expect(email.text).toContain('package.json');
    expect(email.text).not.toContain('"name"');
  });

  it.each(REMOVED_FILTERS)('the %s filter (unescaped output) is refused at save and at render', async (filter) => {
    expect((await templateProblems({ subject: 'x', body: `{{ candidate.name | ${filter} }}` }))[0]).toMatchObject({ field: 'body', message: expect.stringMatching(/filter/) });
    await expect(render(`{{ candidate.name | ${filter} }}`)).rejects.toBeInstanceOf(TemplateRenderError);
  });
});

describe('the sealed engine: hard limits', () => {
  const runaway: [string, string][] = [
    ['a flat range with cycle', "{% for i in (1..10000000) %}{% cycle 'a','b' %}{% endfor %}"],
    ['nested ranges', '{% for a in (1..100000) %}{% for b in (1..100000) %}x{% endfor %}{% endfor %}'],
    ['three nested ranges', '{% for a in (1..1000) %}{% for b in (1..1000) %}{% for c in (1..1000) %}{{ c }}{% endfor %}{% endfor %}{% endfor %}'],
    ['string doubling', '{% assign s = "xxxxxxxxxx" %}{% for i in (1..40) %}{% assign s = s | append: s %}{% endfor %}{{ s }}'],
    ['tablerow over a range', '{% tablerow i in (1..10000000) %}{{ i }}{% endtablerow %}'],
    ['a long capture', '{% capture s %}{% for i in (1..3000000) %}abc{% endfor %}{% endcapture %}{{ s }}'],
    ['output beyond the size limit', `{% for i in (1..${RENDER_LIMITS.outputChars}) %}ab{% endfor %}`],
    ['a date filter with a huge width', '{{ "now" | date: "%99999999Y" }}'],
    ['a padded strftime', '{{ "now" | date: "%1000000d" }}'],
  ];

  it.each(runaway)('%s passes the syntax check but is stopped when rendered', async (_, body) => {
    expect(await templateProblems({ subject: 'x', body })).toEqual([]);
    const error = await render(body).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TemplateRenderError);
    expect((error as TemplateRenderError).message).not.toContain('x'.repeat(20));
  });

  it('a render that outlives the time limit is aborted and its thread replaced', async () => {
    const impatient = new TemplateRenderer({ timeoutMs: 1, threads: 1 });
    try {
      const error = await renderStageEmail(impatient, { subject: 'x', body: '{% for a in (1..3000) %}{{ a }}{% endfor %}' }, SAMPLE_VARIABLES, options).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TemplateRenderError);
      expect((error as TemplateRenderError).reason).toBe('TIMEOUT');
    } finally {
      await impatient.close();
    }
    // The shared renderer still renders normally afterwards.
    expect((await render('Hi {{ candidate.first_name }}')).text).toContain('Hi Margaret');
  });

  it('failures name the kind of limit, never the rendered values', async () => {
    const error = (await render(`{% for i in (1..${Math.ceil(RENDER_LIMITS.outputChars / 40)}) %}{{ status_link }}{% endfor %}`).catch((e: unknown) => e)) as TemplateRenderError;
    expect(error.reason).toBe('OUTPUT');
    expect(error.message).not.toContain(SAMPLE_VARIABLES.status_link);
    expect(error.stack ?? '').not.toContain(SAMPLE_VARIABLES.status_link);
  });
});

describe("the author's markup in the HTML part", () => {
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
    const body = bodyOf(email.html);
    expect(body).not.toMatch(forbidden);
    expect(body).toContain('Margaret');
  });

  it('keeps allowed formatting and safe links, with our own style', async () => {
    const email = await render('<strong>Bold</strong> <em>it</em> <a href="https://example.com/prep" style="color:red" class="x">prep</a> <a href="mailto:jobs@example.com">mail us</a>');
    expect(email.html).toContain('<strong>Bold</strong>');
    expect(email.html).toContain('<a href="https://example.com/prep" style="color:#1d4e89" target="_blank" rel="noopener noreferrer">prep</a>');
    expect(email.html).toContain('href="mailto:jobs@example.com"');
    expect(email.html).not.toMatch(/color:red|class="x"/);
    expect(email.text).toContain('prep (https://example.com/prep)');
    expect(email.text).toContain('mail us (mailto:jobs@example.com)');
  });

  it('a value full of markup is text in both parts, in the subject too', async () => {
    const name = '<a href="https://evil.example">Tom</a> & <b>Jerry</b>';
    const email = await renderStageEmail(renderer, { subject: 'Hi {{ candidate.name }}', body: 'Hi {{ candidate.name }}' }, { ...SAMPLE_VARIABLES, candidate: { name, first_name: 'Tom' } }, options);
    expect(email.subject).toBe(`Hi ${name}`);
    expect(email.text).toContain(`Hi ${name}`);
    expect(email.html).toContain('&lt;a href=&quot;https://evil.example&quot;&gt;Tom&lt;/a&gt; &amp; &lt;b&gt;Jerry&lt;/b&gt;');
    expect(bodyOf(email.html)).not.toMatch(/>Tom<\/a>|<b>Jerry/);
  });
});

describe('the sealed engine: nothing about a hostile template runs on the caller\'s thread', () => {
  /** Measures how long the caller's event loop is held while `work` runs. */
  async function longestStall(work: () => Promise<unknown>): Promise<number> {
    let longest = 0;
    let last = performance.now();
    const timer = setInterval(() => {
      const now = performance.now();
      longest = Math.max(longest, now - last);
      last = now;
    }, 5);
    try {
      await work().catch(() => undefined);
    } finally {
      clearInterval(timer);
    }
    return longest;
  }

  it('unclosed links repeated (catastrophic for a backtracking expression) render within the limits, off the event loop', async () => {
    const body = `Hello {{ candidate.first_name }} {% for i in (1..3000) %}<a href=https:{% endfor %}`;
    expect(await templateProblems({ subject: 'x', body })).toEqual([]);
    const stall = await longestStall(() => render(body));
    expect(stall).toBeLessThan(RENDER_LIMITS.timeoutMs);
  });

  it('deeply nested placeholders are checked off the event loop, and the refusal stays short', async () => {
    const body = `{{a${'[a'.repeat(2500)}${']'.repeat(2500)}}}`;
    let problems: { field: string; message: string }[] = [];
    const stall = await longestStall(async () => {
      problems = await templateProblems({ subject: 'x', body }).catch((error: unknown) => [{ field: 'body', message: String(error) }]);
    });
    expect(stall).toBeLessThan(RENDER_LIMITS.timeoutMs);
    expect(problems[0]?.field).toBe('body');
    expect(problems[0].message.length).toBeLessThan(1000);
  });

  it('a busy pool answers BUSY (never blames the template) once its queue is full', async () => {
    const small = new TemplateRenderer({ threads: 1, maxQueued: 2 });
    try {
      const slow = '{% for a in (1..100000) %}{% for b in (1..100000) %}x{% endfor %}{% endfor %}';
      // A running pool (its thread started), as the API's is.
      await small.render({ subject: 'x', body: 'y' }, SAMPLE_VARIABLES);
      const answers = await Promise.all(
        Array.from({ length: 6 }, () => small.render({ subject: 'x', body: slow }, SAMPLE_VARIABLES).catch((e: unknown) => (e as TemplateRenderError).reason)),
      );
      expect(answers).toContain('BUSY');
      expect(answers.filter((a) => a !== 'BUSY').every((a) => a === 'LIMIT' || a === 'TIMEOUT')).toBe(true);
    } finally {
      await small.close();
    }
  });

  it("renders Candor's own templates in-process, so an email never waits for a busy pool", async () => {
    const email = await renderStageEmail(renderer, { subject: 'Hi {{ candidate.first_name }}', body: 'Hello {{ candidate.name }}' }, SAMPLE_VARIABLES, { ...options, trusted: true });
    expect(email.text).toContain('Hello Margaret Okafor');
  });

  it('the time limit starts when a thread picks a task up: slow filters are stopped, and a valid template behind them still renders', async () => {
    const one = new TemplateRenderer({ threads: 1 });
    try {
      await one.render({ subject: 'x', body: 'y' }, SAMPLE_VARIABLES);
      // A single filter call over a long range: liquidjs' own render limit cannot interrupt it.
      const slow = { subject: 'x', body: '{% assign r = (1..1000000) %}{{ r | where: "x" | size }} done' };
      const answers = await Promise.all([
        one.render(slow, SAMPLE_VARIABLES).then(() => 'rendered', (e: TemplateRenderError) => e.reason),
        one.render(slow, SAMPLE_VARIABLES).then(() => 'rendered', (e: TemplateRenderError) => e.reason),
        one.render({ subject: 'Hi', body: 'Hello {{ candidate.first_name }}' }, SAMPLE_VARIABLES).then(() => 'rendered', (e: TemplateRenderError) => e.reason),
      ]);
      expect(answers).toEqual(['TIMEOUT', 'TIMEOUT', 'rendered']);
    } finally {
      await one.close();
    }
  }, 20_000);

  it('a task that cannot get a thread in time answers BUSY', async () => {
    const one = new TemplateRenderer({ threads: 1 });
    try {
      await one.render({ subject: 'x', body: 'y' }, SAMPLE_VARIABLES);
      const slow = { subject: 'x', body: '{% assign r = (1..1000000) %}{{ r | where: "x" | size }}' };
      const first = one.render(slow, SAMPLE_VARIABLES).catch((e: TemplateRenderError) => e.reason);
      const waiting = await one.render({ subject: 'Hi', body: 'Hello' }, SAMPLE_VARIABLES, { maxWaitMs: 100 }).then(() => 'rendered', (e: TemplateRenderError) => e.reason);
      expect(waiting).toBe('BUSY');
      expect(await first).toBe('TIMEOUT');
    } finally {
      await one.close();
    }
  }, 20_000);
});
