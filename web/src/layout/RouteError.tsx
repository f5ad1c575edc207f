import { useRouteError } from 'react-router';
import { ErrorResult } from '../components/ErrorResult';

/**
 * What a screen that failed to render or load (a chunk missing after an upgrade) shows inside the
 * frame, instead of the router's developer page; retrying reloads the page.
 */
export function RouteError() {
  const error = useRouteError();
  return <ErrorResult error={error} onRetry={() => window.location.reload()} />;
}
