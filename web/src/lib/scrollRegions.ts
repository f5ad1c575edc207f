/**
 * Keyboard access to scrolled tables (decision 0062): a table wider than its box scrolls inside
 * `.ant-table-content` / `.ant-table-body`, which a keyboard cannot reach unless it holds a link
 * or a button. Every such box that overflows and has nothing focusable gets `tabindex="0"` (the
 * arrow keys then scroll it); one observer for the whole app, checked at most once per frame.
 */
const SCROLLERS = '.ant-table-content, .ant-table-body';
const FOCUSABLE = 'a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])';

function mark(): void {
  for (const el of document.querySelectorAll<HTMLElement>(SCROLLERS)) {
    const overflows = el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1;
    const reachable = el.querySelector(FOCUSABLE) !== null;
    if (overflows && !reachable) {
      if (el.getAttribute('tabindex') !== '0') el.setAttribute('tabindex', '0');
    } else if (el.getAttribute('tabindex') === '0') {
      el.removeAttribute('tabindex');
    }
  }
}

export function watchScrollRegions(): void {
  let queued = false;
  const schedule = () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      mark();
    });
  };
  new MutationObserver(schedule).observe(document.body, { childList: true, subtree: true });
  window.addEventListener('resize', schedule);
}
