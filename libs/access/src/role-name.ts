export const DEFAULT_BRANCH_SLUG = 'branch';

/** R2: "Sales Manager" in branch "branch" becomes "branch-salesmanager". */
export function formatRoleName(branchSlug: string, input: string): string {
  return `${branchSlug}-${input.replace(/\s+/g, '').toLowerCase()}`;
}

/** R4: a copy is named after its source plus the local time as HHmmss. */
export function copyRoleName(sourceName: string, at: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${sourceName}${two(at.getHours())}${two(at.getMinutes())}${two(at.getSeconds())}`;
}
