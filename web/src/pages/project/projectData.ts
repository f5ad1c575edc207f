import type { QueryClient } from '@tanstack/react-query';
import { markEarly, projectQuery, projectTypesQuery } from '../../api/hooks';
import { projectQualityQuery } from '../../api/quality';
import { warningsQuery } from '../../api/warnings';

/** How many of a project's warnings its page lists (and counts in the tab's label); the queue
 * pages through the rest. */
export const PROJECT_WARNINGS_LIMIT = 200;

/** The project page's warnings request (its tab's count and list share it). */
export function projectWarningsQuery(code: string) {
  return warningsQuery({ project: code, limit: PROJECT_WARNINGS_LIMIT });
}

/**
 * Starts the project page's first requests (main.tsx, with the screen's chunk): the project,
 * its quality findings and its warnings (the tabs' counts) and the project types (the
 * overview's). Signed out, the warnings' request is refused and unused; for a project the
 * caller may not see, all three answer 404 and the page shows the project's.
 */
export function projectData(
  _params: URLSearchParams,
  client: QueryClient,
  path: Readonly<Record<string, string | undefined>>,
): void {
  const code = path.code;
  if (!code) return;
  const project = projectQuery(code);
  const quality = projectQualityQuery(code);
  const warnings = projectWarningsQuery(code);
  for (const key of [project.queryKey, quality.queryKey, warnings.queryKey]) markEarly(key);
  void client.prefetchQuery(project);
  void client.prefetchQuery(quality);
  void client.prefetchQuery(warnings);
  // The overview's type names (kept for minutes: its first render does not ask again).
  void client.prefetchQuery(projectTypesQuery);
}
