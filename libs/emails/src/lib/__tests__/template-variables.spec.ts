import { firstName, SAMPLE_VARIABLES, TEMPLATE_VARIABLES } from '../template-variables';

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
