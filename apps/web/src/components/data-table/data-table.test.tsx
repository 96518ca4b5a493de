/// <reference types="jest" />
import { fireEvent, screen, within } from '@testing-library/react';
import { Providers, renderWithProviders } from '../../test/render';
import { DataTable, type Column } from './data-table';
import { matchText, PagedList } from './paged-list';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ListPage } from '../../api/types';

interface Row {
  id: number;
  name: string;
  city: string;
  note: string;
  secret: string;
}
const ROWS: Row[] = [
  { id: 1, name: 'Ann', city: 'Oslo', note: 'first', secret: 's1' },
  { id: 2, name: 'Bob', city: 'Rome', note: '', secret: 's2' },
];
const COLUMNS: Column<Row>[] = [
  { header: 'Name', sort: 'name', card: 'title', cell: (r) => r.name },
  { header: 'City', card: 'field', cell: (r) => r.city },
  { header: 'Note', text: 'long', cell: (r) => r.note || null },
  { header: 'Secret', card: 'hidden', cell: (r) => r.secret },
  { header: 'When', sort: 'at', card: 'subtitle', cell: (r) => `day ${r.id}` },
];

/** Phone width: what useSmallScreen asks matchMedia for answers true. */
function atWidth(phone: boolean) {
  window.matchMedia = ((query: string) => ({
    matches: phone && query.includes('max-width'),
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  })) as typeof window.matchMedia;
}

/** The header cell of a sortable column, found by its button. */
const header = (name: string) => screen.getByRole('button', { name: `Sort by ${name}` }).closest('th')!;

describe('DataTable', () => {
  afterEach(() => atWidth(false));

  it('is a table on a wide screen whose sortable headers are buttons named "Sort by …" with aria-sort', () => {
    atWidth(false);
    const onSort = jest.fn();
    const sortedBy = (sort: string | null) => (
      <DataTable label="People" columns={COLUMNS} rows={ROWS} rowKey={(r) => r.id} sort={sort} defaultSort="-at" onSort={onSort} />
    );
    const { rerender, client } = renderWithProviders(sortedBy(null));
    const sortBy = (sort: string) => rerender(<Providers client={client}>{sortedBy(sort)}</Providers>);
    const table = screen.getByRole('table', { name: 'People' });
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(within(table).getByRole('cell', { name: 's2' })).toBeTruthy();
    // No sort in the URL: the list's own order (newest first) shows on its column.
    expect(header('When').getAttribute('aria-sort')).toBe('descending');
    expect(header('Name').getAttribute('aria-sort')).toBe('none');
    expect(screen.getByRole('columnheader', { name: 'City' }).hasAttribute('aria-sort')).toBe(false);

    fireEvent.click(screen.getByRole('button', { name: 'Sort by Name' }));
    expect(onSort).toHaveBeenLastCalledWith('name');
    fireEvent.click(screen.getByRole('button', { name: 'Sort by When' }));
    expect(onSort).toHaveBeenLastCalledWith('at');

    sortBy('name');
    expect(header('Name').getAttribute('aria-sort')).toBe('ascending');
    expect(header('When').getAttribute('aria-sort')).toBe('none');
    fireEvent.click(screen.getByRole('button', { name: 'Sort by Name' }));
    expect(onSort).toHaveBeenLastCalledWith('-name');

    // Back to the list's own order: the URL holds no sort then.
    sortBy('at');
    fireEvent.click(screen.getByRole('button', { name: 'Sort by When' }));
    expect(onSort).toHaveBeenLastCalledWith(null);
  });

  it('has plain headers when the list cannot be sorted', () => {
    atWidth(false);
    renderWithProviders(<DataTable label="People" columns={COLUMNS} rows={ROWS} rowKey={(r) => r.id} />);
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByRole('columnheader', { name: 'Name' })).toBeTruthy();
  });

  it('is a list of cards on a phone: title, subtitle, labelled facts, no hidden column, and a "Sort by" select', () => {
    atWidth(true);
    const onSort = jest.fn();
    renderWithProviders(<DataTable label="People" columns={COLUMNS} rows={ROWS} rowKey={(r) => r.id} sort="-name" onSort={onSort} />);
    expect(screen.queryByRole('table')).toBeNull();
    const cards = within(screen.getByRole('list', { name: 'People' })).getAllByRole('listitem');
    expect(cards).toHaveLength(2);
    expect(within(cards[0]).getByText('Ann')).toBeTruthy();
    expect(within(cards[0]).getByText('day 1')).toBeTruthy();
    // A labelled fact: its header as the term, its value as the definition; an empty one is left off.
    expect(
      within(cards[0])
        .getAllByRole('term')
        .map((d) => d.textContent),
    ).toEqual(['City', 'Note']);
    expect(
      within(cards[0])
        .getAllByRole('definition')
        .map((d) => d.textContent),
    ).toEqual(['Oslo', 'first']);
    expect(
      within(cards[1])
        .getAllByRole('term')
        .map((d) => d.textContent),
    ).toEqual(['City']);
    expect(screen.queryByText('s1')).toBeNull();
    expect((screen.getByRole('combobox', { name: 'Sort by' }) as HTMLInputElement).value).toBe('Name, descending');
  });
});

