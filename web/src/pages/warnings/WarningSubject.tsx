import { Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Warning } from '../../api/warnings';
import { ProjectCell } from '../../components/ProjectCell';
import { localName } from '../../lib/projectName';
import { periodWords } from '../indicators/values';

/** The indicator data-entry form of a `report-late` warning's set, reporter and period. */
export function reportEntryLink(w: Warning): string | null {
  const { set, period } = w.detail;
  if (w.subject.kind !== 'report' || !set || !period || !w.area) return null;
  const reporter = w.donor ? `${w.area.code}|${w.donor.code}` : w.area.code;
  return `/indicators/entry?${new URLSearchParams({ set, reporter, period }).toString()}`;
}

/**
 * A short name of what the warning is about, for labels and dialogs: the project's code, the
 * person's name, the company's name.
 */
export function subjectTitle(w: Warning): string {
  if (w.subject.kind === 'report') return `${w.area?.name ?? ''} ${w.detail.period ?? ''}`.trim();
  return w.project?.code ?? w.person?.name ?? w.company?.name ?? `#${w.subject.id}`;
}

/** The subject's name as a dialog shows it (a project's code and name, a person, a company). */
export function subjectName(w: Warning, language: string): string {
  if (w.project) {
    return `${w.project.code} ${localName(w.project.name, w.project.nameEn, language)}`;
  }
  return subjectTitle(w);
}

/**
 * The subject column: a project (linking to its page); a person whose term ends (linking to the
 * person's page), with the posting's role and area; a company with its request's category and
 * area, linking to the company's page (where its cases are); a late indicator report: its
 * period and area (and donor), linking to the data-entry form where it is filled in.
 */
export function WarningSubjectCell({ warning: w }: { warning: Warning }) {
  const { t, i18n } = useTranslation();
  if (w.project) return <ProjectCell project={w.project} nameWidth={160} />;
  const entry = reportEntryLink(w);
  if (entry) {
    const donor = w.donor ? localName(w.donor.name, w.donor.nameEn, i18n.language) : null;
    const what = t('warningsPage.reportOf', {
      period: periodWords(w.detail.period ?? '', i18n.language),
      area: w.area?.name ?? '',
    });
    return (
      <Space orientation="vertical" size={0} data-testid="warning-subject-report">
        <Typography.Text style={{ whiteSpace: 'nowrap' }}>{what}</Typography.Text>
        {donor ? (
          <Typography.Text type="secondary">
            {t('warningsPage.reportDonor', { donor })}
          </Typography.Text>
        ) : null}
        <Link to={entry} style={{ whiteSpace: 'nowrap' }}>
          {t('warningsPage.reportEnter')}
        </Link>
      </Space>
    );
  }
  const area = w.area?.name ?? '';
  const [name, line] = w.person
    ? [w.person.name, t('warningsPage.personRole', { role: w.person.role, area })]
    : w.company
      ? [
          w.company.name,
          t('warningsPage.caseOf', {
            category: t(`warningsPage.caseCategories.${w.company.category}`),
            area,
          }),
        ]
      : [t(`warningsPage.subjects.${w.subject.kind}`), ''];
  return (
    <Space orientation="vertical" size={0} data-testid={`warning-subject-${w.subject.kind}`}>
      {w.person || w.company ? (
        <Link
          to={w.person ? `/people/${w.person.id}` : `/companies/${w.company?.id}`}
          style={{ whiteSpace: 'nowrap' }}
        >
          {name}
        </Link>
      ) : (
        <Typography.Text style={{ whiteSpace: 'nowrap' }}>{name}</Typography.Text>
      )}
      <Typography.Text type="secondary" ellipsis={{ tooltip: line }} style={{ maxWidth: 160 }}>
        {line}
      </Typography.Text>
    </Space>
  );
}
