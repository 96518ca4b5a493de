import { Button, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { PageHeader } from './page-header';

/** A screen that is there but not for this account (R13): the typed-in URL of a hidden screen lands here. */
/** `switchedOff`: the label of the screen's module when the Admin has switched it off for everyone (R9). */
export function NotPermittedPage({ switchedOff }: { switchedOff?: string }) {
  return (
    <Stack>
      <PageHeader title="Not permitted" />
      <Text>
        {switchedOff
          ? `The ${switchedOff} module is switched off for the whole installation. The Admin can switch it on again under Settings › Modules.`
          : 'Your account does not have the permission this screen needs. Ask the account that manages yours if you need it.'}
      </Text>
      <Button component={Link} to="/" variant="default" w="fit-content">
        Go to the dashboard
      </Button>
    </Stack>
  );
}

export function NotFoundPage() {
  return (
    <Stack>
      <PageHeader title="Page not found" />
      <Text>There is no screen at this address. Check the address, or use the menu.</Text>
      <Button component={Link} to="/" variant="default" w="fit-content">
        Go to the dashboard
      </Button>
    </Stack>
  );
}
