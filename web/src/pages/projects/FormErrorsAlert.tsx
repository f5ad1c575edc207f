import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';

/** The errors a project form cannot put on one of its fields, listed above its buttons. */
export function FormErrorsAlert({ errors }: { errors: string[] }) {
  const { t } = useTranslation();
  if (!errors.length) return null;
  return (
    <Alert
      type="error"
      showIcon
      style={{ marginBottom: 16 }}
      title={t('projectForm.otherErrors')}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      }
    />
  );
}
