export { DataTable, type CardPlace, type Column } from './data-table';
export { PagedList } from './paged-list';
