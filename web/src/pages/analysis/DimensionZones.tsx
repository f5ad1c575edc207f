import {
  ArrowDownOutlined,
  ArrowLeftOutlined,
  ArrowRightOutlined,
  ArrowUpOutlined,
  CloseOutlined,
  HolderOutlined,
} from '@ant-design/icons';
import { Button, Card, Space, Tooltip, Typography } from 'antd';
import { type DragEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isRtl } from '../../i18n';
import { MAX_DIMENSIONS, moveDimension, placeDimension } from './pivot';

type Zone = 'none' | 'rows' | 'columns';

const DRAG_TYPE = 'application/x-shanhai-dimension';

/**
 * The pivot's dimensions in three zones — available, rows, columns — moved by dragging a chip
 * onto a zone, or, with the keyboard, by each chip's buttons (to rows, to columns, earlier,
 * later, remove): every drag has a button.
 */
export function DimensionZones({
  available,
  rows,
  columns,
  name,
  onChange,
}: {
  /** the dimensions the chosen measures support, in the server's order */
  available: readonly string[];
  rows: readonly string[];
  columns: readonly string[];
  name: (dimension: string) => string;
  onChange: (next: { rows: string[]; columns: string[] }) => void;
}) {
  const { t, i18n } = useTranslation();
  // the zones run right to left in Uyghur: columns lie to the left of rows, rows to the right
  const rtl = isRtl(i18n.language);
  const [over, setOver] = useState<Zone | null>(null);
  const full = rows.length + columns.length >= MAX_DIMENSIONS;
  const unused = available.filter((d) => !rows.includes(d) && !columns.includes(d));

  const place = (d: string, to: Zone) => onChange(placeDimension({ rows, columns }, d, to));

  const dropProps = (zone: Zone) => ({
    onDragOver: (e: DragEvent) => {
      if (!e.dataTransfer.types.includes(DRAG_TYPE)) return;
      e.preventDefault();
      setOver(zone);
    },
    onDragLeave: () => setOver((z) => (z === zone ? null : z)),
    onDrop: (e: DragEvent) => {
      const d = e.dataTransfer.getData(DRAG_TYPE);
      setOver(null);
      if (d) {
        e.preventDefault();
        place(d, zone);
      }
    },
  });

  const chip = (d: string, zone: Zone, index: number, list: readonly string[]) => {
    const label = name(d);
    const canAdd = !full;
    return (
      // biome-ignore lint/a11y/noStaticElementInteractions: dragging is the mouse's way; every move has a button
      <div
        key={d}
        draggable
        onDragStart={(e) => {
          e.dataTransfer.setData(DRAG_TYPE, d);
          e.dataTransfer.effectAllowed = 'move';
        }}
        data-testid={`dim-${zone}-${d}`}
        style={{
          display: 'inline-flex',
          alignItems: 'center',
          gap: 2,
          paddingBlock: 2,
          paddingInline: '8px 4px',
          border: '1px solid #91caff',
          background: '#e6f4ff',
          borderRadius: 6,
          cursor: 'grab',
        }}
      >
        <HolderOutlined aria-hidden="true" style={{ color: '#8c8c8c' }} />
        <span style={{ marginInline: 4 }}>{label}</span>
        {zone !== 'rows' && (zone === 'columns' || canAdd) ? (
          <Tooltip title={t('analysis.toRows', { dim: label })}>
            <Button
              size="small"
              type="text"
              icon={
                zone !== 'columns' ? (
                  <ArrowDownOutlined />
                ) : rtl ? (
                  <ArrowRightOutlined />
                ) : (
                  <ArrowLeftOutlined />
                )
              }
              aria-label={t('analysis.toRows', { dim: label })}
              onClick={() => place(d, 'rows')}
            >
              {zone === 'none' ? t('analysis.rowsShort') : null}
            </Button>
          </Tooltip>
        ) : null}
        {zone !== 'columns' && (zone === 'rows' || canAdd) ? (
          <Tooltip title={t('analysis.toColumns', { dim: label })}>
            <Button
              size="small"
              type="text"
              icon={rtl ? <ArrowLeftOutlined /> : <ArrowRightOutlined />}
              aria-label={t('analysis.toColumns', { dim: label })}
              onClick={() => place(d, 'columns')}
            >
              {zone === 'none' ? t('analysis.columnsShort') : null}
            </Button>
          </Tooltip>
        ) : null}
        {zone !== 'none' && list.length > 1 ? (
          <>
            <Button
              size="small"
              type="text"
              icon={<ArrowUpOutlined />}
              disabled={index === 0}
              aria-label={t('analysis.earlier', { dim: label })}
              onClick={() => {
                const moved = moveDimension(list, d, -1);
                onChange(
                  zone === 'rows'
                    ? { rows: moved, columns: [...columns] }
                    : { rows: [...rows], columns: moved },
                );
              }}
            />
            <Button
              size="small"
              type="text"
              icon={<ArrowDownOutlined />}
              disabled={index === list.length - 1}
              aria-label={t('analysis.later', { dim: label })}
              onClick={() => {
                const moved = moveDimension(list, d, 1);
                onChange(
                  zone === 'rows'
                    ? { rows: moved, columns: [...columns] }
                    : { rows: [...rows], columns: moved },
                );
              }}
            />
          </>
        ) : null}
        {zone !== 'none' ? (
          <Tooltip title={t('analysis.remove', { dim: label })}>
            <Button
              size="small"
              type="text"
              icon={<CloseOutlined />}
              aria-label={t('analysis.remove', { dim: label })}
              onClick={() => place(d, 'none')}
            />
          </Tooltip>
        ) : null}
      </div>
    );
  };

  const zoneBox = (zone: Zone, title: string, list: readonly string[], empty: string) => (
    <Card
      size="small"
      title={title}
      role="group"
      aria-label={title}
      data-testid={`zone-${zone}`}
      {...dropProps(zone)}
      styles={{ body: { minHeight: 48 } }}
      style={{
        flex: 1,
        minWidth: 220,
        borderStyle: over === zone ? 'dashed' : 'solid',
        borderColor: over === zone ? '#1677ff' : undefined,
      }}
    >
      {list.length ? (
        <Space wrap size={6}>
          {list.map((d, i) => chip(d, zone, i, list))}
        </Space>
      ) : (
        <Typography.Text type="secondary">{empty}</Typography.Text>
      )}
    </Card>
  );

  return (
    <div>
      <div style={{ display: 'flex', gap: 12, flexWrap: 'wrap' }}>
        {zoneBox('none', t('analysis.zoneAvailable'), unused, t('analysis.zoneAvailableEmpty'))}
        {zoneBox('rows', t('analysis.zoneRows'), rows, t('analysis.zoneRowsEmpty'))}
        {zoneBox('columns', t('analysis.zoneColumns'), columns, t('analysis.zoneColumnsEmpty'))}
      </div>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {full ? t('analysis.dimensionsFull', { max: MAX_DIMENSIONS }) : t('analysis.dragHint')}
      </Typography.Text>
    </div>
  );
}
