/** The annual work reports (GET /api/reports/{donor|area}/{code}?year=, decision 0058). */
import { useQuery } from '@tanstack/react-query';
import { api } from './client';
import type { ApiResponse } from './schema';

export type AnnualReport = ApiResponse<'/api/reports/donor/{code}', 'get'>;
export type ReportKind = AnnualReport['kind'];

/** The report of a donor or an area for a year. */
export function useAnnualReport(kind: ReportKind, code: string, year: number) {
  return useQuery({
    queryKey: ['annual-report', kind, code, year] as const,
    queryFn: ({ signal }) =>
      api<AnnualReport>(`/api/reports/${kind}/${encodeURIComponent(code)}`, {
        query: { year },
        signal,
      }),
    enabled: code !== '',
  });
}

/** The address of the server's PDF of the same report. */
export function reportPdfHref(
  kind: ReportKind,
  code: string,
  year: number,
  lang: 'zh' | 'en' | 'ug',
) {
  return `/api/reports/${kind}/${encodeURIComponent(code)}/pdf?year=${year}&lang=${lang}`;
}

/** The web page of a report (linked from the area page and a donor's compliance drill-down). */
export function reportPageHref(kind: ReportKind, code: string, year: number) {
  return `/reports/${kind}/${encodeURIComponent(code)}?year=${year}`;
}
