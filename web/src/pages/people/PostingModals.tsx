import { App as AntApp, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { type Person, useAddPosting } from '../../api/people';
import { FormModal } from '../../components/FormModal';
import { NEW_POSTING, PostingFields, type PostingValues, postingBody } from './PostingFields';

/** The server's names of a posting's fields that the form names otherwise. */
export const POSTING_ALIASES = { hostOrg: 'hostOrgName', actualEnd: 'plannedEnd' } as const;

/** Adds a posting to the person (If-Match: the person's version); problems on the fields. */
export function AddPostingModal({
  person,
  open,
  onClose,
  onReload,
}: {
  person: Person;
  open: boolean;
  onClose: () => void;
  onReload: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const add = useAddPosting();
  const [form] = Form.useForm<PostingValues>();
  return (
    <FormModal<PostingValues>
      form={form}
      open={open}
      title={t('people.person.addPosting')}
      width={900}
      okText={t('people.form.submit')}
      cancelText={t('people.form.cancel')}
      onClose={onClose}
      conflictText={t('people.edit.conflict')}
      onConflict={onReload}
      aliases={POSTING_ALIASES}
      initialValues={NEW_POSTING}
      onSubmit={async (v) => {
        await add.mutateAsync({ id: person.id, version: person.version, body: postingBody(v) });
        void message.success(t('people.form.postingAdded'));
      }}
    >
      <PostingFields prefix={[]} donor={person.donor.code} />
    </FormModal>
  );
}
