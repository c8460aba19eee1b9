// The deployment's region and its kecamatan, from the official administrative
// codes (Kemendagri) as the npm package idn-area-data ships them. Kabupaten
// Kediri (35.06) has 26 kecamatan; Kota Kediri (35.71), the city, is a separate
// area of 3, outside the region: workers there are stored as OUTSIDE_REGION.
//
// Only the package's district file is read (not its villages or islands), on
// first use, synchronously, once: a few hundred kilobytes from node_modules, no
// network. The package's own API parses every district of Indonesia into
// objects, asynchronously; the flows need 29 names, at once.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export interface Area {
  name: string;
  /** Kemendagri code of the regency or city ("35.06"). */
  code: string;
}

/** Where Upahku is deployed. */
export const REGION_AREA: Area = { name: 'Kabupaten Kediri', code: '35.06' };
/** The city of the same name: its kecamatan are recognised, and known to be outside the region. */
export const NEIGHBOUR_AREA: Area = { name: 'Kota Kediri', code: '35.71' };

/** The code stored for a worker who lives outside the region. */
export const OUTSIDE_REGION = 'luar';

interface Loaded {
  region: readonly string[];
  neighbour: readonly string[];
}
let loaded: Loaded | null = null;

/** One CSV record of districts.csv: code,regency_code,name (a name may be quoted). */
const RECORD = /^([\d.]+),([\d.]+),(?:"((?:[^"]|"")*)"|([^\r]*))\r?$/;

/** The kecamatan names of the given regency or city codes, from the package's data, sorted by name. */
export function loadKecamatan(codes: readonly string[]): Map<string, string[]> {
  const file = createRequire(import.meta.url).resolve('idn-area-data/data/districts.csv');
  const text = readFileSync(file, 'utf8');
  const out = new Map<string, string[]>(codes.map((c) => [c, []]));
  for (const code of codes) {
    // The file is sorted by code: read from the first line of the regency to its last.
    let at = text.indexOf(`\n${code}.`);
    while (at >= 0) {
      const end = text.indexOf('\n', at + 1);
      const line = text.slice(at + 1, end < 0 ? undefined : end);
      const m = RECORD.exec(line);
      if (!m || m[2] !== code) break;
      out.get(code)!.push((m[3]?.replace(/""/g, '"') ?? m[4] ?? '').trim());
      at = end;
    }
  }
  for (const [code, names] of out) {
    if (!names.length) throw new Error(`idn-area-data has no kecamatan for regency ${code}`);
    names.sort((a, b) => a.localeCompare(b, 'id'));
  }
  return out;
}

function areas(): Loaded {
  if (!loaded) {
    const byCode = loadKecamatan([REGION_AREA.code, NEIGHBOUR_AREA.code]);
    loaded = { region: byCode.get(REGION_AREA.code)!, neighbour: byCode.get(NEIGHBOUR_AREA.code)! };
  }
  return loaded;
}

export const REGION = {
  name: REGION_AREA.name,
  /** Her answer to the kecamatan question, as stored: one of these, or OUTSIDE_REGION. */
  get kecamatan(): readonly string[] {
    return areas().region;
  },
};

/** The kecamatan of Kota Kediri: known names, outside the region. */
export const NEIGHBOUR = {
  name: NEIGHBOUR_AREA.name,
  get kecamatan(): readonly string[] {
    return areas().neighbour;
  },
};
