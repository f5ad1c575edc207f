import { Skeleton } from 'antd';
import type { ReactNode } from 'react';
import { useSession } from '../api/hooks';
import { LoginRequired } from './LoginRequired';

/**
 * A screen for signed-in users only: a skeleton while the session loads, the log-in prompt when
 * signed out, else the screen (whose queries then run with the session).
 */
export function SignedIn({
  title,
  text,
  heading,
  children,
}: {
  title: string;
  text: string;
  /** Shown above the log-in prompt (the page's title) when the screen draws its own otherwise. */
  heading?: ReactNode;
  children: ReactNode;
}) {
  const session = useSession();
  if (session.isPending) return <Skeleton active paragraph={{ rows: 6 }} />;
  if (!session.data) {
    return (
      <>
        {heading}
        <LoginRequired title={title} subTitle={text} />
      </>
    );
  }
  return <>{children}</>;
}
