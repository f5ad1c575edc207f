import type { AreaSummary, Donor, Pairing } from '../api/types';
import type { CountyCollection, CountyFeature } from './matchAreas';
import { matchAreas } from './matchAreas';

export interface CountyDonor {
  donor: Donor;
  /** the prefecture the pairing is with, when the county inherits it */
  via: { code: string; name: string; nameEn: string } | null;
}

export interface MapRegion {
  /** the name the region is drawn under (the 2023 area name when matched) */
  name: string;
  area: AreaSummary | null;
  donors: CountyDonor[];
  feature: CountyFeature;
}

export interface UnmatchedArea {
  code: string;
  name: string;
  nameEn: string;
  donors: CountyDonor[];
}

export interface PaintedMap {
  /** a copy of the collection with features renamed to their 2023 area names */
  geo: CountyCollection;
  regions: MapRegion[];
  /** paired areas that have no boundary on the map */
  unmatchedPaired: UnmatchedArea[];
  /** county-level areas with no boundary that no pairing in view covers */
  unmatchedOther: AreaSummary[];
}

/**
 * Works out which county each pairing colours: a pairing with a county (or XPCC city) colours
 * that county; a pairing with a prefecture colours every county whose parent it is.
 */
export function paintPairings(
  pairings: readonly Pairing[],
  counties: readonly AreaSummary[],
  collection: CountyCollection,
): PaintedMap {
  const donorsByCounty = new Map<string, CountyDonor[]>();
  const add = (code: string, entry: CountyDonor) => {
    const list = donorsByCounty.get(code) ?? [];
    if (!list.some((d) => d.donor.code === entry.donor.code)) list.push(entry);
    donorsByCounty.set(code, list);
  };
  const countyCodes = new Set(counties.map((c) => c.code));
  const unmatchedPaired = new Map<string, UnmatchedArea>();
  const addUnmatched = (
    area: { code: string; name: string; nameEn: string },
    entry: CountyDonor,
  ) => {
    const { code, name, nameEn } = area;
    const u = unmatchedPaired.get(code) ?? { code, name, nameEn, donors: [] };
    if (!u.donors.some((d) => d.donor.code === entry.donor.code)) u.donors.push(entry);
    unmatchedPaired.set(code, u);
  };

  for (const p of pairings) {
    const r = p.recipient;
    if (!r) continue; // an organisation-to-organisation pairing: nothing to draw
    if (r.level === 'prefecture') {
      const children = counties.filter((c) => c.parentCode === r.code);
      if (children.length === 0) addUnmatched(r, { donor: p.donor, via: null });
      for (const c of children)
        add(c.code, { donor: p.donor, via: { code: r.code, name: r.name, nameEn: r.nameEn } });
    } else if (countyCodes.has(r.code)) {
      add(r.code, { donor: p.donor, via: null });
    } else {
      // a township, or a county the area list does not know: it has no boundary on the map
      addUnmatched(r, { donor: p.donor, via: null });
    }
  }
  // Direct pairings first in each county's list.
  for (const list of donorsByCounty.values())
    list.sort((a, b) => Number(!!a.via) - Number(!!b.via));

  const { featureByArea, unmatched, orphanFeatures } = matchAreas(counties, collection);
  const regions: MapRegion[] = [];
  for (const area of counties) {
    const feature = featureByArea.get(area.code);
    if (!feature) continue;
    regions.push({ name: area.name, area, donors: donorsByCounty.get(area.code) ?? [], feature });
  }
  for (const feature of orphanFeatures) {
    regions.push({ name: feature.properties.name, area: null, donors: [], feature });
  }
  const unmatchedOther: AreaSummary[] = [];
  for (const area of unmatched) {
    const donors = donorsByCounty.get(area.code);
    if (donors?.length) for (const d of donors) addUnmatched(area, d);
    else unmatchedOther.push(area);
  }
  const geo: CountyCollection = {
    type: 'FeatureCollection',
    features: regions.map((r) => ({
      ...r.feature,
      properties: { ...r.feature.properties, name: r.name },
    })),
  };
  return { geo, regions, unmatchedPaired: [...unmatchedPaired.values()], unmatchedOther };
}
