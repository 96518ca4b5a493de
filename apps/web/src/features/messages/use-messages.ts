import { notifications } from '@mantine/notifications';
import { MESSAGE_STATUSES } from '@tiergate/access';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, dataOf } from '../../api/client';
import { oneOf } from '../../api/list-query';
import type { MessageJob, MessageRecipientsBody, MessageSettingsBody, MessageTemplate, SendMessagesBody } from '../../api/types';
import { MESSAGE_SETTINGS_KEY, MESSAGE_TEMPLATES_KEY, MESSAGES_KEY } from '../../components/query-keys';

/** GET /messages (sms_history): one keyset page, newest first. */
export function useMessageHistory(filters: { status: string | null; subscriberId?: number; cursor: string | null }) {
  return useQuery({
    queryKey: [...MESSAGES_KEY, 'history', filters],
    queryFn: () =>
      dataOf(
        api.GET('/api/messages', {
          params: { query: { status: oneOf(filters.status, MESSAGE_STATUSES), subscriberId: filters.subscriberId, cursor: filters.cursor ?? undefined } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

/** GET /message-templates (sms_template, and send_sms to choose one). */
export function useMessageTemplates(enabled = true) {
  return useQuery({ queryKey: MESSAGE_TEMPLATES_KEY, queryFn: () => dataOf(api.GET('/api/message-templates')), enabled });
}

/** Add a template when `id` is null, else edit it; a refusal (an unknown placeholder) is shown on the form by its caller. */
export function useSaveTemplate(id: number | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { name: string; body: string }) =>
      dataOf(id === null ? api.POST('/api/message-templates', { body }) : api.PATCH('/api/message-templates/{id}', { params: { path: { id } }, body })),
    onSuccess: (saved) => {
      void queryClient.invalidateQueries({ queryKey: MESSAGE_TEMPLATES_KEY });
      notifications.show({ color: 'green', title: id === null ? `Template ${saved.name} added` : `Template ${saved.name} saved`, message: null });
    },
  });
}

export function useDeleteTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (template: MessageTemplate) => dataOf(api.DELETE('/api/message-templates/{id}', { params: { path: { id: template.id } } })),
    onSuccess: (_, template) => notifications.show({ color: 'green', title: `Template ${template.name} deleted`, message: null }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: MESSAGE_TEMPLATES_KEY }),
  });
}

/** GET /settings/messages (sms_settings): the provider and its fields; the token only as "set" or not. */
export function useMessageSettings() {
  return useQuery({ queryKey: MESSAGE_SETTINGS_KEY, queryFn: () => dataOf(api.GET('/api/settings/messages')) });
}

export function useSaveMessageSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MessageSettingsBody) => dataOf(api.PUT('/api/settings/messages', { body })),
    onSuccess: (saved) => {
      queryClient.setQueryData(MESSAGE_SETTINGS_KEY, saved);
      notifications.show({ color: 'green', title: 'Message settings saved', message: null });
    },
  });
}

/** POST /messages (send_sms): 202 with the job the worker runs. */
export function useSendMessages() {
  return useMutation({ mutationFn: (body: SendMessagesBody) => dataOf(api.POST('/api/messages', { body })) });
}

/** POST /messages/count (send_sms): who a send to this group would reach now; asked again as the filter changes. */
export function useRecipientCount(filter: NonNullable<MessageRecipientsBody['filter']>, enabled: boolean) {
  return useQuery({
    queryKey: [...MESSAGES_KEY, 'count', filter],
    queryFn: () => dataOf(api.POST('/api/messages/count', { body: { filter } })),
    enabled,
    placeholderData: keepPreviousData,
  });
}

export function jobFinished(job: MessageJob | undefined): boolean {
  return job?.state === 'completed' || job?.state === 'failed';
}

/** GET /messages/jobs/:jobId, asked again every second until the job is finished; then the history is fetched again. */
export function useMessageJob(jobId: string | null) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: [...MESSAGES_KEY, 'job', jobId],
    queryFn: async () => {
      const job = await dataOf(api.GET('/api/messages/jobs/{jobId}', { params: { path: { jobId: jobId ?? '' } } }));
      if (jobFinished(job)) void queryClient.invalidateQueries({ queryKey: [...MESSAGES_KEY, 'history'] });
      return job;
    },
    enabled: jobId !== null,
    refetchInterval: (q) => (jobFinished(q.state.data) ? false : 1000),
    refetchIntervalInBackground: true,
  });
}
