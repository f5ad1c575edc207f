import type { FormRule } from 'antd';
import type { Dayjs } from 'dayjs';

/**
 * A date field's rule: not before the date in the form's `startField` (either one empty passes;
 * the field must list `startField` in its `dependencies` to be checked again when that changes).
 */
export function notBeforeField(startField: string, message: string): FormRule {
  return ({ getFieldValue }) => ({
    validator: (_, value: Dayjs | null | undefined) => {
      const start = getFieldValue(startField) as Dayjs | null | undefined;
      return !value || !start || !value.isBefore(start, 'day')
        ? Promise.resolve()
        : Promise.reject(new Error(message));
    },
  });
}
