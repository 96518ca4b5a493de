import { Button, Group, Text } from '@mantine/core';
import type { Preview } from '../../api/preview';
import { useEndPreview } from './use-preview-mode';

/** Across the top of every page during a preview: whom the panel shows, and the way back. */
export function PreviewBanner({ preview }: { preview: Preview }) {
  const end = useEndPreview();
  return (
    <Group component="section" aria-label="Preview" h="100%" px="md" justify="space-between" wrap="nowrap" bg="yellow.2">
      <Text size="sm" fw={600} truncate>
        Previewing as {preview.name}
        <Text span size="sm" c="dimmed" fw={400} visibleFrom="sm">
          {' '}
          · read only
        </Text>
      </Text>
      <Button size="xs" color="dark" onClick={end} style={{ flexShrink: 0 }}>
        End preview
      </Button>
    </Group>
  );
}
