import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  App as AntApp,
  Breadcrumb,
  Button,
  Card,
  Col,
  Descriptions,
  Empty,
  List,
  Popconfirm,
  Row,
  Skeleton,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { ApiError } from '../api/client';
import { useMentorings, usePerson, usePublishPerson, useTeams } from '../api/people';
import { ErrorResult } from '../components/ErrorResult';
import { PageTitle } from '../components/PageTitle';
import { RecordHistory } from '../components/RecordHistory';
import { localName } from '../lib/projectName';
import { bilingual, Dates, PersonalValue, PersonNotFound } from './people/bits';
import { PersonEditModal } from './people/PersonEditModal';
import { PersonPostings } from './people/PersonPostings';
import { AddPostingModal } from './people/PostingModals';

/** One person: details (personal data masked unless their donor's), postings, teams, mentees. */
export function PersonPage() {
  const { t, i18n } = useTranslation();
  const { message } = AntApp.useApp();
  const location = useLocation();
  const { id: raw = '' } = useParams();
  const id = Number(raw);
  const person = usePerson(id);
  const teams = useTeams({ person: id, limit: 200 }, Number.isInteger(id) && id > 0);
  const mentorings = useMentorings({ mentor: id, limit: 200 }, Number.isInteger(id) && id > 0);
  const publish = usePublishPerson();
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState(false);
  const postingError = (location.state as { postingError?: string } | null)?.postingError;
  const language = i18n.language;

  const crumbs = (name?: string) => (
    <Breadcrumb
      style={{ marginBottom: 12 }}
      items={[
        { title: <Link to="/people">{t('people.person.back')}</Link> },
        ...(name ? [{ title: name }] : []),
      ]}
    />
  );
  if (!(Number.isInteger(id) && id > 0)) {
    return (
      <>
        {crumbs()}
        <PersonNotFound />
      </>
    );
  }
  if (person.isPending) {
    return (
      <>
        {crumbs()}
        <Card>
          <Skeleton active paragraph={{ rows: 6 }} />
        </Card>
      </>
    );
  }
  if (person.isError) {
    const notFound = person.error instanceof ApiError && person.error.status === 404;
    return (
      <>
        {crumbs()}
        {notFound ? (
          <PersonNotFound />
        ) : (
          <ErrorResult
            error={person.error}
            title={t('people.person.loadError')}
            onRetry={() => void person.refetch()}
          />
        )}
      </>
    );
  }
  const p = person.data;
  const masked = p.personal.masked;

  const actions = (
    <Space>
      {p.can.publish ? (
        <Popconfirm
          title={t('people.person.publishConfirm')}
          okText={t('people.person.publish')}
          cancelText={t('people.form.cancel')}
          onConfirm={() =>
            publish.mutate(
              { id: p.id, version: p.version },
              {
                onSuccess: () => void message.success(t('people.person.publishDone')),
                onError: (err) => void message.error(err.message),
              },
            )
          }
        >
          <Button loading={publish.isPending} data-testid="person-publish">
            {t('people.person.publish')}
          </Button>
        </Popconfirm>
      ) : null}
      {p.can.update ? (
        <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="person-edit">
          {t('people.edit.action')}
        </Button>
      ) : null}
      {p.can.addPosting ? (
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setAdding(true)}
          data-testid="person-add-posting"
        >
          {t('people.person.addPosting')}
        </Button>
      ) : null}
    </Space>
  );

  return (
    <>
      {crumbs(p.nameZh)}
      <PageTitle
        title={i18n.language === 'ug' ? localName(p.nameZh, null, 'ug', p.nameUg) : p.nameZh}
        extra={
          <Space size={8} wrap>
            {i18n.language === 'ug' ? (
              p.nameUg ? (
                <Typography.Text type="secondary" lang="zh-CN">
                  <bdi>{p.nameZh}</bdi>
                </Typography.Text>
              ) : (
                <Typography.Text type="secondary" data-testid="name-fallback">
                  ({t('common.chineseName')})
                </Typography.Text>
              )
            ) : p.nameUg ? (
              <Typography.Text type="secondary" lang="ug">
                <bdi>{p.nameUg}</bdi>
              </Typography.Text>
            ) : null}
            <Tag data-testid="person-published">
              {p.published ? t('people.person.isPublished') : t('people.unpublished')}
            </Tag>
            {actions}
          </Space>
        }
      />
      {postingError ? (
        <Alert type="error" showIcon style={{ marginBottom: 16 }} title={postingError} />
      ) : null}
      <Row gutter={[16, 16]}>
        <Col span={24}>
          <Card title={t('people.person.basics')}>
            <Descriptions column={{ xs: 1, md: 2, xl: 3 }} size="small" bordered>
              <Descriptions.Item label={t('people.person.donor')}>
                {bilingual(p.donor, language)}
              </Descriptions.Item>
              <Descriptions.Item label={t('people.person.sex')}>
                {t(`people.sex.${p.sex}`)}
              </Descriptions.Item>
              <Descriptions.Item label={t('people.person.ethnicity')}>
                {p.ethnicity ?? t('people.person.none')}
              </Descriptions.Item>
              <Descriptions.Item label={t('people.person.homeOrg')}>
                {p.homeOrg.name
                  ? bilingual({ name: p.homeOrg.name, nameEn: p.homeOrg.nameEn }, language)
                  : t('people.person.none')}
              </Descriptions.Item>
              <Descriptions.Item label={t('people.person.phone')}>
                <PersonalValue value={p.personal.phone} masked={masked} testId="person-phone" />
              </Descriptions.Item>
              <Descriptions.Item label={t('people.person.idCard')}>
                <PersonalValue
                  value={p.personal.idCardNumber}
                  masked={masked}
                  testId="person-id-card"
                />
              </Descriptions.Item>
              <Descriptions.Item label={t('people.person.birthYear')}>
                <PersonalValue value={p.personal.birthYear} masked={masked} />
              </Descriptions.Item>
            </Descriptions>
            <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
              {masked ? t('people.person.maskedNote') : t('people.person.unmaskedNote')}
            </Typography.Paragraph>
          </Card>
        </Col>
        <Col span={24}>
          <PersonPostings person={p} onReload={() => person.refetch()} />
        </Col>
        <Col xs={24} xl={12}>
          <Card
            title={t('people.person.teams')}
            loading={teams.isPending}
            data-testid="person-teams"
          >
            {teams.isError ? (
              <ErrorResult error={teams.error} onRetry={() => void teams.refetch()} />
            ) : (
              <List
                dataSource={teams.data?.items ?? []}
                locale={{
                  emptyText: (
                    <Empty
                      description={t('people.person.noTeams')}
                      image={Empty.PRESENTED_IMAGE_SIMPLE}
                    />
                  ),
                }}
                renderItem={(team) => {
                  const mine = team.members.filter((m) => m.person.id === p.id);
                  return (
                    <List.Item>
                      <List.Item.Meta
                        title={<Link to={`/teams?focus=${team.id}`}>{team.name}</Link>}
                        description={
                          <Space size={8} wrap>
                            <Tag>{t(`people.teams.kinds.${team.kind}`)}</Tag>
                            {mine.map((m) => (
                              <span key={m.id}>
                                {t(`people.teams.roles.${m.role}`)}{' '}
                                <Dates from={m.startsOn} to={m.endsOn} />
                              </span>
                            ))}
                          </Space>
                        }
                      />
                    </List.Item>
                  );
                }}
              />
            )}
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card
            title={`${t('people.person.mentoring')}${mentorings.data ? ` · ${t('people.mentoring.total', { count: mentorings.data.total })}` : ''}`}
            loading={mentorings.isPending}
            data-testid="person-mentoring"
          >
            {mentorings.isError ? (
              <ErrorResult error={mentorings.error} onRetry={() => void mentorings.refetch()} />
            ) : (
              <List
                size="small"
                dataSource={mentorings.data?.items ?? []}
                locale={{
                  emptyText: (
                    <Empty
                      description={t('people.person.noMentoring')}
                      image={Empty.PRESENTED_IMAGE_SIMPLE}
                    />
                  ),
                }}
                renderItem={(m) => {
                  const last = m.assessments.at(-1);
                  return (
                    <List.Item>
                      <Space size={8} wrap>
                        <Typography.Text strong>{m.mentee.name}</Typography.Text>
                        <Typography.Text type="secondary">
                          {bilingual(m.mentee.org, language)}
                        </Typography.Text>
                        <Dates from={m.startsOn} to={m.endsOn} />
                        {last ? (
                          <Tag color="blue">
                            {t('people.mentoring.assessment', {
                              year: last.year,
                              grade: t(`people.mentoring.grades.${last.grade}`),
                            })}
                          </Tag>
                        ) : null}
                      </Space>
                    </List.Item>
                  );
                }}
              />
            )}
          </Card>
        </Col>
        {p.can.readHistory ? (
          <Col span={24}>
            <RecordHistory
              url={`/api/people/persons/${p.id}/history`}
              version={p.version}
              testId="person-history"
            />
          </Col>
        ) : null}
      </Row>
      {/* Mounted only while open: each opening starts from the person as loaded. */}
      {p.can.update && editing ? (
        <PersonEditModal
          person={p}
          open={editing}
          onClose={() => setEditing(false)}
          onReload={() => person.refetch()}
        />
      ) : null}
      {p.can.addPosting ? (
        <AddPostingModal
          person={p}
          open={adding}
          onClose={() => setAdding(false)}
          onReload={() => person.refetch()}
        />
      ) : null}
    </>
  );
}
