import { EditOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Space, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Person, Posting } from '../../api/people';
import { AreaName } from '../../components/AreaName';
import { type ResponsiveColumn, ResponsiveTable } from '../../components/ResponsiveTable';
import { today } from '../../lib/format';
import { BatchLink, bilingual, Dates, EndingTag, useKindName } from './bits';
import { EndPostingModal } from './EndPostingModal';
import { PostingEditModal } from './PostingEditModal';

function PostingStatus({ p }: { p: Posting }) {
  const { t } = useTranslation();
  const now = today();
  if (p.actualEnd && p.actualEnd < p.plannedEnd && p.endReason) {
    return <Tag>{t('people.person.endedEarly', { reason: p.endReason })}</Tag>;
  }
  if (p.termStart > now) return <Tag color="blue">{t('people.person.upcoming')}</Tag>;
  if (p.endsOn < now) return <Tag>{t('people.person.ended')}</Tag>;
  return (
    <Space size={4}>
      <Tag color="green">{t('people.person.current')}</Tag>
      <EndingTag endsOn={p.endsOn} date={now} />
    </Space>
  );
}

/**
 * The person's postings: term, kind, batch (a link to the batch's page), role, host, area, mode,
 * status; a posting is changed (修改) or ended early (提前结束) where its `can` allows.
 */
export function PersonPostings({
  person: p,
  onReload,
}: {
  person: Person;
  onReload: () => Promise<{ data?: Person | undefined }>;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const kindName = useKindName();
  const [endingId, setEndingId] = useState<number | null>(null);
  const [editingId, setEditingId] = useState<number | null>(null);
  // The postings being changed or ended, as last loaded (after a 409 the reloaded ones, whose
  // version the next If-Match sends).
  const editing = p.postings.find((x) => x.id === editingId && x.can.update) ?? null;
  const ending = p.postings.find((x) => x.id === endingId && x.can.end) ?? null;

  const columns: ResponsiveColumn<Posting>[] = [
    {
      title: t('people.person.colTerm'),
      key: 'term',
      render: (_, x) => <Dates from={x.termStart} to={x.endsOn} />,
    },
    { title: t('people.colKind'), key: 'kind', render: (_, x) => kindName(x.kind) },
    {
      title: t('people.person.colBatch'),
      key: 'batch',
      render: (_, x) => <BatchLink batch={x.batch} />,
    },
    { title: t('people.colRole'), key: 'role', render: (_, x) => x.role },
    { title: t('people.colHost'), key: 'host', render: (_, x) => bilingual(x.hostOrg, language) },
    {
      title: t('people.colArea'),
      key: 'area',
      render: (_, x) => (
        <Link to={`/areas/${x.area.code}`}>
          <AreaName area={x.area} />
        </Link>
      ),
    },
    {
      title: t('people.person.colMode'),
      key: 'mode',
      render: (_, x) => (
        <Space size={4}>
          {t(`people.modes.${x.mode}`)}
          {x.crossPair ? <Tag color="orange">{t('people.person.crossPair')}</Tag> : null}
        </Space>
      ),
    },
    { title: t('people.colStatus'), key: 'status', render: (_, x) => <PostingStatus p={x} /> },
  ];
  // Ending early is offered while the posting runs and before its planned end, when `can` allows.
  const endable = (x: Posting) => x.can.end && x.plannedEnd > x.termStart;
  if (p.postings.some((x) => endable(x) || x.can.update)) {
    columns.push({
      title: t('people.end.column'),
      key: 'actions',
      render: (_, x) => (
        <Space size={4}>
          {x.can.update ? (
            <Button
              size="small"
              icon={<EditOutlined />}
              onClick={() => setEditingId(x.id)}
              data-testid="posting-edit"
              aria-label={t('peopleEdits.posting.actionLabel', { role: x.role })}
            >
              {t('peopleEdits.posting.action')}
            </Button>
          ) : null}
          {endable(x) ? (
            <Button size="small" danger onClick={() => setEndingId(x.id)} data-testid="posting-end">
              {t('people.end.action')}
            </Button>
          ) : null}
        </Space>
      ),
    });
  }

  return (
    <Card title={t('people.person.postings')}>
      <ResponsiveTable<Posting>
        data-testid="person-postings"
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={p.postings}
        scroll={{ x: 'max-content' }}
        pagination={false}
        locale={{
          emptyText: (
            <Empty
              description={t('people.person.noPostings')}
              image={Empty.PRESENTED_IMAGE_SIMPLE}
            />
          ),
        }}
      />
      {ending ? (
        <EndPostingModal posting={ending} onClose={() => setEndingId(null)} onReload={onReload} />
      ) : null}
      {editing ? (
        <PostingEditModal
          person={p}
          posting={editing}
          onClose={() => setEditingId(null)}
          onReload={onReload}
        />
      ) : null}
    </Card>
  );
}
