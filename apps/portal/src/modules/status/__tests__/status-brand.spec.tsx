import { screen, within } from '@testing-library/react';
import { mailtoHref } from '../utils/brand';
import { loaded, open, section, setUpStatusPage, status } from './status-fixtures';

setUpStatusPage();

const LOGO = '/branding/0b7c2f9e-5d1a-4c3b-9e8f-1a2b3c4d5e6f/logo';
const page = () => document.querySelector<HTMLElement>('.status-page')!;

describe('the employer on the status page', () => {
  it("shows Candor's name, Candor's colours and no contact when the team set none", async () => {
    open({ data: { candidateStatus: status({ contact: null, logoUrl: null, accentColor: null }) } });
    await loaded();

    const header = screen.getByRole('banner');
    expect(header).toHaveTextContent('Candor');
    expect(within(header).queryByRole('img')).not.toBeInTheDocument();
    expect(page().getAttribute('style')).toBeNull();
    expect(screen.queryByRole('region', { name: 'Your contact' })).not.toBeInTheDocument();
  });

  it("shows the organization's logo in the header, named by the organization", async () => {
    open({ data: { candidateStatus: status({ logoUrl: LOGO }) } });
    await loaded();

    const header = screen.getByRole('banner');
    const logo = within(header).getByRole('img', { name: 'Analytical Engines Ltd' });
    expect(logo).toHaveAttribute('src', LOGO);
    expect(header).not.toHaveTextContent('Candor');
  });

  it('sets the accent colour as a custom property of the page', async () => {
    open({ data: { candidateStatus: status({ accentColor: '#1f4f8a' }) } });
    await loaded();

    expect(page().style.getPropertyValue('--status-accent')).toBe('#1f4f8a');
    expect(page().style.getPropertyValue('--status-on-accent')).toBe('#ffffff');
  });

  it.each([
    ['an accent that is not a colour', { accentColor: 'red;background:url(https://evil.example/x)' }],
    ['an accent that closes the rule', { accentColor: '#000000}body{display:none' }],
    ['a logo from another site', { logoUrl: 'https://evil.example/logo.png' }],
    ['a logo that is script', { logoUrl: 'javascript:alert(1)' }],
  ])('ignores %s (the API never sends one)', async (_, brand) => {
    open({ data: { candidateStatus: status(brand) } });
    await loaded();

    expect(page().getAttribute('style')).toBeNull();
    expect(within(screen.getByRole('banner')).queryByRole('img')).not.toBeInTheDocument();
    expect(document.body.innerHTML).not.toContain('evil.example');
  });

  it("gives the job's contact with a link to write to them", async () => {
    open({ data: { candidateStatus: status({ contact: { name: 'Dana Reyes', email: 'dana@acme.example' } }) } });
    await loaded();

    const contact = section('Your contact');
    expect(contact).toHaveTextContent('Dana Reyes · dana@acme.example');
    expect(within(contact).getByRole('link', { name: 'dana@acme.example' })).toHaveAttribute('href', 'mailto:dana@acme.example');
  });

  it('shows the contact with an outcome too', async () => {
    open({
      data: {
        candidateStatus: status({ outcome: { kind: 'HIRED', message: 'Welcome aboard!' }, contact: { name: 'Hiring team', email: 'jobs@acme.example' } }),
      },
    });
    await loaded();

    expect(section('Your contact')).toHaveTextContent('Hiring team · jobs@acme.example');
  });

  it('keeps a mailto link to one address, whatever characters the address has', () => {
    expect(mailtoHref('dana@acme.example')).toBe('mailto:dana@acme.example');
    expect(mailtoHref('dana?cc=boss@acme.example')).toBe('mailto:dana%3Fcc%3Dboss@acme.example');
    expect(mailtoHref('a&body=hi#x@acme.example')).toBe('mailto:a%26body%3Dhi%23x@acme.example');
  });
});
