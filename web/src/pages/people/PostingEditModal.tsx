import { App as AntApp, Form, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { Person, Posting } from '../../api/people';
import { type PostingChanges, usePatchPosting } from '../../api/peopleEdits';
import { FormModal } from '../../components/FormModal';
import { PostingFields, type PostingValues } from './PostingFields';
import { POSTING_ALIASES } from './PostingModals';

/** The form's values of a posting as stored. */
export function postingValues(p: Posting): PostingValues {
  return {
    kind: p.kind,
    batch: p.batch?.id ?? null,
    area: p.area.code,
    hostOrgName: p.hostOrg.name,
    role: p.role,
    mode: p.mode,
    crossPair: p.crossPair,
    termStart: dayjs(p.termStart),
    plannedEnd: dayjs(p.plannedEnd),
  };
}

/**
 * The PATCH body: only what changed. A changed host is a name (the known organisation, if any,
 * is let go); an emptied planned end is left as it was.
 */
export function postingChanges(p: Posting, v: PostingValues): PostingChanges {
  const body: PostingChanges = {};
  if (v.kind && v.kind !== p.kind) body.kind = v.kind;
  if ((v.batch ?? null) !== (p.batch?.id ?? null)) body.batch = v.batch ?? null;
  if (v.area && v.area !== p.area.code) body.area = v.area;
  const host = v.hostOrgName?.trim();
  if (host && host !== p.hostOrg.name) {
    body.hostOrgName = host;
    body.hostOrg = null;
  }
  const role = v.role?.trim();
  if (role && role !== p.role) body.role = role;
  if (v.mode && v.mode !== p.mode) body.mode = v.mode;
  if ((v.crossPair ?? false) !== p.crossPair) body.crossPair = v.crossPair ?? false;
  const start = v.termStart?.format('YYYY-MM-DD');
  if (start && start !== p.termStart) body.termStart = start;
  const end = v.plannedEnd?.format('YYYY-MM-DD');
  if (end && end !== p.plannedEnd) body.plannedEnd = end;
  return body;
}

/**
 * Changes a posting (PATCH, If-Match: the posting's own version, so a change to another of the
 * person's postings meanwhile is no conflict): the same fields and rules as adding one; the
 * server's refusals land on their fields. When someone else changed this posting meanwhile (409)
 * it says so, reloads the person and shows the posting's latest values to edit again.
 */
export function PostingEditModal({
  person,
  posting,
  onClose,
  onReload,
}: {
  person: Person;
  posting: Posting;
  onClose: () => void;
  onReload: () => Promise<{ data?: Person | undefined }>;
}) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const patch = usePatchPosting();
  const [form] = Form.useForm<PostingValues>();
  return (
    <FormModal<PostingValues>
      form={form}
      title={t('peopleEdits.posting.title', { name: person.nameZh })}
      width={900}
      okText={t('people.form.submit')}
      cancelText={t('people.form.cancel')}
      onClose={onClose}
      conflictText={t('people.edit.conflict')}
      conflictTestId="posting-edit-conflict"
      onConflict={async () => {
        // The person as stored now: the form shows the posting's latest values to edit again.
        const latest = (await onReload()).data?.postings.find((x) => x.id === posting.id);
        if (latest) form.setFieldsValue(postingValues(latest));
      }}
      aliases={POSTING_ALIASES}
      initialValues={postingValues(posting)}
      intro={
        <Typography.Paragraph type="secondary">
          {t('peopleEdits.posting.intro')}
        </Typography.Paragraph>
      }
      onSubmit={async (v) => {
        const body = postingChanges(posting, v);
        if (Object.keys(body).length === 0) return;
        await patch.mutateAsync({
          url: `/api/people/postings/${posting.id}`,
          version: posting.version,
          body,
        });
        void message.success(t('peopleEdits.posting.done'));
      }}
    >
      <PostingFields prefix={[]} donor={person.donor.code} editing />
    </FormModal>
  );
}
