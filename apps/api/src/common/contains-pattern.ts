/** `%text%` for ILIKE, with the pattern characters of the typed text taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, '\\$&')}%`;
}
