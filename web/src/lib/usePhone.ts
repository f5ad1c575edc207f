import { Grid } from 'antd';

/** Narrower than Ant Design's `md` breakpoint (768 px): a phone held upright. */
const PHONE_QUERY = '(max-width: 767.98px)';

/**
 * Whether the window is phone-sized (decision 0063). Ant Design's breakpoints are known only
 * after its first effect; until then the media query answers, so a phone's first paint is
 * already the phone layout.
 */
export function usePhone(): boolean {
  const screens = Grid.useBreakpoint();
  if (screens.md !== undefined) return !screens.md;
  return typeof window !== 'undefined' && window.matchMedia?.(PHONE_QUERY).matches === true;
}
