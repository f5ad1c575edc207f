import { Button, Result, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import type { i18n } from 'i18next';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePersonnelKinds } from '../../api/people';
import { LocalName } from '../../components/LocalName';
import { formatDate } from '../../lib/format';
import { isolate } from '../../lib/projectName';

/** Days a term may still run and count as ending soon (the roster's highlight). */
export const ENDING_SOON_DAYS = 90;

/**
 * A personnel kind's name in the interface's language. The kinds table names a kind in Chinese
 * and English; in Uyghur the kinds the programme starts with have their names in the messages
 * (`people.kindNames`), and a kind added later shows its Chinese name (decision 0060).
 */
export function kindLabel(
  k: { code: string; name: string; nameEn: string },
  i18n: Pick<i18n, 'language' | 'exists' | 't'>,
): string {
  if (i18n.language === 'en') return k.nameEn;
  if (i18n.language !== 'ug') return k.name;
  const key = `people.kindNames.${k.code}`;
  return i18n.exists(key, { lng: 'ug', fallbackLng: [] }) ? String(i18n.t(key)) : isolate(k.name);
}

/** The name of a personnel kind in the interface's language. */
export function useKindName(): (code: string) => string {
  const { i18n } = useTranslation();
  const kinds = usePersonnelKinds();
  return (code) => {
    const k = kinds.data?.find((x) => x.code === code);
    if (!k) return kinds.isPending ? '' : code;
    return kindLabel(k, i18n);
  };
}

/** An organisation named in both languages, in the interface's language. */
export function bilingual(o: { name: string; nameEn?: string | null }, language: string): string {
  return language === 'en' && o.nameEn ? o.nameEn : o.name;
}

/** `2024-08-01 – 2026-01-31` (an open end as "ongoing"). */
export function Dates({ from, to }: { from: string; to: string | null | undefined }) {
  const { t } = useTranslation();
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      {formatDate(from)} – {to ? formatDate(to) : t('people.teams.ongoing')}
    </span>
  );
}

/** Days from `date` to the term's end, when it ends within ENDING_SOON_DAYS; else null. */
export function daysToEnd(endsOn: string, date: string): number | null {
  const days = dayjs(endsOn).diff(dayjs(date), 'day');
  return days >= 0 && days <= ENDING_SOON_DAYS ? days : null;
}

/** "ends in N days" for a term ending soon after `date`; nothing otherwise. */
export function EndingTag({ endsOn, date }: { endsOn: string; date: string }) {
  const { t } = useTranslation();
  const days = daysToEnd(endsOn, date);
  if (days === null) return null;
  return (
    <Tag color="gold" data-testid="ending-soon">
      {days === 0 ? t('people.endsToday') : t('people.endingSoon', { days })}
    </Tag>
  );
}

/** A piece of personal data, marked when the caller sees it masked. */
export function PersonalValue({
  value,
  masked,
  testId,
}: {
  value: string | number | null | undefined;
  masked: boolean;
  testId?: string;
}) {
  const { t } = useTranslation();
  if (value === null || value === undefined || value === '') {
    return <Typography.Text type="secondary">{t('people.person.none')}</Typography.Text>;
  }
  return (
    <Space size={6}>
      <span data-testid={testId} style={{ fontVariantNumeric: 'tabular-nums' }}>
        {value}
      </span>
      {masked ? <Tag>{t('people.masked')}</Tag> : null}
    </Space>
  );
}

/**
 * A person who is not there (404, or an address that names no person): a Chinese not-found
 * state that never repeats the address's id, with the way back to the roster.
 */
export function PersonNotFound() {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${t('people.person.notFound')} · ${t('app.title')}`;
  }, [t]);
  return (
    <Result
      status="404"
      title={t('people.person.notFound')}
      subTitle={t('people.person.notFoundText')}
      data-testid="person-not-found"
      extra={
        <Link to="/people">
          <Button type="primary">{t('people.person.toRoster')}</Button>
        </Link>
      }
    />
  );
}

/** A posting's batch as a link to the batch's page ("第 11 批" or its name); "—" without one. */
export function BatchLink({
  batch,
}: {
  batch: { id: number; number: number; name: string | null } | null;
}) {
  const { t } = useTranslation();
  if (!batch) return <>{t('people.person.none')}</>;
  return (
    <Link to={`/people/batches/${batch.id}`} data-testid="batch-link">
      {batch.name ?? t('people.person.batchLabel', { number: batch.number })}
    </Link>
  );
}

/**
 * A person's name as a link to their page, with the other script's name and "unpublished"
 * beside it. On a Uyghur screen the Uyghur name leads (decision 0079); a person without one
 * shows the Chinese name marked "(خەنزۇچە)".
 */
export function PersonNameCell({
  person,
}: {
  person: { id: number; nameZh: string; nameUg: string | null; published: boolean };
}) {
  const { t, i18n } = useTranslation();
  const uyghurFirst = i18n.language === 'ug';
  return (
    <Space size={6} wrap>
      <Link to={`/people/${person.id}`} data-testid="person-link">
        {uyghurFirst ? <LocalName zh={person.nameZh} ug={person.nameUg} /> : person.nameZh}
      </Link>
      {uyghurFirst && person.nameUg ? (
        <Typography.Text type="secondary" lang="zh-CN">
          <bdi>{person.nameZh}</bdi>
        </Typography.Text>
      ) : null}
      {!uyghurFirst && person.nameUg ? (
        <Typography.Text type="secondary" lang="ug">
          <bdi>{person.nameUg}</bdi>
        </Typography.Text>
      ) : null}
      {person.published ? null : <Tag>{t('people.unpublished')}</Tag>}
    </Space>
  );
}
