import { Card, DatePicker, Select, Space } from 'antd';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import type { SelectOption } from '../api/options';
import { today } from '../lib/format';

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
  return (
    <Card size="small" style={{ marginBottom: 16 }}>
      <Space wrap size="middle" role="search" aria-label={label}>
        {children}
      </Space>
      {footer}
    </Card>
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
  return (
    <Space size={6}>
      <label htmlFor={props.id}>{props.label}</label>
      <Select<V>
        id={props.id}
        style={{ width: props.width }}
        allowClear={props.clearable ?? true}
        showSearch={props.searchable ? { optionFilterProp: 'label' } : false}
        placeholder={props.placeholder}
        value={props.value || undefined}
        loading={props.loading ?? false}
        options={props.options}
        onChange={(value: V | undefined) => props.onChange(value)}
      />
    </Space>
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
  return (
    <Space size={6}>
      <label htmlFor={id}>{label}</label>
      <DatePicker
        id={id}
        value={dayjs(date)}
        format="YYYY-MM-DD"
        allowClear={false}
        onChange={(value) => {
          const iso = value?.format('YYYY-MM-DD');
          onChange(iso && iso !== today() ? iso : undefined);
        }}
      />
    </Space>
  );
}
