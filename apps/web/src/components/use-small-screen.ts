import { useMediaQuery } from '@mantine/hooks';

/**
 * Phone width (below Mantine's `sm`, 48em, where its responsive props switch): modals go full screen and tables
 * become cards. Read at once on the first render, so a phone never sees the desktop layout flash first.
 */
export function useSmallScreen(): boolean {
  return useMediaQuery('(max-width: 47.99em)', undefined, { getInitialValueInEffect: false }) ?? false;
}
