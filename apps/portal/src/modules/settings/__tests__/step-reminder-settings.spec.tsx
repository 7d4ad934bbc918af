import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderSettings } from './settings-fixtures';

describe('reminders before steps', () => {
  const ok = (variables: Record<string, unknown>) => ({ data: { updateOrganization: { __typename: 'Organization', id: 'o1', ...(variables.input as object) } } });

  it('sets the hours, refuses hours out of bounds before asking, and turns reminders off', async () => {
    const api = renderSettings({ UpdateStepReminderSettings: ok }, 'ADMIN', { stepReminderHours: 24 });
    const section = await screen.findByRole('region', { name: 'Reminders before steps' });
    const on = within(section).getByRole('checkbox', { name: 'Remind candidates before their steps' });
    expect(on).toBeChecked();
    const hours = within(section).getByLabelText('Hours before the step');
    expect(hours).toHaveValue(24);
    fireEvent.change(hours, { target: { value: '169' } });
    fireEvent.click(within(section).getByRole('button', { name: 'Save reminders' }));
    expect(await within(section).findByText('Give a whole number of hours from 1 to 168.')).toBeInTheDocument();
    expect(api.called('UpdateStepReminderSettings')).toHaveLength(0);
    fireEvent.change(hours, { target: { value: '2' } });
    fireEvent.click(within(section).getByRole('button', { name: 'Save reminders' }));
    await waitFor(() => expect(api.called('UpdateStepReminderSettings')).toHaveLength(1));
    expect(api.called('UpdateStepReminderSettings')[0].variables).toEqual({ input: { stepReminderHours: 2 } });
    fireEvent.click(on);
    expect(within(section).queryByLabelText('Hours before the step')).not.toBeInTheDocument();
    fireEvent.click(within(section).getByRole('button', { name: 'Save reminders' }));
    await waitFor(() => expect(api.called('UpdateStepReminderSettings')).toHaveLength(2));
    expect(api.called('UpdateStepReminderSettings')[1].variables).toEqual({ input: { stepReminderHours: null } });
    expect(await within(section).findByText('Reminders turned off.')).toBeInTheDocument();
  });

  it('shows the setting read-only to members who may not change it', async () => {
    renderSettings({}, 'RECRUITER', { stepReminderHours: null });
    const section = await screen.findByRole('region', { name: 'Reminders before steps' });
    expect(section).toHaveTextContent('Candidates get no reminders before their steps.');
    expect(within(section).queryByRole('button')).not.toBeInTheDocument();
  });
});
