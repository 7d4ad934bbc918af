/**
 * The renderer's worker threads: they give the sealed engine's answers (template-sandbox.spec.ts
 * tests the engine itself, in-process), and do what only threads can: a hard time limit, a busy
 * pool that answers BUSY, and an event loop that never waits for a hostile template.
 * These tests are also the behavioural cover of template-worker.cjs, which Stryker cannot mutate
 * (it runs only in worker threads). They state expected answers rather than comparing with an
 * in-process render, so that they run no sandbox code on the test's own thread.
 */
import { DEFAULT_TEMPLATES } from '../default-templates';
import { RENDER_LIMITS } from '../template-engine';
import { TEMPLATE_FAILURE_MESSAGES, TemplateFailure, TemplateRenderer, TemplateRenderError, templateRuntimeProblems } from '../template-renderer';
import { sampleVariables, TEMPLATE_VARIABLES } from '../template-variables';

const SAMPLE_VARIABLES = sampleVariables('https://candor.example.com');

type Template = { subject: string; body: string };

/** Keeps its thread busy for seconds: a single filter call that liquidjs cannot interrupt. */
const SLOW: Template = { subject: 'x', body: '{% assign r = (1..1000000) %}{{ r | where: "x" | size }}' };
/** Keeps its thread busy for about 250 ms, until liquidjs' own time budget stops it (LIMIT). */
const BUSY_250_MS: Template = { subject: 'x', body: '{% for a in (1..100000) %}{% for b in (1..100000) %}x{% endfor %}{% endfor %}' };
/** Stopped by liquidjs' memory budget within milliseconds (LIMIT). */
const HUNGRY: Template = { subject: 'x', body: "{% for i in (1..10000000) %}{% cycle 'a','b' %}{% endfor %}" };
const HELLO: Template = { subject: 'Hi', body: 'Hello {{ candidate.first_name }}' };
const AVAILABLE = `available: ${Object.keys(TEMPLATE_VARIABLES).join(', ')}`;

const reasonOf = (promise: Promise<unknown>) => promise.then(() => 'rendered', (error: TemplateRenderError) => error.reason);
const hello = (renderer: TemplateRenderer, options?: { maxWaitMs?: number }) => reasonOf(renderer.render(HELLO, SAMPLE_VARIABLES, options));

/** Runs `test` with a renderer of its own (made inside the test), closed afterwards. */
async function withRenderer(options: ConstructorParameters<typeof TemplateRenderer>[0], test: (renderer: TemplateRenderer) => Promise<void>): Promise<void> {
  const renderer = new TemplateRenderer(options);
  try {
    await test(renderer);
  } finally {
    await renderer.close();
  }
}

/** A renderer shared by the tests of one describe block. */
function sharedRenderer(options?: ConstructorParameters<typeof TemplateRenderer>[0]): () => TemplateRenderer {
  let renderer: TemplateRenderer;
  beforeAll(() => {
    renderer = new TemplateRenderer(options);
  });
  afterAll(() => renderer.close());
  return () => renderer;
}

/** How long the caller's event loop is held, at most, while `work` runs. */
async function longestStall(work: () => Promise<unknown>): Promise<number> {
  let longest = 0;
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 5);
  try {
    await work();
  } finally {
    clearInterval(timer);
  }
  return longest;
}

/** Whether `promise` is still unanswered once the current round of callbacks is done. */
const isPending = (promise: Promise<unknown>) => Promise.race([promise.then(() => false, () => false), new Promise<boolean>((resolve) => setImmediate(() => resolve(true)))]);

describe('a default pool', () => {
  it('renders in worker threads, and takes 2 running and 32 waiting tasks before it answers BUSY at once', async () => {
    await withRenderer(undefined, async (renderer) => {
      expect(await hello(renderer)).toBe('rendered');
      const accepted = Array.from({ length: 2 + 32 }, () => reasonOf(renderer.render(SLOW, SAMPLE_VARIABLES, { maxWaitMs: 60_000 })));
      const refused = hello(renderer, { maxWaitMs: 60_000 });
      expect(await isPending(accepted[accepted.length - 1])).toBe(true);
      expect(await isPending(refused)).toBe(false);
      expect(await refused).toBe('BUSY');
    });
  });
});

