import { Button } from '@mantine/core';
import type { PreviewTarget } from '@tiergate/access';
import { WriteGate } from '../../components/write-gate';
import { useStartPreview } from './use-preview-mode';

/** Preview as (R15), on an account's or a role's page: the panel as it would see it, read only. Not from within a preview. */
export function PreviewAsButton({ target }: { target: PreviewTarget }) {
  const start = useStartPreview();
  return (
    <WriteGate>
      <Button variant="default" loading={start.isPending} onClick={() => start.mutate(target)}>
        Preview as
      </Button>
    </WriteGate>
  );
}
