import { Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Warning } from '../../api/warnings';
import { ProjectCell } from '../../components/ProjectCell';
import { localName } from '../../lib/projectName';

/**
 * A short name of what the warning is about, for labels and dialogs: the project's code, the
 * person's name, the company's name.
 */
export function subjectTitle(w: Warning): string {
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
 * area, linking to the company's page (where its cases are).
 */
export function WarningSubjectCell({ warning: w }: { warning: Warning }) {
  const { t } = useTranslation();
  if (w.project) return <ProjectCell project={w.project} nameWidth={160} />;
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
