/// <reference types="jest" />
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { MemoryRouter, useLocation, useNavigate } from 'react-router';
import { renderWithProviders } from '../test/render';
import { useUrlList } from './url-list';

function Probe() {
  const list = useUrlList({ filters: ['q', 'status'], typed: ['q'], sorts: ['name', 'createdAt'] });
  const location = useLocation();
  const navigate = useNavigate();
  return (
    <>
      <input aria-label="Search" value={list.typed.q} onChange={(e) => list.type('q', e.currentTarget.value)} />
      <output aria-label="Address">{location.search}</output>
      <output aria-label="State">{JSON.stringify({ values: list.values, sort: list.sort, page: list.page, cursor: list.cursor, active: list.active })}</output>
      <button onClick={() => list.set({ status: 'active' })}>Active only</button>
      <button onClick={() => list.setSort('-name')}>Sort by name</button>
      <button onClick={() => list.goToPage(list.page + 1, `c${list.page + 1}`)}>Next</button>
      <button onClick={list.clear}>Clear</button>
      <button onClick={() => navigate(-1)}>Back</button>
    </>
  );
}

const start = (url: string) =>
  renderWithProviders(
    <MemoryRouter initialEntries={[url]}>
      <Probe />
    </MemoryRouter>,
  );
const address = () => new URLSearchParams(screen.getByLabelText('Address').textContent ?? '');
const state = () => JSON.parse(screen.getByLabelText('State').textContent ?? '{}');

describe('useUrlList', () => {
  it('reads filters, sort and page from the URL, and ignores a sort the list does not offer', () => {
    start('/list?q=ann&status=active&sort=-name&page=3&cursor=abc');
    expect(state()).toEqual({ values: { q: 'ann', status: 'active' }, sort: '-name', page: 3, cursor: 'abc', active: 2 });
    expect((screen.getByLabelText('Search') as HTMLInputElement).value).toBe('ann');
  });

  it('treats an unknown sort and a bad page as none', () => {
    start('/list?sort=password&page=-2');
    expect(state()).toMatchObject({ sort: null, page: 1, cursor: null });
  });

  it('starts again at page 1 when a filter or the sort changes, and keeps keys it does not own', () => {
    start('/list?view=tree&page=3&cursor=abc');
    fireEvent.click(screen.getByRole('button', { name: 'Active only' }));
    expect(address().toString()).toBe('view=tree&status=active');
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(state()).toMatchObject({ page: 2, cursor: 'c2' });
    fireEvent.click(screen.getByRole('button', { name: 'Sort by name' }));
    expect(address().toString()).toBe('view=tree&status=active&sort=-name');
    fireEvent.click(screen.getByRole('button', { name: 'Clear' }));
    expect(address().toString()).toBe('view=tree&sort=-name');
  });

  it('pages are history entries: Back returns to the page before', () => {
    start('/list?sort=name');
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(state()).toMatchObject({ page: 3, cursor: 'c3', sort: 'name' });
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    expect(state()).toMatchObject({ page: 2, cursor: 'c2', sort: 'name' });
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    expect(state()).toMatchObject({ page: 1, cursor: null, sort: 'name' });
  });

  it('puts the typed search in the URL once typing pauses, back on page 1; the box follows the URL when it is cleared', async () => {
    start('/list?page=2&cursor=abc');
    fireEvent.change(screen.getByLabelText('Search'), { target: { value: '  bob ' } });
    expect((screen.getByLabelText('Search') as HTMLInputElement).value).toBe('  bob ');
    await waitFor(() => expect(address().get('q')).toBe('bob'));
    expect(state()).toMatchObject({ page: 1, cursor: null });
    act(() => fireEvent.click(screen.getByRole('button', { name: 'Clear' })));
    await waitFor(() => expect((screen.getByLabelText('Search') as HTMLInputElement).value).toBe(''));
    expect(address().get('q')).toBeNull();
  });
});
