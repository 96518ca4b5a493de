/**
 * R15 preview: the panel sends the previewer's own token plus this header on every request of a preview; the API
 * then answers as the previewed account or role would be answered, read only, within the previewer's reach.
 */
export const PREVIEW_HEADER = 'x-preview-as';

export type PreviewTarget = { kind: 'account' | 'role'; id: number };

/** The header's value: `account:12` or `role:7`. */
export function previewHeaderValue(target: PreviewTarget): string {
  return `${target.kind}:${target.id}`;
}

/** The target a header names, or null when it is not `account:<id>` / `role:<id>` with an id from 1 to 2^31-1. */
export function parsePreviewHeader(value: string): PreviewTarget | null {
  const match = /^(account|role):([1-9]\d{0,9})$/.exec(value);
  if (!match) return null;
  const id = Number(match[2]);
  return id <= 2 ** 31 - 1 ? { kind: match[1] as PreviewTarget['kind'], id } : null;
}
