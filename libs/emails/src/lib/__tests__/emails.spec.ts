/**
 * The emails as they are sent: the layout, stage emails, step emails and team notices, read by
 * their subjects, their HTML parts (slot by slot) and their plain-text parts. One file, so that
 * the MJML compiler loads once per run.
 */
import { escapeHtml, renderLayout } from '../layout';
import { preheaderOf, renderStageEmail } from '../render-email';
import { renderStepEmail, StepEmailVariables } from '../step-email';
import { renderTeamNotice } from '../team-notice';
import type { RenderedTemplate, TemplateRenderer } from '../template-renderer';
import { sampleVariables } from '../template-variables';

const SAMPLE_VARIABLES = sampleVariables('https://candor.example.com');

/** The slots of a rendered layout, as a mail client shows them. */
function read(html: string) {
  const slot = (colour: string) => new RegExp(`color:${colour};"\\s*>([\\s\\S]*?)</div>\\s*</td>`).exec(html)?.[1];
  const button = /<a\s+href="([^"]*)"[^>]*target="_blank"\s*>\s*([\s\S]*?)\s*<\/a>/.exec(html);
  return {
    title: /<title>([\s\S]*?)<\/title>/.exec(html)?.[1],
    preheader: /<div style="display:none;[^"]*">([\s\S]*?)<\/div>/.exec(html)?.[1],
    header: slot('#3e4c59'),
    body: slot('#1f2933'),
    footer: slot('#616e7c'),
    button: button ? { url: button[1], label: button[2] } : null,
  };
}

/** The words a reader sees in the email's body (no head, no markup). */
const visibleText = (html: string) =>
  html
    .replace(/<head>[\s\S]*<\/head>/, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

const paragraph = (html: string) => `<p style="margin:0 0 16px">${html}</p>`;

describe('the layout', () => {
  const slots = { title: 'Title', preheader: 'Preheader', header: 'Header', bodyHtml: '<p>Body</p>', footerHtml: 'Footer <a href="https://x.example">x</a>' };

  it('puts each slot in its place, with a button when there is one', async () => {
    expect(read(await renderLayout({ ...slots, button: { url: 'https://candor.example.com/status#t', label: 'See your status page' } }))).toEqual({
      title: 'Title',
      preheader: 'Preheader',
      header: 'Header',
      body: '<p>Body</p>',
      footer: 'Footer <a href="https://x.example">x</a>',
      button: { url: 'https://candor.example.com/status#t', label: 'See your status page' },
    });
    const withoutButton = await renderLayout(slots);
    expect(read(withoutButton).button).toBeNull();
    expect(visibleText(withoutButton)).toBe('Preheader Header Body Footer x');
  });

  it('escapes the text slots and the button, and takes the body and footer as safe HTML', async () => {
    const hostile = `<b>"Tom" & 'Jerry'</b>`;
    const escaped = '&lt;b&gt;&quot;Tom&quot; &amp; &#39;Jerry&#39;&lt;/b&gt;';
    expect(read(await renderLayout({ ...slots, title: hostile, preheader: hostile, header: hostile, button: { url: 'https://x.example/?a=1&b="2"', label: hostile } }))).toMatchObject({
      title: escaped,
      preheader: escaped,
      header: escaped,
      button: { url: 'https://x.example/?a=1&amp;b=&quot;2&quot;', label: escaped },
    });
  });

  it('fills the slots in one pass: a value that names a slot stays text', async () => {
    const html = await renderLayout({ ...slots, title: '%%CANDOR_FOOTER%%', bodyHtml: '%%CANDOR_TITLE%%' });
    expect(read(html)).toMatchObject({ title: '%%CANDOR_FOOTER%%', body: '%%CANDOR_TITLE%%', footer: slots.footerHtml });
  });

  it('escapes the five characters that matter in HTML text and attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
    expect(escapeHtml('&&<<>>""\'\'')).toBe('&amp;&amp;&lt;&lt;&gt;&gt;&quot;&quot;&#39;&#39;');
    expect(escapeHtml('plain text')).toBe('plain text');
  });
});

