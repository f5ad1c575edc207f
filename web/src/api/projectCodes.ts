/** The next free project code (GET /api/project-codes/next): a suggestion for the new-project form. */
import { useQuery } from '@tanstack/react-query';
import { api } from './client';
import type { ApiResponse } from './schema';

export type NextProjectCode = ApiResponse<'/api/project-codes/next', 'get'>;

/** The suggestion for a programme, donor and year; idle until all three are known. */
export function useNextProjectCode(programme?: string, donor?: string, year?: number) {
  const enabled = !!programme && !!donor && !!year;
  return useQuery({
    queryKey: ['project-codes', 'next', programme, donor, year] as const,
    queryFn: ({ signal }) =>
      api<NextProjectCode>('/api/project-codes/next', {
        query: { programme, donor, year },
        signal,
      }),
    enabled,
    staleTime: 0,
    retry: false,
  });
}
