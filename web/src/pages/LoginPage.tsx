import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, type Location, useLocation, useNavigate } from 'react-router';
import { ApiError } from '../api/client';
import { useLogin, useSession } from '../api/hooks';
import { PageTitle } from '../components/PageTitle';

interface LoginForm {
  username: string;
  password: string;
}

/** Where to go after logging in: the page the user came from (never back to /login). */
function returnTo(location: Location): string {
  const from = (location.state as { from?: { pathname?: string; search?: string } } | null)?.from;
  const path = from?.pathname;
  if (!path?.startsWith('/') || path.startsWith('//') || path === '/login') return '/';
  return `${path}${from?.search ?? ''}`;
}

export function LoginPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const session = useSession();
  const login = useLogin();
  const target = returnTo(location);

  let errorText: string | null = null;
  if (login.error) {
    const err = login.error;
    if (err instanceof ApiError && err.status === 401) errorText = t('login.wrongCredentials');
    else if (err instanceof ApiError && err.status === 429) errorText = t('login.tooManyAttempts');
    else if (err instanceof ApiError && err.status === 0) errorText = t('common.networkError');
    else errorText = t('login.failed', { detail: err.message });
  }

  return (
    <div style={{ maxWidth: 420, margin: '48px auto' }}>
      <PageTitle title={t('login.title')} intro={t('login.intro')} />
      <Card>
        {session.data ? (
          <>
            <Typography.Paragraph>
              {t('login.alreadySignedIn', {
                name: session.data.user.displayName || session.data.user.username,
              })}
            </Typography.Paragraph>
            <Button type="primary" onClick={() => void navigate(target, { replace: true })}>
              {t('login.continue')}
            </Button>
          </>
        ) : (
          <Form<LoginForm>
            layout="vertical"
            requiredMark={false}
            disabled={login.isPending}
            onFinish={(values) =>
              login.mutate(values, {
                onSuccess: () => void navigate(target, { replace: true }),
              })
            }
            onValuesChange={() => {
              if (login.error) login.reset();
            }}
          >
            {errorText ? (
              <Alert
                type="error"
                showIcon
                title={errorText}
                role="alert"
                data-testid="login-error"
                style={{ marginBottom: 16 }}
              />
            ) : null}
            <Form.Item
              label={t('login.username')}
              name="username"
              validateTrigger={['onChange', 'onBlur']}
              rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}
            >
              <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
            </Form.Item>
            <Form.Item
              label={t('login.password')}
              name="password"
              rules={[{ required: true, message: t('login.passwordRequired') }]}
            >
              <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={login.isPending}>
              {t('login.submit')}
            </Button>
          </Form>
        )}
      </Card>
      <Typography.Paragraph style={{ marginTop: 16, textAlign: 'center' }}>
        <Link to="/public" data-testid="login-public-link">
          {t('publicView.fromLogin')}
        </Link>
      </Typography.Paragraph>
    </div>
  );
}
