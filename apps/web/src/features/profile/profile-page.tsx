import { SimpleGrid, Stack } from '@mantine/core';
import { useCan } from '../../session/use-can';
import { useMe } from '../../session/use-me';
import { PageHeader } from '../../components/page-header';
import { QueryState } from '../../components/query-state';
import { ChangePasswordForm } from './change-password-form';
import { EditProfileForm } from './edit-profile-form';
import { ProfileDetails } from './profile-details';

/** My profile (UI.md): the account's own details, its name and phone, its password; each part with its key. */
export function ProfilePage() {
  const me = useMe();
  const can = useCan();
  return (
    <>
      <PageHeader title="My profile" />
      <QueryState query={me} isEmpty={(data) => !data}>
        {(data) => (
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" maw={1100}>
            <Stack gap="md">
              <ProfileDetails me={data!} />
              {can('edit_my_profile') && <EditProfileForm key={`${data!.name}|${data!.phone}`} me={data!} />}
            </Stack>
            {can('my_profile_change_password') && <ChangePasswordForm email={data!.email} />}
          </SimpleGrid>
        )}
      </QueryState>
    </>
  );
}
