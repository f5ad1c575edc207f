import { Input, type InputProps } from 'antd';
import type { Rule } from 'antd/es/form';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatYuan, parseWanToFen } from '../lib/money';

/**
 * The one way to type an amount (decision 0019): in 万元, the unit shown on screen, kept as the
 * typed text and turned into integer fen only by {@link parseWanToFen}. The unit belongs in the
 * field's label ({@link withUnit}); under a valid amount the exact yuan is shown, so a slip of
 * four digits is seen before it is saved.
 */
export function MoneyInput({
  value,
  preview = true,
  ...props
}: Omit<InputProps, 'value'> & {
  value?: string;
  /** show the exact yuan of a valid amount below the box */
  preview?: boolean;
}) {
  const { t } = useTranslation();
  const fen = value ? parseWanToFen(value) : null;
  return (
    <>
      <Input inputMode="decimal" autoComplete="off" placeholder="12.5" value={value} {...props} />
      {preview && fen !== null ? (
        <div
          data-testid={props.id ? `${props.id}-yuan` : undefined}
          style={{ fontSize: 12, color: 'rgba(0,0,0,0.45)', whiteSpace: 'nowrap' }}
        >
          {t('money.preview', { yuan: formatYuan(fen) })}
        </div>
      ) : null}
    </>
  );
}

/** A label or column header with the unit its amounts are in: 金额（万元）, Amount (10k yuan). */
export function withUnit(t: TFunction, label: string): string {
  return t('money.withUnit', { label });
}

/**
 * The form rule of a {@link MoneyInput}: a valid amount in 万元, required unless said otherwise
 * (give the Form.Item `required` too, for its mark).
 */
export function moneyRule(t: TFunction, { required = true }: { required?: boolean } = {}): Rule {
  return {
    validator: (_, v: string | undefined) => {
      if (!v?.trim())
        return required ? Promise.reject(new Error(t('money.required'))) : Promise.resolve();
      return parseWanToFen(v) !== null
        ? Promise.resolve()
        : Promise.reject(new Error(t('money.invalid')));
    },
  };
}
