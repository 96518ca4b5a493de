import { Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { MAX_MESSAGE_BODY_LENGTH, MAX_TEMPLATE_NAME_LENGTH } from '@tiergate/access';
import { hasCode } from '../../api/client';
import type { MessageTemplate } from '../../api/types';
import { describeError } from '../../components/describe-error';
import { FormModal } from '../../components/form-modal';
import { PlaceholderHelp } from './placeholders';
import { useSaveTemplate } from './use-messages';

/** Add template or Edit (sms_template): a name and a body; the API's refusal of the body (an unknown placeholder) is shown on it. */
export function TemplateFormModal({ template, onClose }: { template: MessageTemplate | null; onClose: () => void }) {
  const save = useSaveTemplate(template?.id ?? null);
  const form = useForm({
    mode: 'controlled',
    initialValues: { name: template?.name ?? '', body: template?.body ?? '' },
    validate: {
      name: (v) => (!v.trim() ? 'Enter a name' : v.length > MAX_TEMPLATE_NAME_LENGTH ? `At most ${MAX_TEMPLATE_NAME_LENGTH} characters` : null),
      body: (v) => (!v.trim() ? 'Enter the message' : v.length > MAX_MESSAGE_BODY_LENGTH ? `At most ${MAX_MESSAGE_BODY_LENGTH} characters` : null),
    },
  });
  const submit = form.onSubmit((values) =>
    save.mutate(
      { name: values.name.trim(), body: values.body.trim() },
      {
        onSuccess: onClose,
        onError: (error) => {
          if (hasCode(error, 'DUPLICATE_NAME')) form.setFieldError('name', error.message);
          else if (hasCode(error, 'VALIDATION_FAILED')) form.setFieldError('body', error.message);
        },
      },
    ),
  );
  const failure = save.isError && !hasCode(save.error, 'DUPLICATE_NAME', 'VALIDATION_FAILED') ? describeError(save.error) : null;

  return (
    <FormModal
      opened
      centered
      onClose={onClose}
      title={template ? `Edit ${template.name}` : 'Add template'}
      onSubmit={submit}
      submitLabel={template ? 'Save' : 'Create'}
      loading={save.isPending}
      error={failure}
      errorTitle="Not saved"
    >
      <TextInput label="Name" required data-autofocus maxLength={MAX_TEMPLATE_NAME_LENGTH} {...form.getInputProps('name')} />
      <Textarea
        label="Message"
        required
        autosize
        minRows={4}
        maxLength={MAX_MESSAGE_BODY_LENGTH}
        description={<PlaceholderHelp />}
        inputWrapperOrder={['label', 'input', 'description', 'error']}
        {...form.getInputProps('body')}
      />
    </FormModal>
  );
}
