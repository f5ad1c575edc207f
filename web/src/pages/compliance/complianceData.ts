import type { QueryClient } from '@tanstack/react-query';
import { complianceQuery, markEarly, programmesQuery } from '../../api/hooks';
import type { Basis } from '../../api/vocabulary';

/** The compliance screen's programme, year (undefined: the latest with money) and basis. */
export function complianceParams(params: URLSearchParams): {
  programme: string;
  year: number | undefined;
  basis: Basis;
} {
  return {
    programme: params.get('programme') || 'xinjiang',
    year: Number(params.get('year')) || undefined,
    basis: params.get('basis') === 'plan' ? 'plan' : 'actual',
  };
}

/**
 * Starts the compliance screen's first requests (main.tsx, with the screen's chunk): the rules
 * per donor for the address's programme, year and basis, and the programmes (the selector and
 * the thresholds' fallback). Signed out, the report's request is refused and unused.
 */
export function complianceData(params: URLSearchParams, client: QueryClient): void {
  const { programme, year, basis } = complianceParams(params);
  const report = complianceQuery(programme, year, basis);
  markEarly(report.queryKey);
  void client.prefetchQuery(report);
  void client.prefetchQuery(programmesQuery);
}