describe('the worker threads give the sealed engine its answers', () => {
  const renderer = sharedRenderer();

  it("find no problem in Candor's default templates", async () => {
    for (const template of Object.values(DEFAULT_TEMPLATES)) expect(await renderer().check(template)).toEqual([]);
  });

  it.each([
    ['a loading tag', { subject: 'Hi', body: "{% include '.data/secret-key' %}" }, [{ field: 'body', message: 'uses {% include %}, which email templates may not use: a template cannot load other files or templates' }]],
    ['a loading tag in the subject', { subject: "{% render 'package.json' %}", body: 'x' }, [{ field: 'subject', message: 'uses {% render %}, which email templates may not use: a template cannot load other files or templates' }]],
    ['the raw filter', { subject: 'x', body: '{{ candidate.name | raw }}' }, [{ field: 'body', message: 'uses the "raw" filter, which email templates may not use: every value is escaped in the HTML part' }]],
    ['an unknown placeholder', { subject: 'x', body: '{{ candidate.email }}' }, [{ field: 'body', message: `uses unknown placeholder {{ candidate.email }}; ${AVAILABLE}` }]],
    [
      'syntax errors',
      { subject: 'Hi {{ candidate.name', body: '{% if %}' },
      [
        { field: 'subject', message: 'has a template syntax error: output "{{ candidate.name" not closed, line:1, col:4' },
        { field: 'body', message: 'has a template syntax error: invalid value expression: "", line:1, col:6' },
      ],
    ],
  ])('name %s with its field', async (_, template, problems) => {
    expect(await renderer().check(template)).toEqual(problems);
  });

  it('render hostile markup and values into safe parts', async () => {
    const template = { subject: '<b>Hi</b> {{ candidate.name }}', body: '<script>alert(1)</script><a href="javascript:x">click</a> {{ candidate.name }}\n\nSee https://example.com/prep' };
    expect(await renderer().render(template, { ...SAMPLE_VARIABLES, candidate: { name: '<img src=x onerror=alert(1)>', first_name: 'x' } })).toEqual({
      subject: 'Hi <img src=x onerror=alert(1)>',
      paragraphsHtml: [
        '<span>click</span> &lt;img src=x onerror=alert(1)&gt;',
        'See <a href="https://example.com/prep" style="color:#1d4e89" target="_blank" rel="noopener noreferrer">https://example.com/prep</a>',
      ],
      text: 'click <img src=x onerror=alert(1)>\n\nSee https://example.com/prep',
    });
  });

  const secret = `https://candor.example.com/status#${'s'.repeat(RENDER_LIMITS.outputChars)}`;
  it.each([
    ['OUTPUT', 'more output than the limit', { subject: 'x', body: '{{ status_link }}' }],
    ['LIMIT', "liquidjs' memory budget", HUNGRY],
    ['LIMIT', "liquidjs' time budget", BUSY_250_MS],
    ['ERROR', 'a tag that cannot run', { subject: 'x', body: "{% include 'package.json' %}{{ status_link }}" }],
    ['ERROR', 'an unknown filter', { subject: 'x', body: '{{ status_link | exec }}' }],
  ] as [TemplateFailure, string, Template][])('fail with %s for %s, never quoting the rendered values', async (reason, _, template) => {
    const error = await renderer()
      .render(template, { ...SAMPLE_VARIABLES, status_link: secret })
      .then(() => null, (e: unknown) => e as TemplateRenderError);
    expect(error).toBeInstanceOf(TemplateRenderError);
    expect(error).toMatchObject({ name: 'TemplateRenderError', reason, message: TEMPLATE_FAILURE_MESSAGES[reason] });
    expect(`${error?.message} ${error?.stack}`).not.toContain('#sss');
  });

  it('explain each kind of failure to the person editing the template', () => {
    expect(TEMPLATE_FAILURE_MESSAGES.TIMEOUT).toBe('takes too long to render (the limit is 1 s); remove long loops');
    expect(TEMPLATE_FAILURE_MESSAGES.OUTPUT).toBe('renders to more than 100,000 characters');
  });

  it('find no runtime problem in a template that renders', async () => {
    expect(await templateRuntimeProblems(renderer(), HELLO, SAMPLE_VARIABLES)).toEqual([]);
  });

  it('name the body as the runtime problem when the body alone fails, and the subject when the subject does', async () => {
    expect(await templateRuntimeProblems(renderer(), HUNGRY, SAMPLE_VARIABLES)).toEqual([{ field: 'body', message: TEMPLATE_FAILURE_MESSAGES.LIMIT }]);
    expect(await templateRuntimeProblems(renderer(), { subject: '{{ status_link | exec }}', body: HUNGRY.body }, SAMPLE_VARIABLES)).toEqual([
      { field: 'subject', message: TEMPLATE_FAILURE_MESSAGES.ERROR },
    ]);
  });
});

