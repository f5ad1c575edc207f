import { Space, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { TFunction } from 'i18next';
import { Link } from 'react-router';
import type { Pairing } from '../../api/types';
import { AreaName } from '../../components/AreaName';
import { DonorTag } from '../../components/DonorTag';
import { LevelTag } from '../../components/LevelTag';
import { formatDate } from '../../lib/format';

const LEVEL_ORDER: Record<string, number> = { province: 0, prefecture: 1, county: 2, township: 3 };
const NOWRAP = { whiteSpace: 'nowrap' } as const;
const CONFIDENCE_COLORS: Record<string, string> = { H: 'green', M: 'gold', L: 'red' };

/** The recipient's name: an area's, or an organisation's (a hospital, a school …). */
export function recipientName(p: Pairing): string {
  return p.recipient?.name ?? p.recipientOrg?.name ?? '';
}

function recipientSortKey(p: Pairing): string {
  return (p.recipient?.namePinyin || recipientName(p)).toLowerCase();
}

/** Sort order of the level column: province, prefecture, county, XPCC city, township. */
function levelRank(p: Pairing): number {
  if (!p.recipient) return 99;
  const base = (LEVEL_ORDER[p.recipient.level] ?? 9) * 2;
  return base + (p.recipient.kind === 'xpcc-city' ? 1 : 0);
}

/** The pairings table's columns, donors in their map colours. */
export function pairingColumns(
  t: TFunction,
  colors: ReadonlyMap<string, string>,
  language = 'zh-CN',
): ColumnsType<Pairing> {
  const english = language === 'en';
  return [
    {
      title: t('pairings.colDonor'),
      key: 'donor',
      render: (_, p) => <DonorTag donor={p.donor} color={colors.get(p.donor.code)} />,
      sorter: (a, b) => a.donor.code.localeCompare(b.donor.code),
      defaultSortOrder: 'ascend',
    },
    {
      title: t('pairings.colRecipient'),
      key: 'recipient',
      render: (_, p) =>
        p.recipient ? (
          <Space size={6} wrap>
            <Link to={`/areas/${p.recipient.code}`}>
              <AreaName area={p.recipient} />
            </Link>
            {/* The other script beside it: the Chinese name in English, else the pinyin. */}
            <Typography.Text type="secondary">
              {english ? p.recipient.name : p.recipient.namePinyin}
            </Typography.Text>
          </Space>
        ) : (
          recipientName(p)
        ),
      sorter: (a, b) => recipientSortKey(a).localeCompare(recipientSortKey(b)),
    },
    {
      title: t('pairings.colLevel'),
      key: 'level',
      render: (_, p) =>
        p.recipient ? (
          <LevelTag
            level={p.recipient.level}
            kind={p.recipient.kind}
            xpccDivision={p.recipient.xpccDivision}
          />
        ) : (
          t('common.none')
        ),
      sorter: (a, b) => levelRank(a) - levelRank(b),
    },
    {
      title: t('pairings.colValidFrom'),
      key: 'validFrom',
      render: (_, p) => <span style={NOWRAP}>{formatDate(p.validFrom) || t('common.none')}</span>,
      sorter: (a, b) => (a.validFrom ?? '').localeCompare(b.validFrom ?? ''),
    },
    {
      title: t('pairings.colValidTo'),
      key: 'validTo',
      render: (_, p) => (
        <span style={NOWRAP}>{formatDate(p.validTo) || t('common.openEnded')}</span>
      ),
      sorter: (a, b) => (a.validTo ?? '9999').localeCompare(b.validTo ?? '9999'),
    },
    {
      title: <Tooltip title={t('pairings.confidenceHint')}>{t('pairings.colConfidence')}</Tooltip>,
      key: 'confidence',
      render: (_, p) =>
        p.confidence ? (
          <Tag color={CONFIDENCE_COLORS[p.confidence] ?? 'default'}>
            {t(`pairings.confidence.${p.confidence}`, { defaultValue: p.confidence })}
          </Tag>
        ) : (
          t('common.none')
        ),
      sorter: (a, b) => (a.confidence ?? '').localeCompare(b.confidence ?? ''),
    },
    {
      title: t('pairings.colNote'),
      key: 'note',
      width: '24%',
      // The English note in English where the table has one, else the Chinese.
      render: (_, p) => (english && p.noteEn ? p.noteEn : p.note) || '',
    },
  ];
}
