import type { ReactNode } from 'react';

/**
 * A left-to-right run isolated from the text around it (decision 0079): a date, a month, an
 * area or project code, an ID number shown as the API gives it. On a right-to-left (Uyghur)
 * page the bidi algorithm would otherwise take a date's digits for Arabic numbers and its
 * hyphens for neutrals (2026-03-01 read 01-03-2026 after Uyghur words, decision 0073). Inside a
 * string (a label, a tooltip) use `ltrRun` or `formatDate` (lib/format.ts) instead.
 */
export function Ltr({ children, testId }: { children: ReactNode; testId?: string }) {
  return (
    <bdi dir="ltr" data-testid={testId}>
      {children}
    </bdi>
  );
}