describe('the time limit', () => {
  const timeoutMs = 100;
  const renderer = sharedRenderer({ timeoutMs, threads: 1 });

  it("aborts a render that outlives it without holding the caller's event loop, and replaces the thread", async () => {
    expect(await hello(renderer())).toBe('rendered');
    let reason = '';
    const stall = await longestStall(async () => {
      reason = await reasonOf(renderer().render(SLOW, SAMPLE_VARIABLES));
    });
    expect(reason).toBe('TIMEOUT');
    expect(stall).toBeLessThan(timeoutMs);
    expect(await hello(renderer())).toBe('rendered');
  });

  it('aborts a check that outlives it too (deeply nested placeholders), off the event loop', async () => {
    let reason = '';
    const stall = await longestStall(async () => {
      reason = await reasonOf(renderer().check({ subject: 'x', body: `{{a${'[a'.repeat(2500)}${']'.repeat(2500)}}}` }));
    });
    expect(reason).toBe('TIMEOUT');
    expect(stall).toBeLessThan(timeoutMs);
  });

  it('starts when a thread picks a task up: tasks queued behind a slow one keep their whole time', async () => {
    const answers = await Promise.all([reasonOf(renderer().render(SLOW, SAMPLE_VARIABLES)), reasonOf(renderer().render(SLOW, SAMPLE_VARIABLES)), hello(renderer())]);
    expect(answers).toEqual(['TIMEOUT', 'TIMEOUT', 'rendered']);
  });
});

describe('a pool whose one thread is taken and which keeps no queue', () => {
  let renderer: TemplateRenderer;
  let running: Promise<string>;
  beforeEach(() => {
    renderer = new TemplateRenderer({ threads: 1, maxQueued: 0 });
    running = reasonOf(renderer.render(SLOW, SAMPLE_VARIABLES));
  });
  afterEach(() => renderer.close());

  it('answers BUSY at once, however long a task would wait', async () => {
    expect(await hello(renderer, { maxWaitMs: 60_000 })).toBe('BUSY');
    expect(await reasonOf(renderer.check(HELLO))).toBe('BUSY');
  });

  it("still renders Candor's own templates, in-process", async () => {
    expect(await renderer.renderTrusted(HELLO, SAMPLE_VARIABLES)).toEqual({ subject: 'Hi', paragraphsHtml: ['Hello Margaret'], text: 'Hello Margaret' });
  });

  it('still refuses an empty or too long template, which needs no thread', async () => {
    expect(await renderer.check({ subject: ' ', body: 'x' })).toEqual([{ field: 'subject', message: 'must not be empty' }]);
    expect(await renderer.check({ subject: 'x', body: 'y'.repeat(10_001) })).toEqual([{ field: 'body', message: 'must be at most 10000 characters' }]);
  });

  it('passes BUSY on when looking for runtime problems: a busy pool says nothing about the template', async () => {
    await expect(templateRuntimeProblems(renderer, HELLO, SAMPLE_VARIABLES)).rejects.toMatchObject({ reason: 'BUSY' });
  });

  it('answers BUSY for the task it was running when it is closed', async () => {
    await renderer.close();
    expect(await running).toBe('BUSY');
  });
});

describe('a pool of one thread and no queue', () => {
  it('never counts finished tasks as waiting', async () => {
    await withRenderer({ threads: 1, maxQueued: 0 }, async (renderer) => {
      for (let i = 0; i < 3; i += 1) expect(await hello(renderer)).toBe('rendered');
      for (let i = 0; i < 2; i += 1) expect(await reasonOf(renderer.render(HUNGRY, SAMPLE_VARIABLES))).toBe('LIMIT');
      expect(await renderer.check(HELLO)).toEqual([]);
      expect(await hello(renderer)).toBe('rendered');
    });
  });
});

describe('a task waiting for a thread', () => {
  it('answers BUSY when it waits longer than its maxWaitMs', async () => {
    await withRenderer({ threads: 1 }, async (renderer) => {
      const running = reasonOf(renderer.render(SLOW, SAMPLE_VARIABLES));
      const started = performance.now();
      expect(await hello(renderer, { maxWaitMs: 50 })).toBe('BUSY');
      expect(performance.now() - started).toBeGreaterThanOrEqual(45);
      await renderer.close();
      expect(await running).toBe('BUSY');
    });
  });

  it('no longer counts maxWaitMs once a thread has it: only the time limit does', async () => {
    await withRenderer({ threads: 1, timeoutMs: 100 }, async (renderer) => {
      expect(await hello(renderer)).toBe('rendered');
      expect(await reasonOf(renderer.render(SLOW, SAMPLE_VARIABLES, { maxWaitMs: 20 }))).toBe('TIMEOUT');
    });
  });
});

