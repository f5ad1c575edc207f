import { Tabs, type TabsProps, theme } from 'antd';
import { type KeyboardEvent, type MouseEvent, type ReactNode, useRef } from 'react';
import { usePhone } from '../lib/usePhone';

type Item = NonNullable<TabsProps['items']>[number];

/**
 * Ant Design's Tabs; on a phone (decision 0073) the tab bar wraps onto as many lines as it needs
 * instead of hiding the tabs that do not fit behind a "…" button. That button sits inside the
 * `tablist` without being a tab (axe-core: `aria-required-children`, critical), and a hidden tab
 * is one an official does not see. The wrapped bar keeps the tab semantics: `role="tab"` buttons
 * named and tied to their panels as Ant Design ties them, one Tab stop (the selected tab), the
 * arrow keys (mirrored right to left), Home and End.
 */
export function ResponsiveTabs(props: TabsProps & { 'aria-label'?: string }) {
  const phone = usePhone();
  const items = props.items ?? [];
  if (!phone) return <Tabs {...props} />;
  return (
    <Tabs
      {...props}
      renderTabBar={(bar) => (
        <WrappedTabBar
          id={bar.id}
          activeKey={bar.activeKey}
          rtl={bar.rtl}
          items={items}
          label={props['aria-label']}
          onTabClick={bar.onTabClick}
        />
      )}
    />
  );
}

function WrappedTabBar({
  id,
  activeKey,
  rtl,
  items,
  label,
  onTabClick,
}: {
  id: string;
  activeKey: string;
  rtl: boolean;
  items: readonly Item[];
  label?: string;
  onTabClick: (key: string, e: MouseEvent | KeyboardEvent) => void;
}) {
  const { token } = theme.useToken();
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const keys = items.filter((i) => !i.disabled).map((i) => String(i.key));

  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>, key: string) => {
    const at = keys.indexOf(key);
    const next = rtl ? 'ArrowLeft' : 'ArrowRight';
    const previous = rtl ? 'ArrowRight' : 'ArrowLeft';
    let to: number;
    if (e.key === next || e.key === 'ArrowDown') to = (at + 1) % keys.length;
    else if (e.key === previous || e.key === 'ArrowUp') to = (at - 1 + keys.length) % keys.length;
    else if (e.key === 'Home') to = 0;
    else if (e.key === 'End') to = keys.length - 1;
    else return;
    e.preventDefault();
    const target = keys[to];
    if (target === undefined) return;
    buttons.current.get(target)?.focus();
    onTabClick(target, e);
  };

  return (
    <div
      role="tablist"
      aria-label={label}
      aria-orientation="horizontal"
      data-layout="wrapped"
      style={{
        display: 'flex',
        flexWrap: 'wrap',
        gap: 4,
        marginBottom: 16,
        borderBottom: `1px solid ${token.colorBorderSecondary}`,
      }}
    >
      {items.map((item) => {
        const key = String(item.key);
        const active = key === activeKey;
        return (
          <button
            key={key}
            ref={(e) => {
              if (e) buttons.current.set(key, e);
              else buttons.current.delete(key);
            }}
            type="button"
            role="tab"
            id={`${id}-tab-${key}`}
            aria-controls={`${id}-panel-${key}`}
            aria-selected={active}
            aria-disabled={item.disabled || undefined}
            disabled={item.disabled}
            tabIndex={active ? 0 : -1}
            data-node-key={key}
            onClick={(e) => onTabClick(key, e)}
            onKeyDown={(e) => onKeyDown(e, key)}
            style={{
              minHeight: 44,
              padding: '0 12px',
              border: 'none',
              borderBottom: `2px solid ${active ? token.colorPrimary : 'transparent'}`,
              background: active ? token.colorPrimaryBg : 'transparent',
              color: active ? token.colorPrimary : token.colorText,
              fontSize: token.fontSize,
              fontWeight: active ? 600 : 400,
              borderRadius: `${token.borderRadius}px ${token.borderRadius}px 0 0`,
              cursor: item.disabled ? 'not-allowed' : 'pointer',
            }}
          >
            {item.label as ReactNode}
          </button>
        );
      })}
    </div>
  );
}
