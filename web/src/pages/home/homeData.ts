import type { QueryClient } from '@tanstack/react-query';
import { markEarly, pairingsQuery } from '../../api/hooks';
import { summaryQuery } from '../../api/summary';
import { today } from '../../lib/format';

/** The home page's programme (the only one with pairings on the home page). */
export const HOME_PROGRAMME = 'xinjiang';

/**
 * Starts the home page's first requests (main.tsx, with the screen's chunk): the pairings and,
 * for a signed-in caller, the figures for the address's year (decision 0075). Signed out, the
 * figures' request is refused and unused; the overview shows the pairings only.
 */
export function homeData(params: URLSearchParams, client: QueryClient): void {
  void client.prefetchQuery(pairingsQuery(HOME_PROGRAMME, today()));
  const summary = summaryQuery(HOME_PROGRAMME, Number(params.get('year')) || undefined);
  markEarly(summary.queryKey);
  void client.prefetchQuery(summary);
}
