import { Button, Stack, Tabs, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { PermissionKey } from '@tiergate/access';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../components/page-header';
import { WriteGate } from '../../components/write-gate';
import { useCan } from '../../session/use-can';
import { MessageHistory } from './message-history';
import { MessageSettings } from './message-settings';
import { MessageTemplates } from './message-templates';
import { SendMessageModal } from './send-message-modal';

const TABS = [
  { value: 'history', label: 'History', permission: 'sms_history' },
  { value: 'templates', label: 'Templates', permission: 'sms_template' },
  { value: 'settings', label: 'Settings', permission: 'sms_settings' },
] as const satisfies readonly { value: string; label: string; permission: PermissionKey }[];

/** Messages (sms_module, R17): Send message to a group, and the tabs History, Templates and Settings, each with its key. */
export function MessagesPage() {
  const can = useCan();
  const [sending, send] = useDisclosure();
  // The tab is in the URL (?tab=templates), so that Back and Reload keep it.
  const [params, setParams] = useSearchParams();
  const tabs = TABS.filter((t) => can(t.permission));
  const tab = tabs.find((t) => t.value === params.get('tab')) ?? tabs[0];

  return (
    <Stack gap="md">
      <PageHeader title="Messages">
        <WriteGate permission="send_sms">
          <Button onClick={send.open}>Send message</Button>
        </WriteGate>
      </PageHeader>
      {tab ? (
        <Tabs value={tab.value} keepMounted={false} onChange={(next) => setParams(next && next !== tabs[0].value ? { tab: next } : {})}>
          <Tabs.List mb="md">
            {tabs.map((t) => (
              <Tabs.Tab key={t.value} value={t.value}>
                {t.label}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          <Tabs.Panel value="history">
            <MessageHistory />
          </Tabs.Panel>
          <Tabs.Panel value="templates">
            <MessageTemplates />
          </Tabs.Panel>
          <Tabs.Panel value="settings">
            <MessageSettings />
          </Tabs.Panel>
        </Tabs>
      ) : (
        <Text c="dimmed">Your account may send messages but not see their history, templates or settings.</Text>
      )}
      {sending && <SendMessageModal onClose={send.close} />}
    </Stack>
  );
}