describe('stage emails', () => {
  const parts: RenderedTemplate = { subject: 'Next step for Product Designer', paragraphsHtml: ['Hi Margaret,', 'See <a href="https://example.com">prep</a>'], text: 'Hi Margaret,\n\nSee prep (https://example.com)' };
  const options = { unsubscribeUrl: 'https://candor.example.com/email/unsubscribe?t=a&u=b' };
  const template = { subject: 'Next step for {{ job.title }}', body: 'Hi {{ candidate.first_name }},' };

  /** A renderer that answers with `parts` and records which path was asked (the paths themselves: template-renderer.spec.ts). */
  function rendererGiving(answer: RenderedTemplate) {
    const calls: string[] = [];
    const renderer = {
      render: async (_template: object, _variables: object, options: { maxWaitMs?: number }) => {
        calls.push(`worker, waiting at most ${options.maxWaitMs} ms`);
        return answer;
      },
      renderTrusted: async () => {
        calls.push('in-process');
        return answer;
      },
    } as unknown as TemplateRenderer;
    return { renderer, calls };
  }

  it("renders an organization's template in a worker, waiting as long as the caller allows", async () => {
    const { renderer, calls } = rendererGiving(parts);
    await renderStageEmail(renderer, template, SAMPLE_VARIABLES, { ...options, maxWaitMs: 1000 });
    await renderStageEmail(renderer, template, SAMPLE_VARIABLES, options);
    expect(calls).toEqual(['worker, waiting at most 1000 ms', 'worker, waiting at most undefined ms']);
  });

  it("renders Candor's own template in-process", async () => {
    const { renderer, calls } = rendererGiving(parts);
    await renderStageEmail(renderer, template, SAMPLE_VARIABLES, { ...options, trusted: true });
    expect(calls).toEqual(['in-process']);
  });

  it('puts the rendered parts in the layout, with the status page button and a way to stop the emails', async () => {
    const email = await renderStageEmail(rendererGiving(parts).renderer, template, SAMPLE_VARIABLES, options);
    expect(email.subject).toBe('Next step for Product Designer');
    expect(read(email.html)).toEqual({
      title: 'Next step for Product Designer',
      preheader: 'See prep (https://example.com)', // the first paragraph past the greeting, not the subject again
      header: 'Northwind Studio',
      body: paragraph('Hi Margaret,') + paragraph('See <a href="https://example.com">prep</a>'),
      footer:
        'You receive this email because you applied to Northwind Studio. <a href="https://candor.example.com/email/unsubscribe?t=a&amp;u=b" style="color:#616e7c">Stop emails about this application</a>.',
      button: { url: SAMPLE_VARIABLES.status_link, label: 'See your status page' },
    });
    expect(email.text).toBe(
      'Hi Margaret,\n\nSee prep (https://example.com)\n\n--\nYou receive this email because you applied to Northwind Studio.\nStop emails about this application: https://candor.example.com/email/unsubscribe?t=a&u=b\n',
    );
  });

  it("escapes the organization's name and the links in the HTML part, and keeps them plain in the text", async () => {
    const variables = { ...SAMPLE_VARIABLES, organization: { name: 'Tom & <b>Jerry</b>' }, status_link: 'https://candor.example.com/status#a"b' };
    const email = await renderStageEmail(rendererGiving(parts).renderer, template, variables, { unsubscribeUrl: 'https://candor.example.com/u?a="x"' });
    expect(read(email.html)).toMatchObject({
      header: 'Tom &amp; &lt;b&gt;Jerry&lt;/b&gt;',
      footer: 'You receive this email because you applied to Tom &amp; &lt;b&gt;Jerry&lt;/b&gt;. <a href="https://candor.example.com/u?a=&quot;x&quot;" style="color:#616e7c">Stop emails about this application</a>.',
      button: { url: 'https://candor.example.com/status#a&quot;b', label: 'See your status page' },
    });
    expect(email.text).toContain('\n--\nYou receive this email because you applied to Tom & <b>Jerry</b>.\nStop emails about this application: https://candor.example.com/u?a="x"\n');
  });
});

