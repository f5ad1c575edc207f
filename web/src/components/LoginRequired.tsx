import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';

/** A page that needs a session, shown signed out: a log-in button that comes back here after. */
export function LoginRequired({ title, subTitle }: { title: string; subTitle: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  return (
    <Result
      status="403"
      title={title}
      subTitle={subTitle}
      extra={
        <Button
          type="primary"
          onClick={() =>
            void navigate('/login', {
              state: { from: { pathname: location.pathname, search: location.search } },
            })
          }
        >
          {t('header.login')}
        </Button>
      }
    />
  );
}
