import { jobTitleKey, jobWithSameTitle } from '../job-title';

describe('telling job titles apart', () => {
  it('ignores case, white space at the ends and how much white space stands between words', () => {
    expect(jobTitleKey('  Data  Analyst ')).toBe('data analyst');
    expect(jobTitleKey('DATA\tANALYST')).toBe('data analyst');
    expect(jobTitleKey('Data\u00a0Analyst')).toBe('data analyst'); // a no-break space
    expect(jobTitleKey('Straße')).toBe(jobTitleKey('STRASSE'));
    expect(jobTitleKey('Ｄａｔａ Analyst')).toBe('data analyst'); // full-width letters
  });

  it('keeps words apart and other characters as they are', () => {
    expect(jobTitleKey('Data Analyst')).not.toBe(jobTitleKey('DataAnalyst'));
    expect(jobTitleKey('Data Analyst II')).not.toBe(jobTitleKey('Data Analyst'));
    expect(jobTitleKey('Front-end')).not.toBe(jobTitleKey('Front end'));
  });

  it('finds the first job with the same title, or none', () => {
    const jobs = [
      { id: 'a', title: 'Backend Engineer' },
      { id: 'b', title: 'data analyst' },
      { id: 'c', title: 'Data Analyst' },
    ];
    expect(jobWithSameTitle(jobs, ' DATA analyst')).toEqual({ id: 'b', title: 'data analyst' });
    expect(jobWithSameTitle(jobs, 'Designer')).toBeUndefined();
    expect(jobWithSameTitle([], 'Designer')).toBeUndefined();
  });
});
