import { Box, Paper, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** Stat cards side by side, as many as fit at 130 px or more, wrapping on narrow screens. */
export function StatGrid({ children, min = 130 }: { children: ReactNode; min?: number }) {
  return (
    <Box
      component="ul"
      p={0}
      m={0}
      style={{ display: 'grid', gap: 'var(--mantine-spacing-sm)', gridTemplateColumns: `repeat(auto-fill, minmax(min(${min}px, 100%), 1fr))` }}
    >
      {children}
    </Box>
  );
}

/** One figure with its label: the Dashboard's counters and the Reports' totals. */
export function StatCard({ label, value, hint, color }: { label: string; value: ReactNode; hint?: ReactNode; color?: string }) {
  return (
    <Paper withBorder p={{ base: 'sm', sm: 'md' }} radius="md" component="li" style={{ listStyle: 'none', minWidth: 0 }}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
        {label}
      </Text>
      <Text
        fz={typeof value === 'string' && value.length > 8 ? { base: 17, sm: 20 } : { base: 20, sm: 24 }}
        fw={700}
        mt={4}
        c={color}
        style={{ fontVariantNumeric: 'tabular-nums' }}
        lh={1.2}
      >
        {/* A long figure ("BDT 248,400.00", a no-break space inside) may break after its currency in a narrow card. */}
        {typeof value === 'string' ? value.replace(/\u00a0/g, ' ') : value}
      </Text>
      {hint && (
        <Text size="xs" c="dimmed" mt={4}>
          {hint}
        </Text>
      )}
    </Paper>
  );
}
