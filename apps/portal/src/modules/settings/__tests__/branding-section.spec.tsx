import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { apiError } from '../../../test-support/mock-graphql';
import { renderSettings } from './settings-fixtures';

const LOGO = '/branding/0b7c2f9e-5d1a-4c3b-9e8f-1a2b3c4d5e6f/logo';
const PNG_BYTES = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3];

async function branding() {
  return screen.findByRole('region', { name: 'Status page' });
}

function chooseFile(file: File) {
  fireEvent.change(screen.getByLabelText('Logo file'), { target: { files: [file] } });
  fireEvent.click(screen.getByRole('button', { name: 'Upload logo' }));
}

describe('status page branding in Settings', () => {
  it('uploads a logo as base64 and says candidates see it', async () => {
    const api = renderSettings({
      UploadOrganizationLogo: () => ({ data: { uploadOrganizationLogo: { __typename: 'Organization', id: 'o1', logoUrl: LOGO } } }),
    });
    const section = await branding();
    expect(within(section).getByText(/No logo: status pages show Candor/)).toBeInTheDocument();

    chooseFile(new File([Uint8Array.from(PNG_BYTES)], 'logo.png', { type: 'image/png' }));

    expect(await within(section).findByText('Logo saved. Candidates see it on their status page now.')).toBeInTheDocument();
    expect(api.called('UploadOrganizationLogo')[0].variables).toEqual({ input: { contentBase64: btoa(String.fromCharCode(...PNG_BYTES)) } });
  });

  it.each([
    ['a GIF', new File(['GIF89a'], 'logo.gif', { type: 'image/gif' }), 'Logo file must be a PNG or JPEG image.'],
    ['an SVG', new File(['<svg/>'], 'logo.svg', { type: 'image/svg+xml' }), 'Logo file must be a PNG or JPEG image.'],
    ['a file over 200 KB', new File([new Uint8Array(200 * 1024 + 1)], 'big.png', { type: 'image/png' }), 'Logo file must be at most 200 KB (this file is 201 KB).'],
  ])('refuses %s before sending it, beside the field', async (_, file, message) => {
    const api = renderSettings();
    await branding();

    chooseFile(file);

    expect(await screen.findByText(message)).toBeInTheDocument();
    expect(screen.getByLabelText('Logo file')).toHaveAttribute('aria-invalid', 'true');
    expect(api.called('UploadOrganizationLogo')).toHaveLength(0);
  });

  it("shows the API's verdict on the file's bytes beside the field", async () => {
    renderSettings({
      UploadOrganizationLogo: () =>
        apiError('BAD_USER_INPUT', 'Invalid input.', {
          fields: [{ field: 'contentBase64', message: 'must be a PNG or JPEG image; SVG and other text files are not accepted (they can carry script)' }],
        }),
    });
    await branding();

    chooseFile(new File(['<svg onload="alert(1)"/>'], 'sneaky.png', { type: 'image/png' }));

    expect(await screen.findByText('Logo file must be a PNG or JPEG image; SVG and other text files are not accepted (they can carry script).')).toBeInTheDocument();
  });

  it('shows the current logo and removes it', async () => {
    const api = renderSettings(
      { RemoveOrganizationLogo: () => ({ data: { removeOrganizationLogo: { __typename: 'Organization', id: 'o1', logoUrl: null } } }) },
      'ADMIN',
      { logoUrl: LOGO },
    );
    const section = await branding();
    expect(within(section).getByRole('img', { name: 'Logo of Analytical Engines Ltd' })).toHaveAttribute('src', LOGO);

    fireEvent.click(within(section).getByRole('button', { name: 'Remove logo' }));

    expect(await within(section).findByText("Logo removed. Status pages show Candor's name again.")).toBeInTheDocument();
    expect(api.called('RemoveOrganizationLogo')).toHaveLength(1);
  });

  it('saves an accent colour, lower-cased, with a swatch', async () => {
    const api = renderSettings({
      UpdateAccentColor: (variables) => ({ data: { updateOrganization: { __typename: 'Organization', id: 'o1', accentColor: variables.accentColor } } }),
    });
    const section = await branding();

    fireEvent.change(within(section).getByLabelText('Accent colour'), { target: { value: '#1F4F8A' } });
    expect(section.querySelector('.branding-swatch')).toHaveStyle({ background: '#1f4f8a' });
    fireEvent.click(within(section).getByRole('button', { name: 'Save colour' }));

    expect(await within(section).findByText('Accent colour #1f4f8a saved.')).toBeInTheDocument();
    expect(api.called('UpdateAccentColor')[0].variables).toEqual({ accentColor: '#1f4f8a' });
  });

  it('refuses a colour white text cannot be read on, with the same words as the API, without sending it', async () => {
    const api = renderSettings();
    const section = await branding();

    fireEvent.change(within(section).getByLabelText('Accent colour'), { target: { value: '#777777' } });
    fireEvent.click(within(section).getByRole('button', { name: 'Save colour' }));

    expect(
      await within(section).findByText(
        'Accent colour is too light: white text on it has a contrast of 4.47:1, and at least 4.5:1 is needed to read it (WCAG 2.1, 1.4.3). Pick a darker shade.',
      ),
    ).toBeInTheDocument();
    expect(within(section).getByLabelText('Accent colour')).toHaveFocus();
    expect(api.called('UpdateAccentColor')).toHaveLength(0);
  });

  it('removes the colour when the field is emptied', async () => {
    const api = renderSettings(
      { UpdateAccentColor: () => ({ data: { updateOrganization: { __typename: 'Organization', id: 'o1', accentColor: null } } }) },
      'ADMIN',
      { accentColor: '#1f4f8a' },
    );
    const section = await branding();
    expect(within(section).getByLabelText('Accent colour')).toHaveValue('#1f4f8a');

    fireEvent.change(within(section).getByLabelText('Accent colour'), { target: { value: '' } });
    fireEvent.click(within(section).getByRole('button', { name: 'Save colour' }));

    await waitFor(() => expect(api.called('UpdateAccentColor')[0]?.variables).toEqual({ accentColor: null }));
    expect(await within(section).findByText(/Accent colour removed/)).toBeInTheDocument();
  });

  it('shows members who are not admins the logo and colour, with nothing to change', async () => {
    renderSettings({}, 'RECRUITER', { logoUrl: LOGO, accentColor: '#1f4f8a' });
    const section = await branding();

    expect(within(section).getByRole('img', { name: 'Logo of Analytical Engines Ltd' })).toBeInTheDocument();
    expect(section).toHaveTextContent('#1f4f8a');
    expect(section).toHaveTextContent('Only admins can change these settings.');
    expect(within(section).queryByLabelText('Logo file')).not.toBeInTheDocument();
    expect(within(section).queryByRole('button')).not.toBeInTheDocument();
  });
});
