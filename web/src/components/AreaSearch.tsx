import { SearchOutlined } from '@ant-design/icons';
import { Select, Spin } from 'antd';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useAreas } from '../api/hooks';
import { areaName } from '../lib/areaName';

/**
 * Finds an area by code, name, pinyin or pinyin initials (e.g. "KES" for 库尔勒市) and opens
 * its page. Keyboard: type, arrow keys, Enter. `block`: as wide as its container (the phone menu).
 */
export function AreaSearch({ block = false }: { block?: boolean } = {}) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const q = useDeferredValue(text.trim());
  const areas = useAreas({ q, limit: '20' }, q.length > 0);
  const options = (areas.data?.items ?? []).map((a) => ({
    value: a.code,
    label:
      i18n.language === 'en'
        ? `${areaName(a, 'en')} ${a.name} · ${a.code} · ${t(`levels.${a.level}`)}`
        : `${a.name} ${a.namePinyin} · ${a.code} · ${t(`levels.${a.level}`)}`,
  }));
  return (
    <Select
      showSearch={{ filterOption: false, onSearch: setText }}
      value={null}
      placeholder={t('header.findArea')}
      aria-label={t('header.findArea')}
      suffixIcon={<SearchOutlined />}
      notFoundContent={
        areas.isFetching ? <Spin size="small" /> : q ? t('header.findAreaNone') : null
      }
      options={options}
      onChange={(code: string) => {
        setText('');
        void navigate(`/areas/${code}`);
      }}
      style={{ width: block ? '100%' : 260 }}
      data-testid="area-search"
    />
  );
}
