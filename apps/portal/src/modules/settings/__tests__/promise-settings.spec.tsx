import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderSettings } from './settings-fixtures';

describe('promise settings', () => {
  it('sets the extension time, adds and removes holidays, and shows the kept share with its rule explained', async () => {
    const api = renderSettings(
      {
        UpdatePromiseSettings: (variables) => ({
          data: { updateOrganization: { __typename: 'Organization', id: 'o1', ...(variables.input as object) } },
        }),
      },
      'ADMIN',
      { holidays: ['2026-12-25'], promiseExtensionTime: '16:00' },
    );
    const section = await screen.findByRole('region', { name: 'Promised reply dates' });
    const time = within(section).getByLabelText('Extension time');
    expect(time).toHaveValue('16:00');
    fireEvent.change(time, { target: { value: '15:30' } });

    const holidays = within(section).getByRole('list', { name: 'Holidays' });
    expect(within(holidays).getAllByRole('listitem').map((li) => li.firstChild?.textContent)).toEqual(['Fri, Dec 25, 2026']);
    fireEvent.change(within(section).getByLabelText('Add a holiday'), { target: { value: '2026-12-24' } });
    fireEvent.click(within(section).getByRole('button', { name: 'Add' }));
    fireEvent.change(within(section).getByLabelText('Add a holiday'), { target: { value: '2027-01-01' } });
    fireEvent.click(within(section).getByRole('button', { name: 'Add' }));
    // A day already in the list is not added twice, and the status says so rather than "added".
    fireEvent.change(within(section).getByLabelText('Add a holiday'), { target: { value: '2027-01-01' } });
    fireEvent.click(within(section).getByRole('button', { name: 'Add' }));
    expect(within(section).getByRole('status')).toHaveTextContent('Fri, Jan 1, 2027 is already a holiday.');
    fireEvent.click(within(section).getByRole('button', { name: 'Remove Fri, Dec 25, 2026' }));
    expect(within(holidays).getAllByRole('listitem').map((li) => li.firstChild?.textContent)).toEqual([
      'Thu, Dec 24, 2026',
      'Fri, Jan 1, 2027',
    ]);

    const show = within(section).getByRole('checkbox', { name: 'Show our kept share on status pages' });
    expect(show).not.toBeChecked();
    expect(show).toHaveAccessibleDescription(/only once at least 20 promises ended in those 90 days/);
    fireEvent.click(show);

    fireEvent.click(within(section).getByRole('button', { name: 'Save promise settings' }));
    await waitFor(() => expect(api.called('UpdatePromiseSettings')).toHaveLength(1));
    expect(api.called('UpdatePromiseSettings')[0].variables).toEqual({
      input: { promiseExtensionTime: '15:30', holidays: ['2026-12-24', '2027-01-01'], showPromiseRecord: true },
    });
    expect(await within(section).findByText('Promise settings saved.')).toBeInTheDocument();
  });

  it('shows the settings read-only to members who may not change them', async () => {
    renderSettings({}, 'RECRUITER', { holidays: ['2026-12-25'], showPromiseRecord: true });
    const section = await screen.findByRole('region', { name: 'Promised reply dates' });
    expect(section).toHaveTextContent('16:00 on the promised day');
    expect(section).toHaveTextContent('Fri, Dec 25, 2026');
    expect(section).toHaveTextContent('Shown');
    expect(within(section).queryByRole('button')).not.toBeInTheDocument();
  });
});
