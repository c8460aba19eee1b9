// The research pages' words in Bahasa Indonesia: the same shape as the English
// ones in pages.ts (its `T`), chosen by the login's dashboard language.
export const RESEARCH_TEXTS_ID = {
  common: {
    kNote: (k: number) => `Angka yang bertumpu pada kurang dari ${k} pekerja tidak ditampilkan (celah pada garis).`,
    partial: '(belum penuh)',
    partialNote: 'Minggu dan bulan berjalan belum penuh: angkanya hanya menghitung hari sampai hari ini.',
    filters: {
      kecamatan: 'Kecamatan',
      product: 'Jenis pekerjaan',
      from: 'Dari',
      to: 'Sampai',
      all: 'semua',
      apply: 'Tampilkan',
    },
    filtered: 'Saringan berlaku untuk semua grafik di halaman ini.',
    badFilter: 'Tanggal harus YYYY-MM-DD, yang pertama tidak sesudah yang kedua; semuanya ditampilkan.',
  },
  overview: {
    enrolled: 'terdaftar (setuju memakai buku catatan)',
    research: 'dalam data riset',
    active: 'dalam data riset, aktif 7 hari terakhir',
    enrolment: 'Pekerja dalam data riset, menurut minggu ISO mereka bergabung',
    joined: 'bergabung minggu itu',
    total: 'jumlah',
    workers: 'pekerja',
    adherence: 'Kepatuhan mencatat: pekerja yang menulis apa saja minggu itu',
    adherenceSeries: '% pekerja dalam panel',
    pctWorkers: '% pekerja',
  },
  earnings: {
    intro:
      'Pendapatan efektif per jam: nilai pekerjaan yang diterima (potongan diterima x tarif yang disepakati) dikurangi biayanya, dibagi jam yang ia tulis, per pekerja dan bulan kalender (WIB; minggu yang melewati dua bulan dibagi per hari); lalu median dan kuartil antarpekerja. Kasbon adalah pinjaman, bukan pendapatan. Garis UMK adalah upah minimum kabupaten per bulan dibagi 173 jam, sebagai pembanding: pekerja rumahan tidak dilindungi UMK secara hukum.',
    hourly: 'Pendapatan efektif per jam dibanding UMK per jam',
    p25: 'kuartil bawah',
    median: 'median',
    p75: 'kuartil atas',
    umk: 'UMK per jam',
    rpHour: 'Rp per jam',
    below: 'Pekerja berpendapatan di bawah UMK per jam, dan pekerja yang angka per jamnya negatif',
    belowSeries: '% di bawah UMK',
    negativeSeries: '% negatif (biaya melebihi nilai pekerjaan yang disetor)',
    negativeNote:
      'Angka per jam yang negatif (biaya dan jam dalam bulan tanpa setoran) tetap dihitung dalam kuartil dan ditandai di sini, tidak pernah dijadikan angka utama.',
  },
  payments: {
    lateShort: 'Pekerja yang upahnya telat atau kurang, per bulan',
    owed: 'Pekerja yang masih punya piutang upah di akhir bulan',
    owedSeries: '% pekerja yang masih punya piutang',
    owedAmount: 'Piutang upah mereka yang masih punya piutang, median',
    owedMedian: 'median piutang',
    owedNote:
      'Piutang = nilai pekerjaan diterima - uang yang diterima (upah dan kasbon) - potongan, sampai akhir bulan (hari ini untuk bulan berjalan), seperti di REKAP-nya.',
  },
  pieceRates: {
    intro:
      'Tarif borongan: untuk tiap pekerja, nilai pekerjaan yang diterima (potongan diterima x tarif yang disepakati) dibagi jumlah potongan yang diterima, dari setorannya dalam bulan itu; lalu median antarpekerja. Tarif pesanan yang ia terima tidak dipakai: pesanan bisa saja tidak pernah disetor.',
    chart: 'Median tarif borongan per jenis pekerjaan',
    rpPiece: 'Rp per potong',
    month: (m: string) => `Bulan ${m} per kecamatan dan jenis pekerjaan`,
    byCell: 'Per kecamatan dan jenis pekerjaan',
    none: 'Belum ada data.',
    head: [
      'Bulan',
      'Kecamatan',
      'Pekerjaan',
      'Pekerja',
      'Tarif borongan p25 / median / p75',
      'Per jam p25 / median / p75',
      'Di bawah UMK',
      'Per jam negatif',
      'Syarat tertulis',
      'Upah telat atau kurang',
      'BPJS TK',
      'BPJS Kesehatan',
    ],
    hidden: (small: boolean) => `disembunyikan (${small ? 'kurang dari k pekerja' : 'melindungi sel kecil'})`,
  },
};
