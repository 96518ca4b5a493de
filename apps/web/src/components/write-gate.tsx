import { Tooltip } from '@mantine/core';
import type { PermissionKey } from '@tiergate/access';
import { cloneElement, type ReactElement } from 'react';
import { usePreview } from '../api/preview';
import { useCan } from '../session/use-can';

/** Why every control that changes something is disabled in a preview (R15), as its tooltip and accessible description. */
export const PREVIEW_REASON = 'Preview';

type Control = ReactElement<{ disabled?: boolean; 'aria-description'?: string }>;

/**
 * The one gate of a control that changes something: hidden without `permission` (R13), and in a preview (read only,
 * R15) shown as the previewed account would see it but disabled, with the reason "Preview".
 */
export function WriteGate({ permission, children }: { permission?: PermissionKey; children: Control }) {
  const can = useCan();
  const preview = usePreview();
  if (permission && !can(permission)) return null;
  if (!preview) return children;
  return (
    <Tooltip label={PREVIEW_REASON}>
      {/* A disabled button fires no pointer events: the wrapper shows the tooltip. */}
      <span style={{ display: 'inline-block' }}>{cloneElement(children, { disabled: true, 'aria-description': PREVIEW_REASON })}</span>
    </Tooltip>
  );
}
