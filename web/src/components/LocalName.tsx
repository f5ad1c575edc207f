import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { fallsBackToChinese, localName } from '../lib/projectName';

/**
 * A record's name in the interface language (lib/projectName.ts). On a Uyghur screen a record
 * with no Uyghur name shows its Chinese one, isolated as a Chinese run and marked "خەنزۇچە"
 * (Chinese) so that the fallback is visible (decision 0060).
 */
export function LocalName({ zh, en, ug }: { zh: string; en?: string | null; ug?: string | null }) {
  const { t, i18n } = useTranslation();
  if (!fallsBackToChinese(i18n.language, ug)) return <>{localName(zh, en, i18n.language, ug)}</>;
  return (
    <>
      <bdi lang="zh-CN">{zh}</bdi>{' '}
      <Typography.Text type="secondary" style={{ fontSize: '0.85em' }} data-testid="name-fallback">
        ({t('common.chineseName')})
      </Typography.Text>
    </>
  );
}
