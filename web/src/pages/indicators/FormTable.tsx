import { SaveOutlined } from '@ant-design/icons';
import { Alert, App as AntApp, Button, Card, Descriptions, Input, Space, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { type FormField, type ReportingForm, useSaveForm } from '../../api/indicators';
import { ResponsiveTable } from '../../components/ResponsiveTable';
import { formatDate } from '../../lib/format';
import { pathErrors } from '../../lib/formErrors';
import { isolate } from '../../lib/projectName';
import { usePhone } from '../../lib/usePhone';
import { useUnsavedChanges } from '../../lib/useUnsavedChanges';
import { StatusTag } from './StatusTag';
import { formatTyped, fromInput, periodWords, toInput, type ValueType } from './values';

/** The name of a coded thing in the interface language. */
/** A record's name: English in English; in Uyghur the Chinese one as an isolated run (no Uyghur
 *  names in the data), so that its brackets and a period after it keep their order (0073). */
const named = (x: { name: string; nameEn: string }, language: string) =>
  language === 'en' && x.nameEn ? x.nameEn : language === 'ug' ? isolate(x.name) : x.name;

interface Row {
  field: FormField;
  type: ValueType;
}

/**
 * The reporting form itself: a row per element (this period's input, the previous period, the
 * target, a note), checked as typed, the changed fields saved all or none, then the set's
 * indicators computed from what was saved.
 */
export function FormTable({ form }: { form: ReportingForm }) {
  const { t, i18n } = useTranslation();
  const { message } = AntApp.useApp();
  const language = i18n.language;
  const save = useSaveForm();
  const phone = usePhone();
  const initial = useMemo(
    () =>
      Object.fromEntries(
        form.fields.map((f) => [
          f.element.code,
          toInput(f.element.valueType as ValueType, f.total),
        ]),
      ) as Record<string, string>,
    [form],
  );
  const initialNotes = useMemo(
    () =>
      Object.fromEntries(
        form.fields.map((f) => [
          f.element.code,
          f.values.find((v) => Object.keys(v.cell).length === 0)?.note ?? '',
        ]),
      ) as Record<string, string>,
    [form],
  );
  const [texts, setTexts] = useState<Record<string, string>>(initial);
  const [notes, setNotes] = useState<Record<string, string>>(initialNotes);
  useEffect(() => setNotes(initialNotes), [initialNotes]);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  useEffect(() => setTexts(initial), [initial]);
  const changed = form.fields.filter(
    (f) =>
      (texts[f.element.code] ?? '') !== initial[f.element.code] ||
      (notes[f.element.code] ?? '') !== initialNotes[f.element.code],
  );
  const dirty = changed.length > 0;
  const { allowLeaving } = useUnsavedChanges(dirty);
  const parsed = Object.fromEntries(
    form.fields.map((f) => [
      f.element.code,
      fromInput(f.element.valueType as ValueType, f.element.scale, texts[f.element.code] ?? ''),
    ]),
  );
  const invalid = changed.filter((f) => 'error' in (parsed[f.element.code] ?? {}));
  const canEnter = form.can.enter;
  // an element split by categories is entered per cell, which this form does not do (0049)
  const split = (f: FormField) =>
    f.element.disaggregations.length > 0 && f.values.some((v) => Object.keys(v.cell).length > 0);

  const unit = (type: ValueType) =>
    type === 'money' ? t('money.wan') : type === 'percentage' ? '%' : '';
  const rows: Row[] = form.fields.map((f) => ({
    field: f,
    type: f.element.valueType as ValueType,
  }));

  const onSave = () => {
    const values = changed.map((f) => {
      const p = parsed[f.element.code];
      const note = (notes[f.element.code] ?? '').trim();
      return {
        element: f.element.code,
        value: p && 'value' in p ? p.value : null,
        note: note || null,
      };
    });
    setServerErrors({});
    save.mutate(
      {
        set: form.set.code,
        area: form.area.code,
        period: form.period,
        donor: form.donor?.code ?? null,
        values,
      },
      {
        onSuccess: () => {
          allowLeaving();
          void message.success(t('dataEntry.saved', { count: values.length }));
        },
        onError: (err) => {
          const byCode: Record<string, string> = {};
          for (const e of pathErrors(err)) {
            const i = e.path[0] === 'values' && typeof e.path[1] === 'number' ? e.path[1] : -1;
            const code = values[i]?.element;
            if (code) byCode[code] = e.message;
          }
          setServerErrors(byCode);
        },
      },
    );
  };

  const due = (
    <Typography.Text type="secondary">
      {t('dataEntry.due', { date: formatDate(form.dueDate) })}
    </Typography.Text>
  );
  return (
    <Card
      data-testid="entry-form"
      data-status={form.status}
      title={
        <Space wrap>
          <span>
            {named(form.area, language)}
            {form.donor ? ` · ${named(form.donor, language)}` : ''} ·{' '}
            <bdi>{periodWords(form.period, language)}</bdi>
          </span>
          <StatusTag status={form.status} />
          {phone ? due : null}
        </Space>
      }
      // on a phone the heading wraps and takes the due date (decision 0063)
      styles={
        phone
          ? { title: { whiteSpace: 'normal', paddingBlock: 8 }, body: { padding: 12 } }
          : undefined
      }
      extra={phone ? undefined : due}
    >
      {!canEnter ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          message={t('dataEntry.readOnly')}
        />
      ) : null}
      {save.isError && Object.keys(serverErrors).length === 0 ? (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          message={t('dataEntry.saveFailed')}
          description={save.error instanceof ApiError ? save.error.message : String(save.error)}
        />
      ) : null}
      <ResponsiveTable<Row>
        data-testid="entry-table"
        size="middle"
        pagination={false}
        rowKey={(r) => r.field.element.code}
        dataSource={rows}
        columns={[
          {
            key: 'element',
            title: t('dataEntry.element'),
            render: (_: unknown, r) => (
              <label htmlFor={`entry-${r.field.element.code}`}>
                {named(r.field.element, language)}
                {unit(r.type) ? (
                  <Typography.Text type="secondary">
                    {t('dataEntry.unitSuffix', { unit: unit(r.type) })}
                  </Typography.Text>
                ) : null}
              </label>
            ),
          },
          {
            key: 'value',
            title: t('dataEntry.value', { period: periodWords(form.period, language) }),
            width: 260,
            card: 'block',
            render: (_: unknown, r) => {
              const code = r.field.element.code;
              const p = parsed[code];
              const local = p && 'error' in p && texts[code] !== initial[code] ? t(p.error) : null;
              const error = local ?? serverErrors[code] ?? null;
              if (split(r.field)) {
                return (
                  <Typography.Text>
                    {formatTyped(r.type, r.field.total)}{' '}
                    <Typography.Text type="secondary">
                      {t('dataEntry.splitReadOnly')}
                    </Typography.Text>
                  </Typography.Text>
                );
              }
              return (
                <div>
                  <Input
                    id={`entry-${code}`}
                    data-testid={`entry-${code}`}
                    value={texts[code] ?? ''}
                    disabled={!canEnter}
                    status={error ? 'error' : ''}
                    aria-invalid={!!error}
                    aria-describedby={error ? `entry-${code}-error` : undefined}
                    suffix={unit(r.type) || undefined}
                    inputMode={r.type === 'text' ? 'text' : 'decimal'}
                    onChange={(e) => setTexts((prev) => ({ ...prev, [code]: e.target.value }))}
                  />
                  {error ? (
                    <Typography.Text
                      type="danger"
                      id={`entry-${code}-error`}
                      style={{ fontSize: 12 }}
                    >
                      {error}
                    </Typography.Text>
                  ) : null}
                </div>
              );
            },
          },
          {
            key: 'previous',
            title: t('dataEntry.previous', { period: periodWords(form.previousPeriod, language) }),
            align: 'right',
            render: (_: unknown, r) => (
              <span data-testid={`previous-${r.field.element.code}`}>
                {formatTyped(r.type, r.field.previous) || t('common.none')}
              </span>
            ),
          },
          {
            key: 'target',
            title: t('dataEntry.target'),
            align: 'right',
            render: (_: unknown, r) => (
              <span data-testid={`target-${r.field.element.code}`}>
                {formatTyped(r.type, r.field.target) || t('common.none')}
              </span>
            ),
          },
          {
            key: 'note',
            title: t('dataEntry.note'),
            width: 220,
            card: 'block',
            render: (_: unknown, r) =>
              split(r.field) ? null : (
                <Input
                  aria-label={t('dataEntry.noteOf', { name: named(r.field.element, language) })}
                  data-testid={`note-${r.field.element.code}`}
                  value={notes[r.field.element.code] ?? ''}
                  maxLength={500}
                  disabled={!canEnter}
                  onChange={(e) =>
                    setNotes((prev) => ({ ...prev, [r.field.element.code]: e.target.value }))
                  }
                />
              ),
          },
        ]}
      />
      <Space style={{ marginTop: 16 }} wrap>
        <Button
          type="primary"
          icon={<SaveOutlined />}
          data-testid="entry-save"
          disabled={!canEnter || !dirty || invalid.length > 0}
          loading={save.isPending}
          onClick={onSave}
        >
          {t('dataEntry.save')}
        </Button>
        <Button
          disabled={!dirty}
          onClick={() => {
            setTexts(initial);
            setNotes(initialNotes);
          }}
        >
          {t('dataEntry.reset')}
        </Button>
        <Typography.Text type="secondary">
          {dirty ? t('dataEntry.changed', { count: changed.length }) : t('dataEntry.unchanged')}
        </Typography.Text>
      </Space>
      {form.indicators.length > 0 ? (
        <Descriptions
          style={{ marginTop: 24 }}
          title={t('dataEntry.indicators')}
          size="small"
          bordered
          column={1}
          data-testid="entry-indicators"
          items={form.indicators.map((ind) => ({
            key: ind.code,
            label: named(ind, language),
            children:
              ind.status === 'ok' && ind.value !== null
                ? ind.value.toLocaleString('en-US', { maximumFractionDigits: 6 })
                : ind.status === 'divisionByZero'
                  ? t('dataEntry.divisionByZero')
                  : t('dataEntry.missingInputs', {
                      names: ind.missing
                        .map((c) => {
                          const f = form.fields.find((x) => x.element.code === c);
                          return f ? named(f.element, language) : t('dataEntry.otherInput');
                        })
                        .join(language === 'en' ? ', ' : '、'),
                    }),
          }))}
        />
      ) : null}
    </Card>
  );
}
