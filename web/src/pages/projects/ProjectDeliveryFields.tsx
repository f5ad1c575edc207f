import { Col, Form, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useOrganisationChoices } from '../../api/projectEdits';
import { DELIVERY_MODES } from '../../api/vocabulary';

/**
 * Who carries the project out and how: the implementing organisation, picked by name (never by
 * its code), and the delivery mode. On the new-project and edit forms alike.
 */
export function ProjectDeliveryFields() {
  const { t, i18n } = useTranslation();
  const orgs = useOrganisationChoices();
  const english = i18n.language === 'en';
  const kindName = (kind: string) => {
    const key = `organisations.kinds.${kind}`;
    return i18n.exists(key) ? t(key) : '';
  };
  return (
    <Row gutter={16}>
      <Col xs={24} md={12}>
        <Form.Item
          name="implementingOrg"
          label={t('projectEdit.implementingOrg')}
          extra={t('projectEdit.implementingOrgHint')}
        >
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            loading={orgs.isPending}
            placeholder={t('projectEdit.implementingOrgNone')}
            data-testid="implementing-org"
            options={(orgs.data?.items ?? []).map((o) => {
              const name = english && o.nameEn ? o.nameEn : o.name;
              const kind = kindName(o.kind);
              const label = !kind ? name : english ? `${name} (${kind})` : `${name}（${kind}）`;
              return { value: o.code, label };
            })}
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="deliveryMode" label={t('projectEdit.deliveryMode')}>
          <Select
            allowClear
            placeholder={t('projectEdit.deliveryModeNone')}
            data-testid="delivery-mode"
            options={DELIVERY_MODES.map((m) => ({ value: m, label: t(`deliveryModes.${m}`) }))}
          />
        </Form.Item>
      </Col>
    </Row>
  );
}
