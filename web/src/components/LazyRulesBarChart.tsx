import { type ComponentProps, lazy, Suspense } from 'react';
import type { RulesBarChart as Chart } from './RulesBarChart';

const RulesBarChart = lazy(() =>
  import('./RulesBarChart').then((m) => ({ default: m.RulesBarChart })),
);

/**
 * The rules chart loaded on first use: ECharts (about 420 KB of script) is not on the first
 * screen's path, so the home page's figures and the compliance table show without waiting for
 * it to arrive and run; the chart fills its box a moment later (decision 0077). The box keeps
 * the chart's height meanwhile, so nothing below it moves.
 */
export function LazyRulesBarChart(props: ComponentProps<typeof Chart>) {
  return (
    <Suspense
      fallback={
        <div data-testid={`${props.testId}-loading`} style={{ height: props.height ?? 300 }} />
      }
    >
      <RulesBarChart {...props} />
    </Suspense>
  );
}
