import { Card, DatePicker, Flex, Select, Space } from 'antd';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import type { SelectOption } from '../api/options';
import { today } from '../lib/format';
import { usePhone } from '../lib/usePhone';

/**
 * A list page's filter bar: a small card holding the filters as a search landmark named by
 * `label`; `footer` goes under the filters (e.g. a validation message).
 */
export function FilterBar({
  label,
  children,
  footer,
}: {
  label: string;
  children: ReactNode;
  footer?: ReactNode;
}) {
  const phone = usePhone();
  return (
    <Card size="small" style={{ marginBottom: 16 }}>
      {phone ? (
        // on a phone one filter under the other, each as wide as the card (decision 0063)
        <Flex vertical gap={12} role="search" aria-label={label}>
          {children}
        </Flex>
      ) : (
        <Space wrap size="middle" role="search" aria-label={label}>
          {children}
        </Space>
      )}
      {footer}
    </Card>
  );
}

/** A label and its control: side by side, or on a phone the label above a full-width control. */
function Labelled({ phone, children }: { phone: boolean; children: ReactNode }) {
  return phone ? (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 4 }}>{children}</div>
  ) : (
    <Space size={6}>{children}</Space>
  );
}

/**
 * One labelled filter of a filter bar: a select, clearable unless `clearable` is false; an empty
 * value shows the placeholder. `searchable` filters the options by their label as one types.
 */
export function FilterSelect<V extends string | number = string>(props: {
  id: string;
  label: string;
  width: number;
  placeholder?: string;
  value: V | '' | null | undefined;
  options: SelectOption<V>[];
  onChange: (value: V | undefined) => void;
  loading?: boolean;
  searchable?: boolean;
  clearable?: boolean;
}) {
  const phone = usePhone();
  return (
    <Labelled phone={phone}>
      <label htmlFor={props.id}>{props.label}</label>
      <Select<V>
        id={props.id}
        style={{ width: phone ? '100%' : props.width }}
        allowClear={props.clearable ?? true}
        showSearch={props.searchable ? { optionFilterProp: 'label' } : false}
        placeholder={props.placeholder}
        value={props.value || undefined}
        loading={props.loading ?? false}
        options={props.options}
        onChange={(value: V | undefined) => props.onChange(value)}
      />
    </Labelled>
  );
}

/**
 * A labelled "as of" date that cannot be emptied. `onChange` gets the date picked as
 * YYYY-MM-DD, or undefined for today (the default, which the URL leaves out).
 */
export function DateFilter({
  id,
  label,
  date,
  onChange,
}: {
  id: string;
  label: string;
  /** YYYY-MM-DD */
  date: string;
  onChange: (date: string | undefined) => void;
}) {
  const phone = usePhone();
  return (
    <Labelled phone={phone}>
      <label htmlFor={id}>{label}</label>
      <DatePicker
        id={id}
        style={phone ? { width: '100%' } : undefined}
        value={dayjs(date)}
        format="YYYY-MM-DD"
        allowClear={false}
        onChange={(value) => {
          const iso = value?.format('YYYY-MM-DD');
          onChange(iso && iso !== today() ? iso : undefined);
        }}
      />
    </Labelled>
  );
}
