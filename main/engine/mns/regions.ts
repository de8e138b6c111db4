/** A public MNS region: its id (as used in endpoints) and the name a person recognises. */
export interface MnsRegion {
  id: string;
  name: string;
  area: 'China (mainland)' | 'Asia Pacific' | 'Europe & Americas' | 'Middle East';
}

/** Every public MNS region id, from Alibaba Cloud's regions-and-endpoints table. */
export const MNS_REGIONS: readonly MnsRegion[] = [
  { id: 'cn-qingdao', name: 'China (Qingdao)', area: 'China (mainland)' },
  { id: 'cn-beijing', name: 'China (Beijing)', area: 'China (mainland)' },
  { id: 'cn-zhangjiakou', name: 'China (Zhangjiakou)', area: 'China (mainland)' },
  { id: 'cn-huhehaote', name: 'China (Hohhot)', area: 'China (mainland)' },
  { id: 'cn-wulanchabu', name: 'China (Ulanqab)', area: 'China (mainland)' },
  { id: 'cn-hangzhou', name: 'China (Hangzhou)', area: 'China (mainland)' },
  { id: 'cn-shanghai', name: 'China (Shanghai)', area: 'China (mainland)' },
  { id: 'cn-shenzhen', name: 'China (Shenzhen)', area: 'China (mainland)' },
  { id: 'cn-heyuan', name: 'China (Heyuan)', area: 'China (mainland)' },
  { id: 'cn-guangzhou', name: 'China (Guangzhou)', area: 'China (mainland)' },
  { id: 'cn-chengdu', name: 'China (Chengdu)', area: 'China (mainland)' },
  { id: 'cn-zhengzhou-jva', name: 'China (Zhengzhou)', area: 'China (mainland)' },
  { id: 'cn-hongkong', name: 'China (Hong Kong)', area: 'Asia Pacific' },
  { id: 'ap-northeast-1', name: 'Japan (Tokyo)', area: 'Asia Pacific' },
  { id: 'ap-northeast-2', name: 'South Korea (Seoul)', area: 'Asia Pacific' },
  { id: 'ap-southeast-1', name: 'Singapore', area: 'Asia Pacific' },
  { id: 'ap-southeast-2', name: 'Australia (Sydney)', area: 'Asia Pacific' },
  { id: 'ap-southeast-3', name: 'Malaysia (Kuala Lumpur)', area: 'Asia Pacific' },
  { id: 'ap-southeast-5', name: 'Indonesia (Jakarta)', area: 'Asia Pacific' },
  { id: 'ap-southeast-6', name: 'Philippines (Manila)', area: 'Asia Pacific' },
  { id: 'ap-southeast-7', name: 'Thailand (Bangkok)', area: 'Asia Pacific' },
  { id: 'ap-south-1', name: 'India (Mumbai)', area: 'Asia Pacific' },
  { id: 'eu-central-1', name: 'Germany (Frankfurt)', area: 'Europe & Americas' },
  { id: 'eu-west-1', name: 'UK (London)', area: 'Europe & Americas' },
  { id: 'us-west-1', name: 'US (Silicon Valley)', area: 'Europe & Americas' },
  { id: 'us-east-1', name: 'US (Virginia)', area: 'Europe & Americas' },
  { id: 'me-east-1', name: 'UAE (Dubai)', area: 'Middle East' },
];

// Finance and government clouds exist but are not in the public table; their ids follow these shapes.
const SPECIAL_CLOUD_REGION = /^cn-[a-z]+(?:-\d)?-(?:finance|gov)-\d$/;

/** The region with this id, if it is a known public MNS region. */
export function findRegion(id: string): MnsRegion | undefined {
  return MNS_REGIONS.find((region) => region.id === id);
}

/** True for a public region id or a finance/government cloud id of the documented shape. */
export function isValidRegionId(id: string): boolean {
  return findRegion(id) !== undefined || SPECIAL_CLOUD_REGION.test(id);
}

/** The known region id closest to a mistyped one, or undefined when nothing is close. */
export function suggestRegion(id: string): string | undefined {
  const wanted = id.trim().toLowerCase();
  let best: { id: string; distance: number } | undefined;
  for (const region of MNS_REGIONS) {
    const distance = editDistance(wanted, region.id);
    if (best === undefined || distance < best.distance) best = { id: region.id, distance };
  }
  return best !== undefined && best.distance <= 3 ? best.id : undefined;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
