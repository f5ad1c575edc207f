import { Space, Tag, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Project } from '../api/types';
import { AreaName } from '../components/AreaName';
import { Ltr } from '../components/Ltr';
import { areaName } from '../lib/areaName';
import { formatShare } from '../lib/money';
import { type FillStep, fillStep, LOCATION_FILLS, type PlacedLocation } from './paintLocations';

type Location = Project['locations'][number];

/** The legend's fill steps, strongest first. */
export const STEPS: { step: FillStep; key: string }[] = [
  { step: 'high', key: 'projectExtras.fillHigh' },
  { step: 'medium', key: 'projectExtras.fillMedium' },
  { step: 'low', key: 'projectExtras.fillLow' },
  { step: 'covered', key: 'projectExtras.fillCovered' },
];

/** A colour square of the legend and the list. */
export function Swatch({ color }: { color: string }) {
  return (
    <span
      aria-hidden="true"
      style={{
        display: 'inline-block',
        flex: 'none',
        width: 14,
        height: 14,
        marginTop: 3,
        borderRadius: 3,
        background: color,
        border: '1px solid rgba(0,0,0,0.25)',
      }}
    />
  );
}

/** How the map shows a placed location, in words. */
function placementText(p: PlacedLocation['placement'], t: TFunction, language: string) {
  switch (p.kind) {
    case 'county':
      return t('projectExtras.placedCounty');
    case 'within-county':
      return t('projectExtras.placedWithin', { county: areaName(p.county, language) });
    case 'covers':
      return t('projectExtras.placedCovers', { count: p.counties.length });
    case 'outside':
      return t('projectExtras.outside');
    case 'no-boundary':
      return t('projectExtras.noBoundary');
  }
}

function stepOf(location: Location, placed: PlacedLocation | undefined): FillStep | null {
  switch (placed?.placement.kind) {
    case 'covers':
      return 'covered';
    case 'county':
    case 'within-county':
      return fillStep({ strength: 'direct', directBp: location.shareBp });
    default:
      return null;
  }
}

/** One line of the location list: the area, its share, how the map shows it (once known). */
export function LocationLine({
  location,
  placed,
}: {
  location: Location;
  placed?: PlacedLocation;
}) {
  const { t, i18n } = useTranslation();
  const step = stepOf(location, placed);
  return (
    <li
      data-testid={`location-${location.area.code}`}
      data-placement={placed?.placement.kind}
      style={{ display: 'flex', gap: 8, alignItems: 'flex-start', marginBottom: 8 }}
    >
      <Swatch color={step ? LOCATION_FILLS[step] : '#fff'} />
      <Space size={[6, 0]} wrap>
        <Link to={`/areas/${location.area.code}`}>
          <AreaName area={location.area} />
        </Link>
        <Typography.Text strong>{formatShare(location.shareBp)}</Typography.Text>
        <Tag color={location.crossPair ? 'orange' : 'green'} style={{ marginInlineEnd: 0 }}>
          {location.crossPair ? t('project.crossPair') : t('project.inPair')}
        </Tag>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          <Ltr>{location.area.code}</Ltr>
          {placed ? ` · ${placementText(placed.placement, t, i18n.language)}` : ''}
        </Typography.Text>
      </Space>
    </li>
  );
}
