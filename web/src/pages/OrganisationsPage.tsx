import { Card, Empty, Select, Skeleton, Space, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useOrganisations } from '../api/hooks';
import type { Organisation } from '../api/types';
import { ORGANISATION_KINDS, type OrganisationKind } from '../api/vocabulary';
import { ErrorResult } from '../components/ErrorResult';
import { Ltr } from '../components/Ltr';
import { PageTitle } from '../components/PageTitle';

const KIND_COLORS: Record<OrganisationKind, string> = {
  'donor-province': 'red',
  'donor-city': 'volcano',
  'donor-district': 'orange',
  'frontline-hq': 'orange',
  'programme-office': 'gold',
  'recipient-government': 'blue',
  hospital: 'green',
  school: 'cyan',
  company: 'purple',
  'audit-office': 'geekblue',
  other: 'default',
};

const isKind = (value: string | null): value is OrganisationKind =>
  !!value && (ORGANISATION_KINDS as readonly string[]).includes(value);

export function OrganisationsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const rawKind = params.get('kind');
  const kind = isKind(rawKind) ? rawKind : undefined;
  const organisations = useOrganisations(kind);

  const kindLabel = (k: string) => t(`organisations.kinds.${k}`, { defaultValue: k });
  const columns: ColumnsType<Organisation> = [
    {
      title: t('organisations.colCode'),
      dataIndex: 'code',
      render: (v: string) => <Ltr>{v}</Ltr>,
      sorter: (a, b) => a.code.localeCompare(b.code),
      defaultSortOrder: 'ascend',
    },
    {
      title: t('organisations.colName'),
      dataIndex: 'name',
      sorter: (a, b) => a.name.localeCompare(b.name, 'zh-CN'),
    },
    {
      title: t('organisations.colNameEn'),
      dataIndex: 'nameEn',
      render: (v: string | null) => v || t('common.none'),
      sorter: (a, b) => (a.nameEn ?? '').localeCompare(b.nameEn ?? ''),
    },
    {
      title: t('organisations.colKind'),
      dataIndex: 'kind',
      // The view answers the kind as a plain string: an unknown one is shown as is.
      render: (k: string) => (
        <Tag color={isKind(k) ? KIND_COLORS[k] : 'default'}>{kindLabel(k)}</Tag>
      ),
      sorter: (a, b) => a.kind.localeCompare(b.kind),
    },
    {
      title: t('organisations.colParent'),
      key: 'parent',
      render: (_, o) =>
        o.parent ? (
          <>
            {o.parent.name} (<Ltr>{o.parent.code}</Ltr>)
          </>
        ) : (
          t('common.none')
        ),
    },
  ];

  const items = organisations.data?.items ?? [];
  let body: ReactNode;
  if (organisations.isPending) body = <Skeleton active paragraph={{ rows: 8 }} />;
  else if (organisations.isError)
    body = <ErrorResult error={organisations.error} onRetry={() => void organisations.refetch()} />;
  else
    body = (
      <Table<Organisation>
        rowKey="code"
        size="middle"
        columns={columns}
        dataSource={items}
        locale={{
          emptyText: (
            <Empty description={kind ? t('organisations.emptyKind') : t('organisations.empty')} />
          ),
        }}
        pagination={{
          defaultPageSize: 20,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100],
          showTotal: (total) => t('common.total', { count: total }),
        }}
      />
    );

  return (
    <>
      <PageTitle title={t('organisations.title')} intro={t('organisations.intro')} />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Space size={6} role="search" aria-label={t('organisations.kind')}>
          <label htmlFor="filter-kind">{t('organisations.kind')}</label>
          <Select
            id="filter-kind"
            style={{ width: 220 }}
            allowClear
            placeholder={t('organisations.allKinds')}
            value={kind}
            options={ORGANISATION_KINDS.map((k) => ({ value: k, label: kindLabel(k) }))}
            onChange={(value?: string) =>
              setParams(
                (prev) => {
                  const next = new URLSearchParams(prev);
                  if (value) next.set('kind', value);
                  else next.delete('kind');
                  return next;
                },
                { replace: true },
              )
            }
          />
        </Space>
      </Card>
      <Card data-testid="organisations-table">{body}</Card>
    </>
  );
}
