import { CheckCircleOutlined, CloseCircleOutlined, MinusCircleOutlined } from '@ant-design/icons';
import { Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Money } from '../../components/Money';
import { formatShare } from '../../lib/money';

const PASS = '#237804';
const FAIL = '#cf1322';

/**
 * A share against its rule: green passes, red fails, grey when no rule applies; never by colour
 * alone (decision 0062): the tag says 达标 / 未达标 / 不适用 with a tick, a cross or a dash.
 */
export function RuleShare({ bp, ok, testId }: { bp: number; ok: boolean | null; testId?: string }) {
  const { t } = useTranslation();
  const label =
    ok === null ? t('compliance.notApplicable') : ok ? t('compliance.pass') : t('compliance.fail');
  return (
    <Space size={6} data-testid={testId} data-ok={String(ok)}>
      <span
        style={{
          color: ok === null ? undefined : ok ? PASS : FAIL,
          fontWeight: 600,
          fontVariantNumeric: 'tabular-nums',
        }}
      >
        {formatShare(bp)}
      </span>
      <Tag
        color={ok === null ? 'default' : ok ? 'success' : 'error'}
        icon={
          ok === null ? (
            <MinusCircleOutlined aria-hidden="true" />
          ) : ok ? (
            <CheckCircleOutlined aria-hidden="true" />
          ) : (
            <CloseCircleOutlined aria-hidden="true" />
          )
        }
      >
        {label}
      </Tag>
    </Space>
  );
}

/** A margin to a rule in 万元 (the exact yuan on hover): green above it, red below. */
export function Margin({ fen }: { fen: number | null }) {
  if (fen === null) return <Money fen={null} />;
  return <Money fen={fen} style={{ color: fen < 0 ? FAIL : PASS }} />;
}
