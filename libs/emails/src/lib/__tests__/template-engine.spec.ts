import { templateLengthProblems } from '../template-engine';

describe('the length of a template an organization saves', () => {
  it('allows a subject of up to 300 characters and a body of up to 10,000', () => {
    expect(templateLengthProblems({ subject: 's'.repeat(300), body: 'b'.repeat(10_000) })).toEqual([]);
    expect(templateLengthProblems({ subject: 's'.repeat(301), body: 'b' })).toEqual([{ field: 'subject', message: 'must be at most 300 characters' }]);
    expect(templateLengthProblems({ subject: 's', body: 'b'.repeat(10_001) })).toEqual([{ field: 'body', message: 'must be at most 10000 characters' }]);
  });

  it('refuses an empty or blank part, naming it', () => {
    expect(templateLengthProblems({ subject: '', body: 'b' })).toEqual([{ field: 'subject', message: 'must not be empty' }]);
    expect(templateLengthProblems({ subject: 's', body: ' \n\t ' })).toEqual([{ field: 'body', message: 'must not be empty' }]);
  });

  it('names every part that is wrong', () => {
    expect(templateLengthProblems({ subject: ' ', body: 'b'.repeat(10_001) })).toEqual([
      { field: 'subject', message: 'must not be empty' },
      { field: 'body', message: 'must be at most 10000 characters' },
    ]);
  });
});
