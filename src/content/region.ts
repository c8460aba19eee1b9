// The deployment's region. Source: Kabupaten Kediri has 26 kecamatan (BPS
// Kabupaten Kediri). Kota Kediri (the city) is a separate area.
export const REGION = {
  name: 'Kabupaten Kediri',
  kecamatan: [
    'Badas',
    'Banyakan',
    'Gampengrejo',
    'Grogol',
    'Gurah',
    'Kandangan',
    'Kandat',
    'Kayen Kidul',
    'Kepung',
    'Kras',
    'Kunjang',
    'Mojo',
    'Ngadiluwih',
    'Ngancar',
    'Ngasem',
    'Pagu',
    'Papar',
    'Pare',
    'Plemahan',
    'Plosoklaten',
    'Puncu',
    'Purwoasri',
    'Ringinrejo',
    'Semen',
    'Tarokan',
    'Wates',
  ],
} as const;

/** The code stored for a worker who lives outside the region. */
export const OUTSIDE_REGION = 'luar';
