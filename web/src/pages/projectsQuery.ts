import type { QueryClient } from '@tanstack/react-query';
import {
  AREA_CHILDREN_LIMIT,
  areasQuery,
  markEarly,
  organisationsQuery,
  programmesQuery,
  projectsQuery,
  projectTypesQuery,
} from '../api/hooks';
import { pagingOf } from '../lib/urlPaging';

/** The registry's list request for its URL's filters, sort and page (GET /api/projects). */
export function projectsListQuery(params: URLSearchParams) {
  const filter = (name: string) => params.get(name) || undefined;
  const { pageSize, offset } = pagingOf(params);
  return {
    programme: filter('programme'),
    donor: filter('donor'),
    year: filter('year'),
    stage: filter('stage'),
    type: filter('type'),
    area: filter('area'),
    q: filter('q'),
    sort: params.get('sort') || 'code',
    limit: pageSize,
    offset,
  };
}

/**
 * Starts the registry's first requests (main.tsx, with the screen's chunk): the list, the
 * filters' choices and, with no programme chosen, the area picker's provinces.
 */
export function registryData(params: URLSearchParams, client: QueryClient): void {
  const list = projectsQuery(projectsListQuery(params));
  markEarly(list.queryKey);
  void client.prefetchQuery(list);
  // The filters' choices are kept for minutes: the screen's first render asks for none again.
  void client.prefetchQuery(programmesQuery);
  void client.prefetchQuery(organisationsQuery('donor-province'));
  void client.prefetchQuery(projectTypesQuery);
  if (!params.get('programme'))
    void client.prefetchQuery(areasQuery({ level: 'province', limit: AREA_CHILDREN_LIMIT }));
}
