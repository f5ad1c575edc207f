import type { TablePaginationConfig } from 'antd';
import { useTranslation } from 'react-i18next';
import { useUrlState } from './urlState';

export const PAGE_SIZES = [20, 50, 100];
const DEFAULT_PAGE_SIZE = 20;

/** The page, page size and offset in a URL's parameters. */
export function pagingOf(params: URLSearchParams) {
  const pageSize = Number(params.get('size')) || DEFAULT_PAGE_SIZE;
  const page = Math.max(1, Number(params.get('page')) || 1);
  return { page, pageSize, offset: (page - 1) * pageSize };
}

/**
 * A server-paged table's page and page size, kept in the URL as `page` and `size` (the first page
 * and the default size left out).
 */
export function useUrlPaging() {
  const { t } = useTranslation();
  const { params } = useUrlState();
  const { page, pageSize, offset } = pagingOf(params);
  return {
    page,
    pageSize,
    offset,
    /** The table's pagination over `total` rows. */
    pagination: (total: number): TablePaginationConfig => ({
      current: page,
      pageSize,
      total,
      pageSizeOptions: PAGE_SIZES,
      showSizeChanger: true,
      showTotal: (count) => t('common.total', { count }),
    }),
    /** The URL parameters for the table's new page and size. */
    pageParams: (next: TablePaginationConfig) => ({
      page: next.current === 1 ? undefined : next.current,
      size: next.pageSize === DEFAULT_PAGE_SIZE ? undefined : next.pageSize,
    }),
  };
}
