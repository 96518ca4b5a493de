/// <reference types="jest" />
import { screen } from '@testing-library/react';
import { AccountType, type PermissionKey } from '@tiergate/access';
import { MemoryRouter } from 'react-router';
import type { MessageSettings } from '../../api/types';
import { MESSAGE_SETTINGS_KEY } from '../../components/query-keys';
import { meOf, renderWithProviders, testQueryClient } from '../../test/render';
import { MessagesPage } from './messages-page';

const SETTINGS: MessageSettings = {
  provider: 'http',
  url: 'https://sms.example.test/send',
  sender: 'Tiergate',
  tokenSet: true,
  reminderEnabled: false,
  reminderDays: 3,
  reminderTemplateId: null,
};

function renderPage(permissions: PermissionKey[], path = '/messages?tab=settings') {
  const client = testQueryClient(meOf(AccountType.Staff, ['sms_module', ...permissions]));
  client.setQueryData(MESSAGE_SETTINGS_KEY, SETTINGS);
  return renderWithProviders(
    <MemoryRouter initialEntries={[path]}>
      <MessagesPage />
    </MemoryRouter>,
    { client },
  );
}

describe('MessagesPage', () => {
  it('shows only the tabs of the keys held, the one in the URL selected, and Send message only with send_sms', () => {
    renderPage(['sms_history', 'sms_settings']);
    expect(screen.getByRole('heading', { level: 1, name: 'Messages' })).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'History' }).getAttribute('aria-selected')).toBe('false');
    expect(screen.getByRole('tab', { name: 'Settings' }).getAttribute('aria-selected')).toBe('true');
    expect(screen.queryByRole('tab', { name: 'Templates' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Send message' })).toBeNull();
  });

  it('shows Send message to an account with send_sms, and says so when it holds no tab', () => {
    renderPage(['send_sms'], '/messages');
    expect(screen.getByRole('button', { name: 'Send message' })).toBeTruthy();
    expect(screen.queryByRole('tab')).toBeNull();
    expect(screen.getByText(/may send messages but not see/)).toBeTruthy();
  });

  it('never shows the gateway token: an empty password field that says a token is set', () => {
    renderPage(['sms_settings']);
    const token = screen.getByLabelText('Token') as HTMLInputElement;
    expect(token.type).toBe('password');
    expect(token.value).toBe('');
    expect(token.placeholder).toBe('set');
    expect(screen.getByText(/A token is set \(it is never shown\)\./)).toBeTruthy();
    expect((screen.getByLabelText('URL') as HTMLInputElement).value).toBe(SETTINGS.url);
  });
});
