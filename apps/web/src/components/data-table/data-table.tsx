import { Card, Group, Select, SimpleGrid, Stack, Table, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { Fragment, type CSSProperties, type ReactNode } from 'react';
import { useSmallScreen } from '../use-small-screen';

/**
 * Where a column goes on a phone's card: `title` (bold, first line), `aside` (the top right corner: a status, an
 * amount), `subtitle` (small dimmed lines under the title), `field` (a labelled fact in a two-column grid),
 * `actions` (the card's foot), `hidden` (not on a phone).
 */
export type CardPlace = 'title' | 'aside' | 'subtitle' | 'field' | 'actions' | 'hidden';

export interface Column<T> {
  /** The column's header, and the label of its value on a card. */
  header: string;
  /** The header is for screen readers only (e.g. a column of buttons). */
  headerHidden?: boolean;
  cell: (row: T) => ReactNode;
  /** On a card, when it should read otherwise than in the table (e.g. a longer date). */
  cardCell?: (row: T) => ReactNode;
  /** The API's sort field: the header becomes a button that sorts by it. */
  sort?: string;
  align?: 'right';
  /** Short values kept on one line (dates, amounts); long text (notes) wraps anywhere, and spans a card. */
  text?: 'nowrap' | 'long';
  card?: CardPlace;
}

export interface DataTableProps<T> {
  /** What the rows are ("Subscribers"): the table's and the card list's accessible name. */
  label: string;
  columns: readonly Column<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string | number;
  /** `field` or `-field` (descending); null is the list's own order, `defaultSort`. */
  sort?: string | null;
  defaultSort?: string;
  onSort?: (sort: string | null) => void;
  /** A row shown dimmed (e.g. a voided payment). */
  dimmed?: (row: T) => boolean;
  /** What opens under a row (e.g. an entry's details), or null. */
  expanded?: (row: T) => ReactNode;
  /** The rows shown are the previous answer's while the next one loads. */
  stale?: boolean;
  /** Below this width the table scrolls inside its own box (never the page). */
  minWidth?: number;
}

const NOWRAP: CSSProperties = { whiteSpace: 'nowrap' };
const LONG: CSSProperties = { whiteSpace: 'normal', overflowWrap: 'anywhere', minWidth: 140 };
const NUMBER: CSSProperties = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' };
const WRAP: CSSProperties = { overflowWrap: 'anywhere' };
const GROW: CSSProperties = { minWidth: 0 };
/** A long text takes the card's whole width. */
const FULL_ROW: CSSProperties = { minWidth: 0, gridColumn: '1 / -1' };
const cellStyle = (c: Column<unknown>): CSSProperties | undefined =>
  c.text === 'long' ? LONG : c.text === 'nowrap' || c.align === 'right' ? NUMBER : undefined;
const staleStyle = (stale?: boolean): CSSProperties | undefined => (stale ? { opacity: 0.6 } : undefined);
/** The sort mark of a header: dim until the column is sorted. */
const mark = (active: boolean): CSSProperties => ({ marginLeft: 4, fontSize: '0.7em', opacity: active ? 1 : 0.3 });

/**
 * A list of rows with typed columns: a table on a wide screen, one card per row on a phone (nothing scrolls
 * sideways). Sortable columns have a button in their header ("Sort by Name") and `aria-sort`; on a phone a
 * "Sort by" select takes their place.
 */
export function DataTable<T>(props: DataTableProps<T>) {
  const phone = useSmallScreen();
  const sort = props.sort ?? props.defaultSort ?? null;
  const body = phone ? <Cards {...props} /> : <Rows {...props} sort={sort} />;
  const sortable = props.columns.filter((c) => c.sort);
  if (!phone || !props.onSort || sortable.length === 0) return body;
  return (
    <Stack gap="xs">
      <SortSelect columns={sortable} sort={sort} defaultSort={props.defaultSort} onSort={props.onSort} />
      {body}
    </Stack>
  );
}

/** The next sort when a header is clicked: its field ascending, then descending, then ascending again. */
function nextSort(field: string, current: string | null): string {
  return current === field ? `-${field}` : field;
}

function Rows<T>({ label, columns, rows, rowKey, sort, defaultSort, onSort, dimmed, expanded, stale, minWidth }: DataTableProps<T>) {
  const pick = (field: string) => {
    const next = nextSort(field, sort ?? null);
    onSort?.(next === defaultSort ? null : next);
  };
  return (
    <Table.ScrollContainer minWidth={minWidth ?? 0}>
      <Table striped highlightOnHover verticalSpacing="xs" aria-label={label} aria-busy={stale || undefined} style={staleStyle(stale)}>
        <Table.Thead>
          <Table.Tr>
            {columns.map((c) => {
              const active = c.sort && sort?.replace(/^-/, '') === c.sort;
              return (
                <Table.Th
                  key={c.header}
                  ta={c.align}
                  style={NOWRAP}
                  aria-sort={active ? (sort!.startsWith('-') ? 'descending' : 'ascending') : c.sort && onSort ? 'none' : undefined}
                >
                  {c.headerHidden ? (
                    <VisuallyHidden>{c.header}</VisuallyHidden>
                  ) : c.sort && onSort ? (
                    <UnstyledButton fw={600} fz="sm" aria-label={`Sort by ${c.header}`} onClick={() => pick(c.sort!)}>
                      {c.header}
                      <span aria-hidden style={mark(!!active)}>
                        {active && sort!.startsWith('-') ? '▼' : '▲'}
                      </span>
                    </UnstyledButton>
                  ) : (
                    c.header
                  )}
                </Table.Th>
              );
            })}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => {
            const more = expanded?.(row);
            return (
              <Fragment key={rowKey(row)}>
                <Table.Tr c={dimmed?.(row) ? 'dimmed' : undefined}>
                  {columns.map((c) => (
                    <Table.Td key={c.header} ta={c.align} style={cellStyle(c as Column<unknown>)}>
                      {c.cell(row)}
                    </Table.Td>
                  ))}
                </Table.Tr>
                {more && (
                  <Table.Tr bg="var(--mantine-color-gray-0)">
                    <Table.Td colSpan={columns.length} px="md">
                      {more}
                    </Table.Td>
                  </Table.Tr>
                )}
              </Fragment>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function Cards<T>({ label, columns, rows, rowKey, dimmed, expanded, stale }: DataTableProps<T>) {
  const placed = (place: CardPlace) => columns.filter((c) => (c.card ?? 'field') === place);
  const [titles, asides, subtitles, fields, actions] = (['title', 'aside', 'subtitle', 'field', 'actions'] as const).map(placed);
  // A fact with no value is left off the card (the table shows its empty cell).
  const show = (c: Column<T>, row: T) => (c.cardCell ?? c.cell)(row);
  return (
    <Stack gap="xs" component="ul" aria-label={label} aria-busy={stale || undefined} p={0} m={0} style={{ listStyle: 'none', ...staleStyle(stale) }}>
      {rows.map((row) => {
        const footer = actions.map((c) => show(c, row)).filter(Boolean);
        const facts = fields
          .map((c) => [c, show(c, row)] as const)
          .filter(([, value]) => value !== null && value !== undefined && value !== false && value !== '');
        return (
          <Card key={rowKey(row)} component="li" withBorder padding="sm" c={dimmed?.(row) ? 'dimmed' : undefined}>
            <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
              <div style={GROW}>
                {titles.map((c) => (
                  <Text key={c.header} component="div" fw={600} size="sm" style={WRAP}>
                    {show(c, row)}
                  </Text>
                ))}
                {subtitles.map((c) => (
                  <Text key={c.header} component="div" size="xs" c="dimmed" style={WRAP}>
                    {show(c, row)}
                  </Text>
                ))}
              </div>
              {asides.length > 0 && (
                <Stack gap={4} align="flex-end" style={{ flexShrink: 0 }}>
                  {asides.map((c) => (
                    <Text key={c.header} component="div" size="sm" ta="right" style={NUMBER}>
                      {show(c, row)}
                    </Text>
                  ))}
                </Stack>
              )}
            </Group>
            {facts.length > 0 && (
              <SimpleGrid component="dl" cols={2} spacing="xs" verticalSpacing={4} mt={6} mb={0}>
                {facts.map(([c, value]) => (
                  <div key={c.header} style={c.text === 'long' ? FULL_ROW : GROW}>
                    <Text component="dt" size="xs" c="dimmed">
                      {c.header}
                    </Text>
                    <Text component="dd" size="sm" m={0} style={WRAP}>
                      {value}
                    </Text>
                  </div>
                ))}
              </SimpleGrid>
            )}
            {footer.length > 0 && (
              <Group gap="xs" mt="xs" wrap="wrap">
                {footer}
              </Group>
            )}
            {expanded?.(row)}
          </Card>
        );
      })}
    </Stack>
  );
}

/** The select's value for the list's own order, when no column shows it. */
const NEWEST = 'newest';

/** On a phone the headers are gone: the sortable columns are offered in a select instead. */
function SortSelect<T>({
  columns,
  sort,
  defaultSort,
  onSort,
}: {
  columns: readonly Column<T>[];
  sort: string | null;
  defaultSort?: string;
  onSort: (sort: string | null) => void;
}) {
  const data = columns.flatMap((c) => [
    { value: c.sort!, label: `${c.header}, ascending` },
    { value: `-${c.sort}`, label: `${c.header}, descending` },
  ]);
  const options = defaultSort && data.some((o) => o.value === defaultSort) ? data : [{ value: NEWEST, label: 'Newest first' }, ...data];
  return (
    <Select
      label="Sort by"
      data={options.map((o) => (o.value === defaultSort ? { ...o, label: `${o.label} (newest first)` } : o))}
      value={sort ?? NEWEST}
      allowDeselect={false}
      onChange={(value) => onSort(!value || value === NEWEST || value === defaultSort ? null : value)}
    />
  );
}
