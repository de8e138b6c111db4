import type { RegionOption } from '../../preload/contract';
import { useT } from '../i18n/i18n-context';
import type { Translate } from '../i18n/i18n-context';
import type { FieldControlProps } from './Field';

/** Regions grouped by area, in the order the engine lists them. */
function groupByArea(regions: readonly RegionOption[]): [string, RegionOption[]][] {
  const groups = new Map<string, RegionOption[]>();
  for (const region of regions) {
    const group = groups.get(region.area);
    if (group === undefined) groups.set(region.area, [region]);
    else group.push(region);
  }
  return [...groups];
}

// The engine names areas in English; the four it knows are translated, anything new shows as is.
function areaLabel(area: string, t: Translate): string {
  switch (area) {
    case 'China (mainland)':
      return t('setup.area.china');
    case 'Asia Pacific':
      return t('setup.area.asiaPacific');
    case 'Europe & Americas':
      return t('setup.area.europeAmericas');
    case 'Middle East':
      return t('setup.area.middleEast');
    default:
      return area;
  }
}

/** The region picker: a native select grouped by area, showing the name and the region id. */
export function RegionSelect(props: {
  control: FieldControlProps;
  regions: readonly RegionOption[];
  value: string;
  onChange(regionId: string): void;
}) {
  const t = useT();
  return (
    <select
      {...props.control}
      className="input"
      value={props.value}
      onChange={(event) => props.onChange(event.target.value)}
    >
      <option value="">{t('setup.where.chooseRegion')}</option>
      {groupByArea(props.regions).map(([area, regions]) => (
        <optgroup key={area} label={areaLabel(area, t)}>
          {regions.map((region) => (
            <option key={region.id} value={region.id}>
              {`${region.name} · ${region.id}`}
            </option>
          ))}
        </optgroup>
      ))}
    </select>
  );
}
