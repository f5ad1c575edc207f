import type { NamedArea } from '../lib/areaName';
import { LocalName } from './LocalName';

/**
 * An area's name in the interface language (decision 0079): its Uyghur name on a Uyghur
 * screen, or its Chinese name marked "(خەنزۇچە)" when it has none (as `LocalName` does for
 * projects); its English name in English.
 */
export function AreaName({ area }: { area: NamedArea }) {
  return <LocalName zh={area.name} en={area.nameEn} ug={area.nameUg} />;
}
