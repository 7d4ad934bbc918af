import { firstName, sampleVariables, TEMPLATE_VARIABLES } from '../template-variables';

const SAMPLE_VARIABLES = sampleVariables('https://candor.example.com');

/** The plain values a stage email is given, named as a template names them ("candidate.first_name"). */
function leaves(values: object, prefix = ''): string[] {
  return Object.entries(values).flatMap(([key, value]) => (value !== null && typeof value === 'object' ? leaves(value, `${prefix}${key}.`) : [`${prefix}${key}`]));
}

describe('the placeholders a template may use', () => {
  it('are exactly the values a stage email is given, each described for the person editing', () => {
    // next_step itself is there too, as the condition {% if next_step %}.
    expect(Object.keys(TEMPLATE_VARIABLES).sort()).toEqual([...leaves(SAMPLE_VARIABLES), 'next_step'].sort());
    for (const description of Object.values(TEMPLATE_VARIABLES)) expect(description.trim().length).toBeGreaterThan(0);
  });
});

describe("a candidate's first name", () => {
  it('is the first word of the name, whatever the spacing', () => {
    expect(firstName('Margaret Okafor')).toBe('Margaret');
    expect(firstName('  Ana   María López ')).toBe('Ana');
    expect(firstName('Jean-Luc\tPicard')).toBe('Jean-Luc');
    expect(firstName('Madonna')).toBe('Madonna');
  });

  it('is empty for an empty name', () => {
    expect(firstName('')).toBe('');
    expect(firstName('   ')).toBe('');
  });
});

describe('sample data for previews', () => {
  it('puts the sample status link on the origin it is given (PUBLIC_URL), with or without a trailing slash', () => {
    expect(sampleVariables('http://localhost:3000').status_link).toBe('http://localhost:3000/status#sample-token');
    expect(sampleVariables('https://jobs.example.org/').status_link).toBe('https://jobs.example.org/status#sample-token');
    expect(sampleVariables('https://jobs.example.org//').status_link).toBe('https://jobs.example.org/status#sample-token');
  });

  it('holds no origin of its own: every other value is plain sample text', () => {
    const { status_link: _link, ...rest } = sampleVariables('http://localhost:3000');
    expect(JSON.stringify(rest)).not.toMatch(/https?:/);
  });
});
