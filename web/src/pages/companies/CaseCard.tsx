import { Card, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseSummary } from '../../api/companies';
import { formatDate } from '../../lib/format';

/** A case on the board or a company's page: a button that opens it. */
export function CaseCard({ c, onOpen }: { c: CaseSummary; onOpen: () => void }) {
  const { t } = useTranslation();
  return (
    <Card
      size="small"
      hoverable
      role="button"
      tabIndex={0}
      data-testid={`case-card-${c.id}`}
      data-status={c.status}
      onClick={onOpen}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          onOpen();
        }
      }}
      style={{ marginBottom: 8, borderColor: c.late ? '#ff4d4f' : undefined }}
    >
      <Space orientation="vertical" size={2} style={{ width: '100%' }}>
        <Space size={6} wrap>
          <Typography.Text strong>{c.company.name}</Typography.Text>
          <Tag>{t(`cases.category.${c.category}`)}</Tag>
          {c.late ? <Tag color="red">{t('cases.late')}</Tag> : null}
        </Space>
        <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ margin: 0 }}>
          {c.description}
        </Typography.Paragraph>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('cases.openedOn', { date: formatDate(c.openedAt) })} ·{' '}
          {c.responseWorkingDays === null
            ? t('cases.noResponse')
            : t('cases.responseDays', { days: c.responseWorkingDays })}
          {c.officer ? ` · ${c.officer.name}` : ''}
        </Typography.Text>
      </Space>
    </Card>
  );
}