describe('PagedList', () => {
  const page = (over: Partial<ListPage<Row>>): UseQueryResult<ListPage<Row>> =>
    ({
      isPending: false,
      isError: false,
      isPlaceholderData: false,
      data: { items: ROWS, nextCursor: 'n1', prevCursor: 'p1', total: 1234, totalCapped: false, ...over },
    }) as UseQueryResult<ListPage<Row>>;
  const names = (items: Row[]) => <p>{items.map((r) => r.name).join(', ')}</p>;

  it('says which page and how many match, and moves by the cursors', () => {
    const onPage = jest.fn();
    renderWithProviders(
      <PagedList query={page({})} page={2} noun={['person', 'people']} empty="None" onPage={onPage}>
        {names}
      </PagedList>,
    );
    expect(screen.getByText('Ann, Bob')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Page 2 · 1,234 people match');
    fireEvent.click(screen.getByRole('button', { name: 'Next page' }));
    expect(onPage).toHaveBeenLastCalledWith(3, 'n1');
    fireEvent.click(screen.getByRole('button', { name: 'Previous page' }));
    expect(onPage).toHaveBeenLastCalledWith(1, 'p1');
  });

  it('cannot go on from the last page nor back from page 1; a capped count says so', () => {
    const { rerender, client } = renderWithProviders(
      <PagedList query={page({ nextCursor: null, total: 10_000, totalCapped: true })} page={3} noun={['person', 'people']} empty="None" onPage={jest.fn()}>
        {names}
      </PagedList>,
    );
    expect(screen.getByRole('status').textContent).toBe('Page 3 · 10,000+ people match');
    expect(screen.getByRole('button', { name: 'Previous page' }).hasAttribute('disabled')).toBe(false);
    expect(screen.getByRole('button', { name: 'Next page' }).hasAttribute('disabled')).toBe(true);
    rerender(
      <Providers client={client}>
        <PagedList query={page({})} page={1} noun={['person', 'people']} empty="None" onPage={jest.fn()}>
          {names}
        </PagedList>
      </Providers>,
    );
    expect(screen.getByRole('button', { name: 'Previous page' }).hasAttribute('disabled')).toBe(true);
    expect(screen.getByRole('button', { name: 'Next page' }).hasAttribute('disabled')).toBe(false);
  });

  it('has no paging buttons when everything is on one page', () => {
    renderWithProviders(
      <PagedList query={page({ nextCursor: null, prevCursor: null, total: 2 })} page={1} noun={['person', 'people']} empty="None" onPage={jest.fn()}>
        {names}
      </PagedList>,
    );
    expect(screen.getByRole('status').textContent).toBe('Page 1 · 2 people match');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('says when nothing matches on page 1', () => {
    renderWithProviders(
      <PagedList
        query={page({ items: [], nextCursor: null, prevCursor: null, total: 0 })}
        page={1}
        noun={['person', 'people']}
        empty="Nobody yet."
        onPage={jest.fn()}
      >
        {names}
      </PagedList>,
    );
    expect(screen.getByText('Nobody yet.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Next page' })).toBeNull();
  });

  it('words the count', () => {
    expect(matchText(1, false, ['entry', 'entries'])).toBe('1 entry matches');
    expect(matchText(0, false, ['entry', 'entries'])).toBe('0 entries match');
  });
});