describe('step emails', () => {
  const v: StepEmailVariables = {
    firstName: 'Margaret',
    organizationName: 'Northwind Studio',
    jobTitle: 'Product Designer',
    stepTitle: 'Video interview with the design team',
    when: 'Tuesday, December 1, 2026, 9:00 AM (America/Los_Angeles)',
    location: 'Online',
    meetingUrl: 'https://meet.example.com/abc',
    instructions: 'Bring a portfolio.\nTwo projects are enough.',
    statusLink: 'https://candor.example.com/status#token',
    unsubscribeUrl: 'https://candor.example.com/email/unsubscribe?t=1',
  };
  const footer = 'You receive this email because you applied to Northwind Studio.';

  it('invite to a scheduled step with everything the candidate needs, in both parts', async () => {
    const email = await renderStepEmail('STEP_SCHEDULED', v);
    expect(email.subject).toBe('Scheduled: Video interview with the design team');
    expect(email.text).toBe(
      [
        'Hi Margaret,',
        'We have scheduled the next step of your application for Product Designer. It is in the attached calendar invitation.',
        'What: Video interview with the design team',
        'When: Tuesday, December 1, 2026, 9:00 AM (America/Los_Angeles)',
        'Where: Online',
        'Video link: https://meet.example.com/abc',
        'How to prepare: Bring a portfolio.\nTwo projects are enough.',
        'Warm regards,\nNorthwind Studio',
        'Your status page: https://candor.example.com/status#token',
        `--\n${footer}\nStop emails about this application: https://candor.example.com/email/unsubscribe?t=1\n`,
      ].join('\n\n'),
    );
    expect(read(email.html)).toEqual({
      title: email.subject,
      preheader: 'Video interview with the design team, Tuesday, December 1, 2026, 9:00 AM (America/Los_Angeles)',
      header: 'Northwind Studio',
      body: [
        'Hi Margaret,',
        'We have scheduled the next step of your application for Product Designer. It is in the attached calendar invitation.',
        'What: Video interview with the design team',
        'When: Tuesday, December 1, 2026, 9:00 AM (America/Los_Angeles)',
        'Where: Online',
        'Video link: <a href="https://meet.example.com/abc" style="color:#1d4e89">https://meet.example.com/abc</a>',
        'How to prepare: Bring a portfolio.<br>Two projects are enough.',
        'Warm regards,<br>Northwind Studio',
      ]
        .map(paragraph)
        .join(''),
      footer: `${footer} <a href="https://candor.example.com/email/unsubscribe?t=1" style="color:#616e7c">Stop emails about this application</a>.`,
      button: { url: 'https://candor.example.com/status#token', label: 'See your status page' },
    });
  });

  it('say a step changed and that the update replaces the earlier invitation', async () => {
    const email = await renderStepEmail('STEP_UPDATED', v);
    expect(email.subject).toBe('Changed: Video interview with the design team');
    expect(email.text).toContain('\n\nA step of your application for Product Designer has changed. The attached calendar update replaces the earlier one.\n\nWhat: ');
    expect(email.text).toContain('\n\nWhen: Tuesday, December 1, 2026');
  });

  it('cancel a step with only what and when it was, and point to the status page', async () => {
    const email = await renderStepEmail('STEP_CANCELLED', v);
    expect(email.subject).toBe('Cancelled: Video interview with the design team');
    expect(email.text.split('\n\n').slice(0, 5)).toEqual([
      'Hi Margaret,',
      'A step of your application for Product Designer has been cancelled; the attachment removes it from your calendar. Your status page shows what comes next.',
      'What: Video interview with the design team',
      'Was planned for: Tuesday, December 1, 2026, 9:00 AM (America/Los_Angeles)',
      'Warm regards,\nNorthwind Studio',
    ]);
    expect(email.text).not.toMatch(/Where:|Video link:|How to prepare:/);
  });

  it('leave out the details a step does not have', async () => {
    const email = await renderStepEmail('STEP_SCHEDULED', { ...v, location: null, meetingUrl: '', instructions: null });
    expect(email.text).toContain('\n\nWhen: Tuesday, December 1, 2026, 9:00 AM (America/Los_Angeles)\n\nWarm regards,');
    expect(email.html).not.toMatch(/Where:|Video link:|How to prepare:/);
  });

  it('keep titles as text: markup escaped in the HTML part, $ patterns and placeholders left alone', async () => {
    const email = await renderStepEmail('STEP_SCHEDULED', { ...v, stepTitle: '<b>Budget</b> $& $$ $\' {job}', jobTitle: 'Designer & {step}' });
    expect(email.subject).toBe('Scheduled: <b>Budget</b> $& $$ $\' {job}');
    expect(email.text).toContain('for Designer & {step}. It is in');
    expect(read(email.html).body).toContain(paragraph('What: &lt;b&gt;Budget&lt;/b&gt; $&amp; $$ $&#39; {job}'));
  });

  it('make the subject one line of at most 300 characters', async () => {
    expect((await renderStepEmail('STEP_UPDATED', { ...v, stepTitle: 'Panel\n  interview\twith  the team' })).subject).toBe('Changed: Panel interview with the team');
    expect((await renderStepEmail('STEP_SCHEDULED', { ...v, stepTitle: 'x'.repeat(289) })).subject).toHaveLength(300);
    expect((await renderStepEmail('STEP_SCHEDULED', { ...v, stepTitle: 'x'.repeat(290) })).subject).toBe(`Scheduled: ${'x'.repeat(289)}`);
  });
});

