// The research pages' words in Bahasa Indonesia: the same shape as the English
// ones in pages.ts (its `T`), chosen by the login's dashboard language. Every
// label the Indonesian pages show is here; only the codebooks' own texts stay
// in English, as in the files they describe (the page says so).

/** What quality.ts says is out of bounds (in English), said in Indonesian; the bounds are kept as written. */
const WHAT_ID: [RegExp, string][] = [
  [/^piece rate outside (.+) to (.+)$/, 'tarif per potong di luar $1 sampai $2'],
  [/^more than (\d+) pieces$/, 'lebih dari $1 potong'],
  [/^more rejected than delivered$/, 'lebih banyak ditolak daripada disetor'],
  [/^payment outside (.+) to (.+)$/, 'pembayaran di luar $1 sampai $2'],
  [/^cost outside (.+) to (.+)$/, 'biaya di luar $1 sampai $2'],
  [/^more than (\d+) hours in a day$/, 'lebih dari $1 jam dalam sehari'],
];

export const RESEARCH_TEXTS_ID = {
  common: {
    kNote: (k: number) => `Angka yang bertumpu pada kurang dari ${k} pekerja tidak ditampilkan (celah pada garis).`,
    partial: '(belum lengkap)',
    partialNote:
      'Minggu dan bulan berjalan belum lengkap: angkanya hanya menghitung hari sampai hari ini. Grafik menandai labelnya dengan * dan menggambarnya berbeda (titik berongga dengan garis putus-putus, batang pucat), dan CSV-nya menulis partial = 1.',
    allKecamatan: 'semua kecamatan',
    allWork: 'semua jenis pekerjaan',
    unknown: 'tidak diketahui',
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
      'Kecamatan · jenis pekerjaan',
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
    hidden: (small: boolean, k: number) =>
      `disembunyikan (${small ? `kurang dari ${k} pekerja` : 'melindungi sel kecil'})`,
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
    shown: (shown: number, total: number) => `${shown} dari ${total} ditampilkan, yang terbaru dulu.`,
    all: 'Unduh daftar lengkap (CSV)',
    allNeedsSecret: 'Daftar lengkap bisa diunduh setelah rahasia pseudonim diisi (lihat Unduh data).',
    linked: 'Pekerja dan baris tampil dengan kunci yang sama seperti di unduhan.',
    unlinked: 'Tanpa rahasia pseudonim: label pekerja dan baris di sini dibuat hanya untuk halaman ini.',
    head: ['Hari', 'Apa', 'Nilai', 'Set data', 'Baris', 'Pekerja'],
    datasets: {
      orders: 'pesanan',
      handins: 'setoran',
      payments: 'pembayaran',
      hours: 'jam kerja',
      costs: 'biaya',
    } as Record<string, string>,
    what: (text: string) => {
      for (const [pattern, id] of WHAT_ID) if (pattern.test(text)) return text.replace(pattern, id);
      return text;
    },
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
    datasets: {
      panel: {
        title: 'Panel pekerja-minggu',
        row: 'pekerja per minggu ISO (Senin sampai Minggu, WIB), dari minggu pertamanya sampai minggu berjalan',
      },
      panel_months: {
        title: 'Panel pekerja-bulan',
        row: 'pekerja per bulan kalender (WIB), dari bulan minggu pertamanya sampai bulan berjalan',
      },
      consent_events: {
        title: 'Peristiwa persetujuan',
        row: 'keputusan persetujuan (untuk buku catatan atau untuk penggunaan riset), menurut urutan dibuatnya',
      },
      aggregates: {
        title: 'Agregat per bulan, kecamatan dan jenis pekerjaan',
        row: 'sel bulan x kecamatan x jenis pekerjaan, dengan baris "ALL" untuk jumlah atas semua kecamatan dan atas semua jenis pekerjaan',
      },
      protection: {
        title: 'Riwayat status perlindungan sosial',
        row: 'jawaban seorang pekerja tentang kepesertaannya dalam satu program, menurut urutan diberikan (riwayatnya disimpan, tidak pernah ditimpa)',
      },
      enrolment: {
        title: 'Niat mendaftar dan tindak lanjutnya',
        row: 'peristiwa: ia bilang akan mendaftar ke suatu program (niat), atau menjawab tindak lanjut tentang itu',
      },
      orders: { title: 'Pesanan', row: 'pesanan kerja yang ia terima: berapa potong, dengan tarif berapa, dari siapa' },
      handins: { title: 'Setoran', row: 'penyerahan hasil kerja untuk suatu pesanan' },
      payments: { title: 'Pembayaran', row: 'pembayaran atau kasbon yang ia terima' },
      hours: { title: 'Jam kerja', row: 'hari kerja yang ia catat' },
      costs: { title: 'Biaya', row: 'biaya yang ia tanggung untuk pekerjaan itu' },
      corrections: {
        title: 'Koreksi',
        row: 'perubahan yang ia buat pada satu isian baris catatan, atau pembatalan satu baris, pada saat ia membuatnya',
      },
    } as Record<string, { title: string; row: string }>,
    /** The codebook's statement on sampling (SAMPLING in codebook.ts), paragraph by paragraph. */
    sampling: [
      'Pengambilan sampel: ini bukan sampel probabilitas, dan data tidak membawa bobot. Pekerja masuk karena mereka mulai memakai chatbot Upahku (lewat LSM, serikat dan kelompok yang memperkenalkannya, atau dari mulut ke mulut), menyetujui buku catatan, dan menjawab ya untuk penggunaan riset, yang bisa mereka tarik kapan saja (mereka lalu keluar dari setiap ekspor sesudahnya).',
      'Siapa yang tidak masuk: pekerja yang tidak pernah memakai bot, yang menolak penggunaan riset, yang menarik diri atau menghapus datanya, akun uji dan akun simulator web, dan siapa pun yang mengirim BERHENTI sebelum menulis apa pun.',
      'Artinya: angka-angka ini menggambarkan para pencatat ini, bukan semua pekerja rumahan di kabupaten. Pencatat bisa berbeda dari yang lain (akses ke ponsel, kemampuan baca tulis, keanggotaan dalam kelompok yang terorganisasi). Bandingkan antarwaktu di dalam panel, atau beri bobot menurut kerangka dari luar (misalnya sebaran pekerja rumahan menurut kecamatan dan jenis pekerjaan dari Susenas atau Sakernas) yang Anda pilih dan dokumentasikan sendiri.',
      'Catatan buku harian adalah laporan diri: recorded_at dibanding hari yang dimaksud suatu catatan menunjukkan berapa lama sesudah kejadian catatan itu ditulis (pengisian belakangan, daya ingat).',
    ],
    codebookLanguage:
      'Catatan, arti kolom, satuan dan nilai di buku kode ditulis dalam bahasa Inggris, sama seperti di berkas unduhan dan skrip impornya.',
    types: {
      text: 'teks',
      integer: 'bilangan bulat',
      number: 'angka',
      date: 'tanggal (YYYY-MM-DD, WIB)',
      iso_week: 'minggu ISO (YYYY-Www)',
      month: 'bulan (YYYY-MM, WIB)',
      flag: 'bilangan bulat 0/1',
      instant: 'tanggal-waktu (ISO 8601, UTC)',
      wib_instant: 'tanggal-waktu (ISO 8601, WIB: +07:00)',
    } as Record<string, string>,
    errors: {
      dataset: 'Pilih set data dari daftar.',
      format: 'Pilih ZIP, CSV, JSON atau Parquet.',
      dates: 'Tanggal ditulis hari/bulan/tahun (31/12/2026), yang pertama tidak sesudah yang kedua.',
    },
  },
};
