// The research pages' words in Bahasa Indonesia: the same shape as the English
// ones in pages.ts (its `T`), chosen by the login's dashboard language.
export const RESEARCH_TEXTS_ID = {
  common: {
    kNote: (k: number) => `Angka yang bertumpu pada kurang dari ${k} pekerja tidak ditampilkan (celah pada garis).`,
    partial: '(belum lengkap)',
    partialNote:
      'Minggu dan bulan berjalan belum lengkap: angkanya hanya menghitung hari sampai hari ini. Grafik menggambarnya berbeda (titik berongga dengan garis putus-putus, batang pucat), dan CSV-nya menulis partial = 1.',
    filters: {
      kecamatan: 'Kecamatan',
      product: 'Jenis pekerjaan',
      from: 'Dari',
      to: 'Sampai',
      all: 'semua',
      apply: 'Tampilkan',
    },
    filtered: 'Saringan berlaku untuk semua grafik di halaman ini.',
    badFilter:
      'Tanggal ditulis hari/bulan/tahun (31/12/2026), yang pertama tidak sesudah yang kedua; semuanya ditampilkan.',
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
  protection: {
    intro:
      'Kepesertaan menurut jawaban terakhir tiap pekerja sampai akhir bulan (hari ini untuk bulan berjalan), di antara pekerja yang statusnya diketahui. BPJS Kesehatan menghitung PBI dan peserta mandiri tanpa tunggakan.',
    coverage: 'Pekerja yang terlindungi, per bulan',
    obstacles: 'Mengapa ia belum mendaftar (pekerja yang menyebut tiap hambatan)',
    workers: 'pekerja',
    obstaclesNote: (k: number) =>
      `Jumlah di bawah ${k}, dan jumlah apa pun yang bisa membukanya dari total, tidak ditampilkan.`,
    obstacleLabels: {
      documents: 'dokumen (KTP, KK ...)',
      cost: 'biaya iuran',
      family: 'keluarga tidak setuju',
      dont_know_how: 'tidak tahu caranya',
      other: 'lainnya',
    } as Record<string, string>,
  },
  quality: {
    intro:
      'Cara buku catatan diisi: catatan yang ditulis tiap minggu, dan berapa yang diubah atau dibatalkan sesudahnya (menurut kapan terjadinya). Di bawah, catatan di luar batas wajar; bot sudah memintanya memastikan catatan itu waktu ia menulisnya.',
    corrections: 'Catatan ditulis, diubah dan dibatalkan, per minggu ISO',
    written: 'catatan ditulis',
    changed: 'isian diubah',
    undone: 'catatan dibatalkan',
    count: 'jumlah',
    flagsTitle: (n: number) => `Catatan di luar batas wajar (${n})`,
    linked: 'Pekerja dan baris tampil dengan kunci yang sama seperti di unduhan.',
    unlinked: 'Tanpa rahasia pseudonim: label pekerja dan baris di sini dibuat hanya untuk halaman ini.',
    head: ['Hari', 'Pekerja', 'Set data', 'Baris', 'Apa', 'Nilai'],
    none: 'Tidak ada.',
  },
  exports: {
    needSecret:
      'Unduhan memerlukan rahasia pseudonim: dengan PostgreSQL, isi PSEUDONYM_SECRET di lingkungan layanan (paling sedikit 16 karakter acak, sama untuk setiap proses, tidak berubah).',
    intro:
      'Setiap unduhan berisi satu set data, atau semuanya dalam satu ZIP. ZIP berisi CSV dan tabel yang sama sebagai Parquet, buku kode (kolom, arti, jenis, satuan, nilai yang boleh) sebagai CSV dan teks, skrip impor untuk Stata (.do, dengan label variabel dan nilai), R dan Python (pandas) yang dibuat dari buku kode, dan datapackage.json Frictionless; JSON membawa buku kode di dalamnya. Nama berkas memuat hari pembuatan dan versi data. Pekerja, pemberi kerja dan baris catatan tampil dengan kunci yang tetap sama antarunduhan. Setiap unduhan dicatat di catatan audit.',
    dataset: 'Set data',
    all: 'Semua set data (satu ZIP)',
    format: 'Format',
    zip: 'ZIP (CSV, Parquet, buku kode, skrip Stata / R / pandas, datapackage.json)',
    download: 'Unduh',
    who: 'Siapa yang ada dalam data',
    codebooks: 'Buku kode',
    rowPer: 'satu baris per',
    head: ['Kolom', 'Arti', 'Jenis', 'Satuan', 'Nilai'],
  },
};