describe('team notices', () => {
  const notice = {
    organizationName: 'Northwind Studio',
    subject: 'Margaret Okafor checked in',
    paragraphs: ['Margaret Okafor asked about Product Designer.', 'Her promised date was\nFriday, December 4.'],
    button: { url: 'https://candor.example.com/candidates/1', label: 'Open the candidate' },
  };

  it('carry their paragraphs, a button and who sent them, in both parts', async () => {
    const email = await renderTeamNotice(notice);
    expect(email.subject).toBe('Margaret Okafor checked in');
    expect(read(email.html)).toEqual({
      title: 'Margaret Okafor checked in',
      preheader: 'Margaret Okafor asked about Product Designer.',
      header: 'Northwind Studio',
      body: paragraph('Margaret Okafor asked about Product Designer.') + paragraph('Her promised date was<br>Friday, December 4.'),
      footer: 'Sent by Candor for Northwind Studio.',
      button: { url: 'https://candor.example.com/candidates/1', label: 'Open the candidate' },
    });
    expect(email.text).toBe(
      'Margaret Okafor asked about Product Designer.\n\nHer promised date was\nFriday, December 4.\n\nOpen the candidate: https://candor.example.com/candidates/1\n\n--\nSent by Candor for Northwind Studio.\n',
    );
  });

  it('escape every value in the HTML part', async () => {
    const email = await renderTeamNotice({ ...notice, organizationName: 'A & <B>', paragraphs: ['<script>x</script>'], button: { url: 'https://x.example/?a=1&b=2', label: '<i>Go</i>' } });
    expect(read(email.html)).toMatchObject({
      header: 'A &amp; &lt;B&gt;',
      body: paragraph('&lt;script&gt;x&lt;/script&gt;'),
      footer: 'Sent by Candor for A &amp; &lt;B&gt;.',
      button: { url: 'https://x.example/?a=1&amp;b=2', label: '&lt;i&gt;Go&lt;/i&gt;' },
    });
  });

  it('preview the subject when there are no paragraphs', async () => {
    expect(read((await renderTeamNotice({ ...notice, paragraphs: [] })).html).preheader).toBe('Margaret Okafor checked in');
  });

  it('make the subject one trimmed line of at most 300 characters', async () => {
    expect((await renderTeamNotice({ ...notice, subject: '  Margaret\n checked   in \n' })).subject).toBe('Margaret checked in');
    expect((await renderTeamNotice({ ...notice, subject: 's'.repeat(300) })).subject).toBe('s'.repeat(300));
    expect((await renderTeamNotice({ ...notice, subject: 's'.repeat(301) })).subject).toBe('s'.repeat(300));
  });
});

describe('preheaderOf', () => {
  it('is the first paragraph past a greeting, on one line', () => {
    expect(preheaderOf('Hi Margaret,\n\nYour interview is\nconfirmed.\n\nThanks,\nAda', 'Subject')).toBe('Your interview is confirmed.');
    expect(preheaderOf('Dear Dr. Margaret Okafor-Williams,\n\nNext: a writing test.', 'Subject')).toBe('Next: a writing test.');
    expect(preheaderOf('A longer opening line that ends in a comma but says something,\n\nMore.', 'Subject')).toBe('A longer opening line that ends in a comma but says something,');
  });

  it('falls back to the subject when there is nothing but a greeting, and cuts long paragraphs at 150 characters', () => {
    expect(preheaderOf('Hi Margaret,', 'Subject')).toBe('Subject');
    expect(preheaderOf('', 'Subject')).toBe('Subject');
    const long = preheaderOf(`Hi,\n\n${'word '.repeat(60)}`, 'Subject');
    expect(long).toHaveLength(150);
    expect(long.endsWith('word…')).toBe(true);
    expect(preheaderOf(`${'x'.repeat(150)}`, 'Subject')).toBe('x'.repeat(150));
  });
});
