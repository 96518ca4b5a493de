import { Text, TextInput, type TextInputProps } from '@mantine/core';
import { formatRoleName } from '@tiergate/access';

/** The role's Name, with the name it is stored under shown as it is typed (R2): "Saved as branch-salesmanager". */
export function RoleNameInput({ branch, value, ...props }: Omit<TextInputProps, 'label' | 'description' | 'value'> & { branch: string; value?: string }) {
  const typed = (value ?? '').trim();
  return (
    <TextInput
      label="Name"
      required
      data-autofocus
      maxLength={60}
      inputWrapperOrder={['label', 'input', 'description', 'error']}
      description={
        <span>
          Saved as{' '}
          <Text span ff="monospace" size="xs" fw={600} c={typed ? undefined : 'dimmed'} data-testid="formatted-role-name">
            {formatRoleName(branch, typed || 'name')}
          </Text>
        </span>
      }
      value={value}
      {...props}
    />
  );
}
