// The work diary: recording orders, hand-ins, pay, hours and costs, and corrections.
import { defineMessages } from './define.ts';

const UNITS_ID: Record<string, string> = {
  pcs: 'biji',
  pasang: 'pasang',
  kodi: 'kodi',
  lusin: 'lusin',
  gros: 'gros',
  rim: 'rim',
  kg: 'kg',
  pak: 'pak',
  ikat: 'ikat',
};
const UNITS_EN: Record<string, string> = {
  ...UNITS_ID,
  pcs: 'pcs',
  pasang: 'pair',
  lusin: 'dozen',
  pak: 'pack',
  ikat: 'bundle',
};
const COST_ID: Record<string, string> = {
  listrik: 'Listrik / gas',
  bahan: 'Bahan',
  transport: 'Transport',
  alat: 'Alat',
  lainnya: 'Lainnya',
};
const COST_EN: Record<string, string> = {
  listrik: 'Electricity / gas',
  bahan: 'Materials',
  transport: 'Transport',
  alat: 'Tools',
  lainnya: 'Other',
};

const ORDER_NOTE_MATERIALS_ID = (m: boolean | null) =>
  m === null ? '' : `\nBahan: ${m ? 'dari pemberi kerja' : 'sebagian atau semua dari pekerja sendiri'}`;
const ORDER_NOTE_MATERIALS_EN = (m: boolean | null) =>
  m === null ? '' : `\nMaterials: ${m ? 'from the employer' : 'partly or all her own'}`;

export const diary = defineMessages(
  {
    menuOrder: 'Catat order baru',
    menuHandin: 'Catat setoran',
    menuPayment: 'Catat bayaran / kasbon',
    menuHours: 'Catat jam kerja',
    menuCost: 'Catat biaya',
    menuCorrections: 'Ubah / hapus catatan',

    // The echo before saving, and changing a field.
    confirmNew: (p: { title: string; lines: string }) => `${p.title}\n${p.lines}\nSimpan?\n1 Ya, simpan\n2 Ubah`,
    confirmEdit: (p: { lines: string }) => `Diubah menjadi:\n${p.lines}\nSimpan?\n1 Ya, simpan\n2 Ubah lagi`,
    fixWhich: (p: { list: string }) => `Mana yang mau diubah?\n${p.list}\n0 Kembali`,
    fixWhichEdit: (p: { list: string }) => `Mana yang mau diubah?\n${p.list}\n0 Batal`,
    replyYesOrChange: 'Balas 1 untuk simpan, 2 untuk ubah, atau BATAL.',
    unknownLeft: (p: { flow: string }) =>
      `Tidak apa-apa. Catatan ini belum disimpan. Kalau sudah tahu, ketik lagi dalam satu pesan, contoh: ${
        (
          {
            handin: 'setor 3 kodi ke Bu Umi',
            payment: 'dibayar Bu Umi 150rb',
            hours: 'kerja 4 jam sendiri',
            cost: 'beli benang 12rb',
          } as Record<string, string>
        )[p.flow] ?? 'order 20 lusin masker 5rb/lusin dari Bu Umi'
      }.`,
    waitOk: 'Baik, saya tunggu. Kalau sudah ingat, balas di sini. Untuk berhenti, ketik BATAL.',
    thinkingFigure: 'Tidak apa-apa, tulis jumlahnya kalau sudah ingat.',
    thinkingHours: 'Tidak apa-apa, tulis berapa jamnya kalau sudah ingat.',
    figureOnlyCount: 'Baik. Tinggal jumlahnya: ketik angkanya saja, contoh 60 atau 3 kodi.',
    figureOnlyMoney: 'Baik. Tinggal jumlah uangnya: ketik angkanya saja, contoh 50rb.',
    figureOnlyHours: 'Baik. Tinggal berapa jamnya: ketik angkanya saja, contoh 5 atau 4,5.',
    checkScreenHelp:
      'Ini catatan yang akan disimpan. "belum diisi" artinya belum Anda sebut; boleh dibiarkan. Kalau semua benar, balas 1.',
    commandNotName: 'Itu bukan nama. Untuk berhenti mengisi, ketik BATAL.',
    optSave: 'Ya, simpan',
    optChange: 'Ubah',
    nothingChanged: 'Belum ada yang berubah.',
    savedAsSaid: 'Sudah tercatat begitu, tidak ada yang diubah. Ketik REKAP untuk melihat.',
    screenAsSaid: 'Ya, sudah begitu.',
    editLeft: 'Baik, tidak ada yang diubah.',
    entryGone: 'Catatan itu sudah tidak ada.',
    yesCorrect: 'Ya, betul',
    retype: 'Bukan, ketik ulang',
    yesExactly: (p: { typed: string }) => `Ya, memang ${p.typed}`,
    yesIs: (p: { name: string }) => `Ya, ${p.name}`,
    noNewEmployer: (p: { name: string }) => `Bukan, orang baru: ${p.name}`,
    employerNear: (p: { name: string }) => `Maksud Anda ${p.name}?`,
    newMark: (p: { name: string }) => `${p.name} (baru)`,
    typedMark: (p: { name: string; typed: string }) => `${p.name} (Anda tulis: ${p.typed})`,
    todayOn: (p: { day: string }) => `hari ini, ${p.day}`,
    yesterdayOn: (p: { day: string }) => `kemarin, ${p.day}`,
    dayChoices: '1 Hari ini\n2 Kemarin\nAtau ketik tanggal, contoh: 12/11',
    badDay: 'Tanggalnya belum saya pahami. Contoh: kemarin, senin, tgl 12, 12/11.',
    dayFuture: (p: { day: string }) => `Tanggal ${p.day} belum lewat. Betul?`,
    dayOld: (p: { day: string }) => `Tanggal ${p.day} sudah lebih dari setahun lalu. Betul?`,
    dayFarAhead: (p: { day: string }) => `Tanggal ${p.day} masih lebih dari setahun lagi. Betul?`,
    badMoney: 'Jumlah uangnya belum saya pahami. Contoh: 50rb, 50.000, Rp 50.000.',
    moneyPositive: 'Jumlahnya harus lebih dari nol.',
    moneyThousand: (p: { typed: string; meant: string }) => `${p.typed}? Mungkin maksudnya ${p.meant}?`,
    moneySmall: (p: { typed: string }) => `${p.typed}? Itu kecil sekali. Betul?`,
    moneyLarge: (p: { typed: string }) => `${p.typed}? Itu besar sekali. Betul?`,
    reply12: 'Balas 1 atau 2.',
    batchConfirm: (p: { n: number; lines: string }) =>
      `Cek dulu, ${p.n} catatan:\n${p.lines}\nSimpan semua?\n1 Ya, simpan\n2 Ubah`,
    optSaveAll: 'Ya, simpan semua',
    batchSaved: (p: { n: number }) => `${p.n} catatan tersimpan.`,
    batchFixWhich: (p: { list: string }) => `Yang mana yang mau diubah?\n${p.list}\n0 Kembali`,
    entryKindName: (p: { kind: string }) =>
      ({
        order: 'Order baru',
        handin: 'Setoran',
        payment: 'Bayaran',
        kasbon: 'Kasbon',
        hours: 'Jam kerja',
        cost: 'Biaya',
      })[p.kind] ?? p.kind,
    stuckWayOut: 'Kalau bingung: ketik BATAL untuk membuang catatan ini, atau MENU untuk pilihan lain.',
    assumedAfterMiss: 'Saya isi dulu seperti di bawah. Kalau salah, pilih 2 Ubah, atau ketik BATAL.',
    none: 'tidak ada',
    unitName: (p: { unit: string }) => UNITS_ID[p.unit] ?? p.unit,
    hoursN: (p: { n: string }) => `${p.n} jam`,
    tipQuick: (p: { example: string }) => `Lain kali bisa langsung ketik:\n${p.example}`,
    corrected: 'Sudah diubah. Catatan lama tetap tersimpan sebagai riwayat. Ketik REKAP untuk melihat hasilnya.',
    savedShort: 'Tersimpan. Kalau salah, ketik UBAH.',
    chooseEmployerNumber: (p: { max: number }) => `Balas angka 1 sampai ${p.max}, atau ketik namanya.`,
    typeEmployerName: (_p: { max: number }) => 'Namanya belum saya pahami.',
    nameTooLong: (p: { max: number }) =>
      `Namanya terlalu panjang. Paling banyak ${p.max} huruf. Ketik yang lebih pendek, contoh: Bu Yati.`,
    nameNotPhone: 'Jangan ketik nomor HP di sini. Ketik namanya saja, contoh: Bu Yati.',
    productTooLong: (p: { max: number }) =>
      `Nama barangnya terlalu panjang. Paling banyak ${p.max} huruf, contoh: sandal.`,
    moreOrders: 'Order lainnya',
    firstOrders: 'Kembali ke awal daftar',
    chooseOrder: (p: { max: number; more: boolean; zero: boolean }) =>
      `Balas dengan angka 1 sampai ${p.max}${p.more ? ', 9 untuk order lainnya' : ''}${p.zero ? ', atau 0 jika tidak tentu' : ''}.`,
    lblFrom: 'Dari',
    lblDate: 'Tanggal',
    lblAmount: 'Jumlah',

    // Orders.
    askEmployerFirst: 'Dari siapa order ini? Ketik namanya, contoh: Bu Yati.',
    askEmployer: (p: { list: string }) => `Dari siapa order ini?\n${p.list}\nAtau ketik nama baru.`,
    askOrderProduct: 'Barang apa yang dikerjakan? Contoh: sandal, baju, peci.',
    badProduct: 'Ketik nama barangnya saja, contoh: sandal.',
    askQuantity: 'Berapa banyak? Contoh: 3 kodi, 5 lusin, 100 biji, 60 pasang.',
    badQuantity: 'Jumlahnya belum saya pahami. Contoh: 3 kodi, 60, 5 lusin.',
    quantityPositive: 'Jumlahnya harus lebih dari nol.',
    quantityLarge: (p: { qty: string }) => `${p.qty}? Banyak sekali. Betul?`,
    askRate: (p: { unit: string }) => `Berapa upahnya? Contoh: 2rb/${p.unit}, 4rb sekodi, 500 per biji.`,
    badRate: 'Upahnya belum saya pahami. Contoh: 2rb/pasang, 4rb sekodi, Rp500 per biji.',
    ratePerWhich: (p: { amount: string }) => `Upah ${p.amount} maksudnya yang mana?`,
    rateSmall: (p: { rate: string }) => `Upah ${p.rate}? Itu kecil sekali. Betul?`,
    rateLarge: (p: { rate: string }) => `Upah ${p.rate}? Itu besar sekali. Betul?`,
    pleaseCheck: 'Mohon dicek.',
    rateLargeTotal: (p: { rate: string; total: string }) =>
      `Upah ${p.rate}? Jadi totalnya ${p.total}. Itu besar sekali. Betul?`,
    rateWithTotal: (p: { rate: string; total: string }) => `${p.rate}, total ${p.total}`,
    askReceived: 'Kapan order diterima?',
    askDue: 'Kapan harus disetor? Ketik tanggal (contoh: sabtu, 5/12), atau 0 jika tidak ada batas.',
    dueBeforeReceived: 'Tanggal setor tidak bisa sebelum order diterima. Coba ketik lagi.',
    noDue: 'tidak ada',
    notSaid: 'belum diisi',
    askWritten:
      'Ada perjanjian tertulis untuk order ini (surat, nota, atau pesan WA dari pemberi kerja)?\n1 Ya\n2 Tidak',
    askMaterials: 'Bahan (kain, lem, benang) dari pemberi kerja?\n1 Ya\n2 Tidak, beli sendiri / sebagian',
    orderTitle: 'Cek dulu, order baru:',
    lblProduct: 'Barang',
    lblQuantity: 'Jumlah',
    lblRate: 'Upah',
    lblReceived: 'Diterima',
    lblDue: 'Setor paling lambat',
    lblWritten: 'Perjanjian tertulis',
    lblMaterials: 'Bahan dari pemberi kerja',
    orderSaved: (p: { employer: string; total: string }) =>
      `Order tersimpan. Nilai order: ${p.total}.\nTeruskan pesan berikut ke ${p.employer} sebagai catatan tertulis. Kalau ada yang salah, ketik UBAH.`,
    orderNote: (p: {
      employer: string;
      product: string;
      qty: string;
      rate: string;
      total: string | null;
      received: string;
      due: string | null;
      materials: boolean | null;
    }) =>
      `CATATAN ORDER\nPemberi kerja: ${p.employer}\nBarang: ${p.product}\nJumlah: ${p.qty}\nUpah: ${p.rate}${p.total ? `\nTotal: ${p.total}` : ''}\nDiterima: ${p.received}${p.due ? `\nSetor paling lambat: ${p.due}` : ''}${ORDER_NOTE_MATERIALS_ID(p.materials)}\n${p.total ? 'Mohon dibalas bila sudah sesuai.' : 'Mohon dikabari upahnya, dan dibalas bila sudah sesuai.'} Terima kasih.`,
    // An order kept before she was told the rate, and the rate given later.
    rateUnknown: 'belum diketahui',
    rateLaterExample: (p: { unit: string }) => `upahnya 2rb/${p.unit}`,
    orderSavedNoRate: (p: { employer: string; example: string }) =>
      `Order tersimpan. Upahnya belum diketahui, jadi nilainya belum dihitung.\nKalau sudah dikabari, ketik misalnya: ${p.example}\nTeruskan pesan berikut ke ${p.employer} sebagai catatan tertulis. Kalau ada yang salah, ketik UBAH.`,
    rateLaterHint: (p: { example: string }) => `Kalau upahnya sudah dikabari, ketik misalnya: ${p.example}`,
    rateWhichOrder: (p: { list: string }) => `Upah ini untuk order yang mana?\n${p.list}\n0 Batal`,
    rateForOrder: (p: { order: string }) => `Upah untuk ${p.order}`,
    dueForOrder: (p: { order: string }) => `Batas setor untuk ${p.order}`,
    rateLeft: 'Baik, upahnya tidak diubah.',
    rateSet: (p: { pieces: string; value: string }) =>
      `Upah tersimpan. Setoran yang sudah masuk (${p.pieces}) bernilai ${p.value}. Ketik REKAP untuk melihat hasilnya.`,

    // Hand-ins.
    askHandinOrder: (p: { list: string }) => `Setor untuk order yang mana?\n${p.list}`,
    orderWithRemaining: (p: { order: string; remaining: number; total: number }) =>
      `${p.order}, sisa ${p.remaining} dari ${p.total}`,
    askedBack: 'Maaf kurang jelas. Maksud saya:',
    rejectedMeans: 'Maksud saya: yang dikembalikan pemberi kerja karena rusak atau kurang bagus.',
    entryKeptForLater: 'Catatan Anda saya simpan dulu, lalu saya lanjutkan setelah pendaftaran selesai.',
    remarkNoted: 'Baik. Ini tidak saya simpan sebagai uang Anda. Ketik REKAP untuk melihat upah yang belum dibayar.',
    planNoted: 'Baik. Catat setelah terjadi ya, misalnya setelah disetor: setor 3 lusin ke Bu Umi.',
    recordedYes: (p: { list: string }) => `Sudah tercatat:\n${p.list}\nKalau ada yang salah, ketik UBAH.`,
    resentSaved: (p: { entry: string }) =>
      `Ini sudah tersimpan tadi, tidak saya catat dua kali:\n- ${p.entry}\nKalau memang ada lagi, kirim dengan kata "lagi", mis. "beli bensin lagi 20rb".`,
    recordedNo:
      'Belum tercatat. Kalau mau dicatat, ketik saja seperti biasa, misalnya:\nkasbon 100rb dari Bu Yati kemarin',
    recordedWhich: 'Yang mana? Ketik REKAP untuk melihat catatan Anda, atau UBAH untuk daftar catatan terakhir.',
    noOrderFrom: (p: { employer: string; what: string }) =>
      `Belum ada order dari ${p.employer} yang tercatat, jadi setoran ini belum disimpan. Catat ordernya dulu, contoh:\norder ${p.what} dari ${p.employer}, upah 2rb/biji\nLalu kirim lagi setorannya.`,
    spanToToday: (p: { day: number }) =>
      `${['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'][p.day]} belum lewat, jadi saya catat sampai hari ini.`,
    orderWithHandin: (p: { employer?: string }) =>
      `Order${p.employer ? ` dari ${p.employer}` : ''} belum tercatat, jadi saya catat ordernya sekalian dengan setorannya.`,
    noOrdersYet:
      'Belum ada order yang tercatat. Catat ordernya dulu: ketik MENU lalu 1, atau langsung:\norder 3 kodi sandal 2rb/pasang dari Bu Yati',
    askDelivered: (p: { product: string }) =>
      `Berapa ${p.product} yang diserahkan? Hitung semua, termasuk yang nanti ditolak. Contoh: 60 atau 3 kodi.`,
    badPieces: 'Jumlahnya belum saya pahami. Ketik angka, contoh: 58.',
    piecesLarge: (p: { n: number }) => `${p.n} potong? Banyak sekali. Betul?`,
    moreThanRemaining: (p: { n: number; remaining: number }) =>
      `${p.n} lebih banyak dari sisa order (${p.remaining}). Betul?`,
    askRejected: 'Berapa yang ditolak / retur? Ketik 0 jika tidak ada.',
    rejectedTooMany: (p: { delivered: number }) =>
      `Yang ditolak tidak bisa lebih dari yang diserahkan (${p.delivered}).`,
    rejectedLine: (p: { rejected: number; accepted: number; value: string }) =>
      `${p.rejected}, diterima ${p.accepted} = ${p.value}`,
    askHandedIn: 'Kapan disetor?',
    handinTitle: 'Cek dulu, setoran:',
    lblOrder: 'Order',
    lblDelivered: 'Diserahkan',
    lblRejected: 'Ditolak',
    handinSaved: (p: { order: string; value: string; accepted: number; total: number; remaining: number }) =>
      `Setoran tersimpan, nilainya ${p.value}.\nOrder ${p.order}\nSudah diterima ${p.accepted} dari ${p.total}, sisa ${p.remaining}.\nKalau salah, ketik UBAH.`,
    handinSavedDone: (p: { order: string; value: string; accepted: number }) =>
      `Setoran tersimpan, nilainya ${p.value}.\nOrder ${p.order} selesai: ${p.accepted} diterima.\nKalau salah, ketik UBAH.`,

    // Payments and kasbon.
    askPayerFirst: 'Siapa yang membayar? Ketik namanya, contoh: Bu Yati.',
    askPayer: (p: { list: string }) => `Dari siapa?\n${p.list}\nAtau ketik nama.`,
    askPayKind: 'Ini uang apa?\n1 Bayaran upah\n2 Kasbon (uang muka / pinjaman)',
    kindPay: 'bayaran upah',
    kindKasbon: 'kasbon',
    askPayAmount: 'Berapa uang yang Anda terima? Contoh: 116rb.',
    askPayAmountCut: 'Berapa uang yang Anda terima sesudah dipotong? Contoh: 116rb.',
    askKasbonAmount: 'Berapa kasbonnya? Contoh: 50rb.',
    askPayOrder: (p: { list: string }) =>
      `Bayaran ini untuk order yang mana?\n${p.list}\n0 Beberapa order / tidak tentu`,
    lumpSum: 'beberapa order / tidak tentu',
    askCut: 'Ada potongan dari bayaran ini (kasbon, retur, bahan)? Ketik jumlahnya, atau 0 jika tidak ada.',
    askCutKind: (p: { amount: string }) =>
      `Potongan ${p.amount} itu untuk apa?\n1 Bayar kasbon\n2 Lainnya (retur, bahan, denda)`,
    cutKasbon: (p: { amount: string }) => `${p.amount} untuk kasbon`,
    netHeard: (p: { gross: string; cut: string; net: string }) =>
      `Betul: ${p.gross} dipotong ${p.cut}, jadi diterima ${p.net}.`,
    cutOther: (p: { amount: string }) => `${p.amount} (retur, bahan, dll)`,
    askPaidOn: 'Kapan uangnya diterima?',
    paymentTitle: 'Cek dulu, bayaran:',
    kasbonTitle: 'Cek dulu, kasbon:',
    lblKind: 'Jenis',
    lblForOrder: 'Untuk order',
    lblCut: 'Potongan',
    paidWithCut: (p: { paid: string; cut: string }) => `${p.paid} + potongan ${p.cut}`,
    balanceOwed: (p: { employer: string; earned: string; paid: string; owed: string }) =>
      `Dengan ${p.employer} sampai hari ini: upah dari setoran ${p.earned}, uang diterima ${p.paid}.\nBelum dibayar: ${p.owed}.`,
    balanceAhead: (p: { employer: string; earned: string; paid: string; ahead: string }) =>
      `Dengan ${p.employer} sampai hari ini: upah dari setoran ${p.earned}, uang diterima ${p.paid}.\nDibayar di muka: ${p.ahead}.`,
    balanceAheadKasbon: (p: { employer: string; earned: string; paid: string; ahead: string }) =>
      `Dengan ${p.employer} sampai hari ini: upah dari setoran ${p.earned}, uang diterima ${p.paid}.\nDibayar di muka (kasbon): ${p.ahead}.`,
    balanceSettled: (p: { employer: string; earned: string; paid: string }) =>
      `Dengan ${p.employer} sampai hari ini: upah dari setoran ${p.earned}, uang diterima ${p.paid}. Lunas.`,
    balanceOwedWaiting: (p: { employer: string; earned: string; paid: string; owed: string; waiting: string }) =>
      `Dengan ${p.employer} sampai hari ini: upah dari setoran ${p.earned}, uang diterima ${p.paid}.\nBelum dibayar: ${p.owed}, ditambah ${p.waiting} yang upahnya belum diketahui.`,
    balanceWaiting: (p: { employer: string; earned: string; paid: string; waiting: string }) =>
      `Dengan ${p.employer} sampai hari ini: upah dari setoran ${p.earned}, uang diterima ${p.paid}.\n${p.waiting}: upahnya belum diketahui, jadi sisanya belum bisa dihitung.`,

    // Hours.
    askWorkedOn: 'Kerja hari apa?',
    askHours: 'Berapa jam Anda kerja? Contoh: 5, 5 jam, 4,5.',
    askUntil: 'Sampai jam berapa? Contoh: jam 4 sore.',
    badHours: 'Jumlah jamnya belum saya pahami. Contoh: 5 atau 4,5.',
    hoursPositive: 'Jumlah jam harus lebih dari nol.',
    hoursOverDay: 'Satu hari hanya 24 jam. Coba ketik lagi.',
    hoursDayFull: (p: { day: string; total: string }) =>
      `Hari itu (${p.day}) jadi ${p.total}, lebih dari 24 jam. Coba ketik lagi.`,
    hoursMany: (p: { day: string; total: string }) => `Hari itu (${p.day}) jadi ${p.total} kerja. Betul?`,
    askHoursOrder: (p: { list: string }) => `Untuk order yang mana?\n${p.list}\n0 Campur / tidak tentu`,
    orderMixed: 'campur / tidak tentu',
    askHelpers: 'Berapa anggota keluarga yang ikut membantu hari itu? Ketik 0 jika tidak ada.',
    badHelpers: 'Ketik jumlah orangnya, contoh: 0, 1, 2.',
    helpersMany: (p: { n: number }) => `${p.n} orang membantu? Betul?`,
    askChild: 'Ada anak di bawah 15 tahun yang ikut membantu?\n1 Ya\n2 Tidak',
    hoursTitle: 'Cek dulu, jam kerja:',
    lblDay: 'Hari',
    lblHours: 'Jam kerja',
    lblHelpers: 'Dibantu keluarga',
    lblChild: 'Anak di bawah 15 th',
    helpersNotSaid: 'belum disebut',
    helpersInvite: 'Ada yang bantu? Ketik mis. "dibantu 2", atau 0 kalau sendiri.',
    softHelpers: 'Ada keluarga yang ikut bantu? Ketik jumlahnya, 0 kalau tidak ada.',
    softHowMany: 'Berapa orang yang ikut bantu? Ketik jumlahnya.',
    softChild: 'Ada anak di bawah 15 th yang ikut bantu? 1 Ya 2 Tidak',
    softSaved: (p: { day: string; what: string }) => `Dicatat di jam kerja ${p.day}: ${p.what}.`,
    softWhat: (p: { helpers: number | null; child: boolean | null }) =>
      [
        p.helpers === 0 ? 'tidak ada yang bantu' : p.helpers === null ? null : `dibantu ${p.helpers} orang`,
        p.child === null ? null : p.child ? 'ada anak di bawah 15 th' : 'tidak ada anak di bawah 15 th',
      ]
        .filter(Boolean)
        .join(', '),
    hoursSaved: (p: { hours: string; day: string; week: string }) =>
      `Tersimpan: ${p.hours}, ${p.day}.\n${p.week}\nKalau salah, ketik UBAH.`,
    weekThis: (p: { hours: string }) => `Minggu ini: ${p.hours}.`,
    weekThat: (p: { from: string; to: string; hours: string }) => `Minggu itu (${p.from}-${p.to}): ${p.hours}.`,
    weekSpread: (p: { from: string; to: string }) => `dibagi rata ${p.from}-${p.to}`,
    hoursWeekLine: (p: { hours: string; from: string; to: string; days: number }) =>
      `${p.hours} seminggu (${p.from}-${p.to}), dibagi rata ke ${p.days} hari`,
    hoursApprox: (p: { hours: string }) => `Jadi kira-kira ${p.hours}. Betul?`,

    // Costs.
    askCostCategory:
      'Biaya untuk apa?\n1 Listrik / gas elpiji\n2 Bahan (benang, lem, dll)\n3 Transport / ongkos\n4 Alat (gunting, kipas, dll)\n5 Lainnya',
    costCategory: (p: { c: string }) => COST_ID[p.c] ?? p.c,
    askCostAmount: 'Berapa biayanya? Contoh: 20rb.',
    askSpentOn: 'Kapan uangnya keluar?',
    costTitle: 'Cek dulu, biaya:',
    lblCategory: 'Untuk',
    costSaved: (p: { month: string; name?: string }) =>
      `Biaya tersimpan. Biaya bulan ${p.name ?? 'ini'}: ${p.month}.\nKalau salah, ketik UBAH.`,

    // Corrections.
    entriesList: (p: { list: string; more: boolean }) =>
      `Catatan terakhir. Pilih nomor untuk ubah atau hapus:\n${p.list}${p.more ? '\n9 Lebih lama' : ''}\n0 Kembali`,
    entryOrder: (p: { day: string; employer: string; product: string; qty: string }) =>
      `Order ${p.day} ${p.employer}: ${p.product} ${p.qty}`,
    entryHandin: (p: { day: string; product: string; accepted: number; rejected: number }) =>
      `Setor ${p.day} ${p.product}: ${p.accepted} diterima${p.rejected ? `, ${p.rejected} retur` : ''}`,
    entryPayment: (p: { day: string; employer: string; amount: string }) =>
      `Bayaran ${p.day} ${p.employer}: ${p.amount}`,
    entryKasbon: (p: { day: string; employer: string; amount: string }) => `Kasbon ${p.day} ${p.employer}: ${p.amount}`,
    entryHours: (p: { day: string; hours: string }) => `Jam kerja ${p.day}: ${p.hours}`,
    entryCost: (p: { day: string; category: string; amount: string }) => `Biaya ${p.day} ${p.category}: ${p.amount}`,
    editedMark: '(diubah)',
    entryActions: (p: { entry: string }) => `${p.entry}\n1 Ubah\n2 Hapus\n0 Kembali`,
    voidConfirm: (p: { entry: string }) => `Hapus catatan ini?\n${p.entry}\n1 Ya, hapus\n2 Tidak`,
    voidOrderConfirm: (p: { entry: string; n: number }) =>
      `Hapus order ini?\n${p.entry}\n${p.n} setoran untuk order ini ikut terhapus.\n1 Ya, hapus\n2 Tidak`,
    voided: 'Sudah dihapus dari catatan dan rekap. Riwayatnya tetap disimpan.',
    cancelledSaved: (p: { entry: string }) =>
      `Baik, dibatalkan:\n${p.entry}\nSudah dihapus dari catatan dan rekap. Kalau ternyata jadi, catat lagi saja.`,
    nothingNewToCancel:
      'Tidak ada catatan baru yang bisa dibatalkan. Untuk mengubah atau menghapus catatan lama, ketik UBAH.',
    voidKept: 'Baik, tidak dihapus.',
    voidCheck: (p: { entry: string }) =>
      `Dihapus dari catatan dan rekap (riwayatnya tetap disimpan):\n${p.entry}\nSimpan?\n1 Ya, simpan\n2 Jangan dihapus`,
    cancelCheck: (p: { entry: string }) =>
      `Order ini dibatalkan, dihapus dari catatan dan rekap (riwayatnya tetap disimpan):\n${p.entry}\nSimpan?\n1 Ya, simpan\n2 Jangan dihapus`,
    noEntriesYet: 'Belum ada catatan. Pilih dari MENU untuk mulai mencatat.',
  },
  {
    menuOrder: 'Record a new order',
    menuHandin: 'Record a hand-in',
    menuPayment: 'Record pay / advance',
    menuHours: 'Record hours worked',
    menuCost: 'Record a cost',
    menuCorrections: 'Change / delete an entry',

    confirmNew: (p: { title: string; lines: string }) => `${p.title}\n${p.lines}\nSave?\n1 Yes, save\n2 Change`,
    confirmEdit: (p: { lines: string }) => `Changed to:\n${p.lines}\nSave?\n1 Yes, save\n2 Change more`,
    fixWhich: (p: { list: string }) => `What do you want to change?\n${p.list}\n0 Back`,
    fixWhichEdit: (p: { list: string }) => `What do you want to change?\n${p.list}\n0 Cancel`,
    replyYesOrChange: 'Reply 1 to save, 2 to change, or CANCEL.',
    unknownLeft: (p: { flow: string }) =>
      `That is all right. This entry is not saved yet. When you know, send it again in one message, for example: ${
        (
          {
            handin: 'handed in 3 kodi to Bu Umi',
            payment: 'Bu Umi paid 150k',
            hours: 'worked 4 hours alone',
            cost: 'thread 12k',
          } as Record<string, string>
        )[p.flow] ?? 'order 20 lusin masks 5rb/lusin from Bu Umi'
      }.`,
    waitOk: 'All right, I will wait. Reply here when you remember. To stop, type CANCEL.',
    thinkingFigure: 'No problem, type the number when you remember it.',
    thinkingHours: 'No problem, type the hours when you remember them.',
    figureOnlyCount: 'All right. Only the number is left: type it, for example 60 or 3 kodi.',
    figureOnlyMoney: 'All right. Only the amount is left: type it, for example 50k.',
    figureOnlyHours: 'All right. Only the hours are left: type them, for example 5 or 4.5.',
    checkScreenHelp:
      'This is the entry to be saved. "not said" means you did not say it; you can leave it. If all is right, reply 1.',
    commandNotName: 'That is not a name. To stop this entry, type CANCEL.',
    optSave: 'Yes, save',
    optChange: 'Change',
    nothingChanged: 'Nothing has changed yet.',
    savedAsSaid: 'That is how it is saved already; nothing changed. Type REKAP to see it.',
    screenAsSaid: 'Yes, that is how it is.',
    editLeft: 'All right, nothing was changed.',
    entryGone: 'That entry no longer exists.',
    yesCorrect: 'Yes, correct',
    retype: 'No, type it again',
    yesExactly: (p: { typed: string }) => `Yes, exactly ${p.typed}`,
    yesIs: (p: { name: string }) => `Yes, ${p.name}`,
    noNewEmployer: (p: { name: string }) => `No, someone new: ${p.name}`,
    employerNear: (p: { name: string }) => `Do you mean ${p.name}?`,
    newMark: (p: { name: string }) => `${p.name} (new)`,
    typedMark: (p: { name: string; typed: string }) => `${p.name} (you wrote: ${p.typed})`,
    todayOn: (p: { day: string }) => `today, ${p.day}`,
    yesterdayOn: (p: { day: string }) => `yesterday, ${p.day}`,
    dayChoices: '1 Today\n2 Yesterday\nOr type a date, for example: 12/11',
    badDay: 'I did not understand the date. Examples: yesterday, monday, 12/11.',
    dayFuture: (p: { day: string }) => `${p.day} has not come yet. Is that right?`,
    dayOld: (p: { day: string }) => `${p.day} is more than a year ago. Is that right?`,
    dayFarAhead: (p: { day: string }) => `${p.day} is more than a year from now. Is that right?`,
    badMoney: 'I did not understand the amount. Examples: 50rb, 50.000, Rp 50.000.',
    moneyPositive: 'The amount must be more than zero.',
    moneyThousand: (p: { typed: string; meant: string }) => `${p.typed}? Did you mean ${p.meant}?`,
    moneySmall: (p: { typed: string }) => `${p.typed}? That is very little. Is that right?`,
    moneyLarge: (p: { typed: string }) => `${p.typed}? That is a lot. Is that right?`,
    reply12: 'Reply 1 or 2.',
    batchConfirm: (p: { n: number; lines: string }) =>
      `Please check these ${p.n} entries:\n${p.lines}\nSave all?\n1 Yes, save\n2 Change`,
    optSaveAll: 'Yes, save all',
    batchSaved: (p: { n: number }) => `${p.n} entries saved.`,
    batchFixWhich: (p: { list: string }) => `Which one do you want to change?\n${p.list}\n0 Back`,
    entryKindName: (p: { kind: string }) =>
      ({
        order: 'New order',
        handin: 'Hand-in',
        payment: 'Pay',
        kasbon: 'Advance (kasbon)',
        hours: 'Hours worked',
        cost: 'Cost',
      })[p.kind] ?? p.kind,
    stuckWayOut: 'If you are stuck: type CANCEL to drop this entry, or MENU for other choices.',
    assumedAfterMiss: 'I filled it in as below for now. If it is wrong, choose 2 Change, or type CANCEL.',
    none: 'none',
    unitName: (p: { unit: string }) => UNITS_EN[p.unit] ?? p.unit,
    hoursN: (p: { n: string }) => `${p.n} h`,
    tipQuick: (p: { example: string }) => `Next time you can just type:\n${p.example}`,
    corrected: 'Changed. The old entry is kept in the history. Type REKAP to see the result.',
    savedShort: 'Saved. If something is wrong, type EDIT.',
    chooseEmployerNumber: (p: { max: number }) => `Reply with a number from 1 to ${p.max}, or type the name.`,
    typeEmployerName: (_p: { max: number }) => 'I did not catch the name.',
    nameTooLong: (p: { max: number }) =>
      `The name is too long. At most ${p.max} letters. Type a shorter one, for example: Bu Yati.`,
    nameNotPhone: 'Please do not type a phone number here. Type just the name, for example: Bu Yati.',
    productTooLong: (p: { max: number }) =>
      `The product name is too long. At most ${p.max} letters, for example: sandals.`,
    moreOrders: 'More orders',
    firstOrders: 'Back to the start of the list',
    chooseOrder: (p: { max: number; more: boolean; zero: boolean }) =>
      `Reply with a number from 1 to ${p.max}${p.more ? ', 9 for more orders' : ''}${p.zero ? ', or 0 if not sure' : ''}.`,
    lblFrom: 'From',
    lblDate: 'Date',
    lblAmount: 'Amount',

    askEmployerFirst: 'Who is this order from? Type the name, for example: Bu Yati.',
    askEmployer: (p: { list: string }) => `Who is this order from?\n${p.list}\nOr type a new name.`,
    askOrderProduct: 'What is the product? For example: sandals, shirts, caps.',
    badProduct: 'Just type the name of the product, for example: sandals.',
    askQuantity: 'How many? For example: 3 kodi, 5 lusin, 100 pcs, 60 pasang.',
    badQuantity: 'I did not understand the quantity. Examples: 3 kodi, 60, 5 lusin.',
    quantityPositive: 'The number must be more than zero.',
    quantityLarge: (p: { qty: string }) => `${p.qty}? That is a lot. Is that right?`,
    askRate: (p: { unit: string }) => `What is the rate? For example: 2rb/${p.unit}, 4rb sekodi, 500 per biji.`,
    badRate: 'I did not understand the rate. Examples: 2rb/pasang, 4rb sekodi, Rp500 per biji.',
    ratePerWhich: (p: { amount: string }) => `Which rate do you mean by ${p.amount}?`,
    rateSmall: (p: { rate: string }) => `A rate of ${p.rate}? That is very little. Is that right?`,
    rateLarge: (p: { rate: string }) => `A rate of ${p.rate}? That is a lot. Is that right?`,
    pleaseCheck: 'Please check it.',
    rateLargeTotal: (p: { rate: string; total: string }) =>
      `A rate of ${p.rate}? That makes ${p.total} in all. That is a lot. Is that right?`,
    rateWithTotal: (p: { rate: string; total: string }) => `${p.rate}, total ${p.total}`,
    askReceived: 'When did you receive the order?',
    askDue: 'When must it be handed in? Type a date (for example: saturday, 5/12), or 0 if there is no deadline.',
    dueBeforeReceived: 'The deadline cannot be before the order was received. Try again.',
    noDue: 'none',
    notSaid: 'not said',
    askWritten: 'Is there a written agreement for this order (a letter, a note, or a WhatsApp message)?\n1 Yes\n2 No',
    askMaterials: 'Did the materials (cloth, glue, thread) come from the employer?\n1 Yes\n2 No, I buy them / some',
    orderTitle: 'Please check the new order:',
    lblProduct: 'Product',
    lblQuantity: 'Quantity',
    lblRate: 'Rate',
    lblReceived: 'Received',
    lblDue: 'Hand in by',
    lblWritten: 'Written agreement',
    lblMaterials: 'Materials from employer',
    orderSaved: (p: { employer: string; total: string }) =>
      `Order saved. Value of the order: ${p.total}.\nForward the next message (in Indonesian) to ${p.employer} as a written record. If something is wrong, type EDIT.`,
    orderNote: (p: {
      employer: string;
      product: string;
      qty: string;
      rate: string;
      total: string | null;
      received: string;
      due: string | null;
      materials: boolean | null;
    }) =>
      `ORDER NOTE\nEmployer: ${p.employer}\nProduct: ${p.product}\nQuantity: ${p.qty}\nRate: ${p.rate}${p.total ? `\nTotal: ${p.total}` : ''}\nReceived: ${p.received}${p.due ? `\nHand in by: ${p.due}` : ''}${ORDER_NOTE_MATERIALS_EN(p.materials)}\n${p.total ? 'Please reply if this is correct.' : 'Please tell me the rate, and reply if this is correct.'} Thank you.`,
    rateUnknown: 'not known yet',
    rateLaterExample: (p: { unit: string }) => `rate 2rb/${p.unit}`,
    orderSavedNoRate: (p: { employer: string; example: string }) =>
      `Order saved. The rate is not known yet, so its value is not counted.\nWhen you are told, type for example: ${p.example}\nForward the next message (in Indonesian) to ${p.employer} as a written record. If something is wrong, type EDIT.`,
    rateLaterHint: (p: { example: string }) => `When you are told the rate, type for example: ${p.example}`,
    rateWhichOrder: (p: { list: string }) => `Which order is this rate for?\n${p.list}\n0 Cancel`,
    rateForOrder: (p: { order: string }) => `Rate for ${p.order}`,
    dueForOrder: (p: { order: string }) => `Hand-in deadline for ${p.order}`,
    rateLeft: 'All right, the rate was not changed.',
    rateSet: (p: { pieces: string; value: string }) =>
      `Rate saved. What you handed in already (${p.pieces}) is worth ${p.value}. Type REKAP to see the result.`,

    askHandinOrder: (p: { list: string }) => `Which order is this hand-in for?\n${p.list}`,
    orderWithRemaining: (p: { order: string; remaining: number; total: number }) =>
      `${p.order}, ${p.remaining} of ${p.total} left`,
    askedBack: 'Sorry, that was not clear. I mean:',
    rejectedMeans: 'I mean: the pieces the employer gave back because they were damaged or not good enough.',
    entryKeptForLater: 'I will keep your entry and go on with it once these questions are done.',
    remarkNoted: 'All right. I have not saved this as your money. Type REKAP to see the pay still owed to you.',
    planNoted: 'All right. Record it once it has happened, for example after handing in: setor 3 lusin ke Bu Umi.',
    recordedYes: (p: { list: string }) => `Already recorded:\n${p.list}\nIf something is wrong, type EDIT.`,
    resentSaved: (p: { entry: string }) =>
      `This was saved a moment ago, so I did not record it twice:\n- ${p.entry}\nIf there really is another one, send it with the word "again", e.g. "bought petrol again 20k".`,
    recordedNo:
      'Not recorded yet. To record it, just type it as usual, for example:\nkasbon 100rb dari Bu Yati kemarin',
    recordedWhich: 'Which one? Type REKAP to see your records, or EDIT for the latest entries.',
    noOrderFrom: (p: { employer: string; what: string }) =>
      `No order from ${p.employer} is recorded yet, so this hand-in is not saved. Record the order first, for example:\norder ${p.what} dari ${p.employer}, upah 2rb/biji\nThen send the hand-in again.`,
    spanToToday: (p: { day: number }) =>
      `${['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'][p.day]} has not come yet, so I record up to today.`,
    orderWithHandin: (p: { employer?: string }) =>
      `No order${p.employer ? ` from ${p.employer}` : ''} is recorded yet, so I record the order together with this hand-in.`,
    noOrdersYet:
      'No order recorded yet. Record the order first: type MENU then 1, or directly:\norder 3 kodi sandal 2rb/pasang dari Bu Yati',
    askDelivered: (p: { product: string }) =>
      `How many ${p.product} did you hand in? Count all, including any that get rejected. For example: 60 or 3 kodi.`,
    badPieces: 'I did not understand the number. Type a number, for example: 58.',
    piecesLarge: (p: { n: number }) => `${p.n} pieces? That is a lot. Is that right?`,
    moreThanRemaining: (p: { n: number; remaining: number }) =>
      `${p.n} is more than what is left of the order (${p.remaining}). Is that right?`,
    askRejected: 'How many were rejected / returned? Type 0 if none.',
    rejectedTooMany: (p: { delivered: number }) => `Rejected cannot be more than handed in (${p.delivered}).`,
    rejectedLine: (p: { rejected: number; accepted: number; value: string }) =>
      `${p.rejected}, accepted ${p.accepted} = ${p.value}`,
    askHandedIn: 'When did you hand it in?',
    handinTitle: 'Please check the hand-in:',
    lblOrder: 'Order',
    lblDelivered: 'Handed in',
    lblRejected: 'Rejected',
    handinSaved: (p: { order: string; value: string; accepted: number; total: number; remaining: number }) =>
      `Hand-in saved, worth ${p.value}.\nOrder ${p.order}\n${p.accepted} of ${p.total} accepted, ${p.remaining} left.\nIf something is wrong, type EDIT.`,
    handinSavedDone: (p: { order: string; value: string; accepted: number }) =>
      `Hand-in saved, worth ${p.value}.\nOrder ${p.order} is done: ${p.accepted} accepted.\nIf something is wrong, type EDIT.`,

    askPayerFirst: 'Who paid? Type the name, for example: Bu Yati.',
    askPayer: (p: { list: string }) => `From whom?\n${p.list}\nOr type a name.`,
    askPayKind: 'What is this money?\n1 Pay for work\n2 Kasbon (advance / loan)',
    kindPay: 'pay for work',
    kindKasbon: 'kasbon (advance)',
    askPayAmount: 'How much money did you receive? For example: 116rb.',
    askPayAmountCut: 'How much money did you receive after the cut? For example: 116rb.',
    askKasbonAmount: 'How much is the advance? For example: 50rb.',
    askPayOrder: (p: { list: string }) => `Which order is this pay for?\n${p.list}\n0 Several orders / not sure`,
    lumpSum: 'several orders / not sure',
    askCut: 'Was anything deducted from this pay (kasbon, rejects, materials)? Type the amount, or 0 if nothing.',
    askCutKind: (p: { amount: string }) =>
      `What was the deduction of ${p.amount} for?\n1 Paying back a kasbon\n2 Other (rejects, materials, fines)`,
    cutKasbon: (p: { amount: string }) => `${p.amount} for kasbon`,
    netHeard: (p: { gross: string; cut: string; net: string }) =>
      `Right: ${p.gross} less ${p.cut}, so you received ${p.net}.`,
    cutOther: (p: { amount: string }) => `${p.amount} (rejects, materials, etc.)`,
    askPaidOn: 'When did you receive the money?',
    paymentTitle: 'Please check the payment:',
    kasbonTitle: 'Please check the advance:',
    lblKind: 'Kind',
    lblForOrder: 'For order',
    lblCut: 'Deducted',
    paidWithCut: (p: { paid: string; cut: string }) => `${p.paid} + ${p.cut} taken off`,
    balanceOwed: (p: { employer: string; earned: string; paid: string; owed: string }) =>
      `With ${p.employer} up to today: earned from hand-ins ${p.earned}, money received ${p.paid}.\nStill unpaid: ${p.owed}.`,
    balanceAhead: (p: { employer: string; earned: string; paid: string; ahead: string }) =>
      `With ${p.employer} up to today: earned from hand-ins ${p.earned}, money received ${p.paid}.\nPaid in advance: ${p.ahead}.`,
    balanceAheadKasbon: (p: { employer: string; earned: string; paid: string; ahead: string }) =>
      `With ${p.employer} up to today: earned from hand-ins ${p.earned}, money received ${p.paid}.\nPaid in advance (kasbon): ${p.ahead}.`,
    balanceSettled: (p: { employer: string; earned: string; paid: string }) =>
      `With ${p.employer} up to today: earned from hand-ins ${p.earned}, money received ${p.paid}. Fully paid.`,
    balanceOwedWaiting: (p: { employer: string; earned: string; paid: string; owed: string; waiting: string }) =>
      `With ${p.employer} up to today: earned from hand-ins ${p.earned}, money received ${p.paid}.\nStill unpaid: ${p.owed}, plus ${p.waiting} whose rate is not known yet.`,
    balanceWaiting: (p: { employer: string; earned: string; paid: string; waiting: string }) =>
      `With ${p.employer} up to today: earned from hand-ins ${p.earned}, money received ${p.paid}.\n${p.waiting}: the rate is not known yet, so what is left cannot be worked out.`,

    askWorkedOn: 'Which day did you work?',
    askHours: 'How many hours did you work? For example: 5, 5 hours, 4.5.',
    askUntil: 'Until what time? For example: 4 pm.',
    badHours: 'I did not understand the hours. For example: 5 or 4.5.',
    hoursPositive: 'Hours must be more than zero.',
    hoursOverDay: 'A day has only 24 hours. Please try again.',
    hoursDayFull: (p: { day: string; total: string }) =>
      `That day (${p.day}) would have ${p.total}, more than 24 hours. Please try again.`,
    hoursMany: (p: { day: string; total: string }) =>
      `That day (${p.day}) would have ${p.total} of work. Is that right?`,
    askHoursOrder: (p: { list: string }) => `For which order?\n${p.list}\n0 Mixed / not sure`,
    orderMixed: 'mixed / not sure',
    askHelpers: 'How many family members helped that day? Type 0 if none.',
    badHelpers: 'Type the number of people, for example: 0, 1, 2.',
    helpersMany: (p: { n: number }) => `${p.n} people helped? Is that right?`,
    askChild: 'Did a child under 15 help?\n1 Yes\n2 No',
    hoursTitle: 'Please check the hours:',
    lblDay: 'Day',
    lblHours: 'Hours',
    lblHelpers: 'Family helpers',
    lblChild: 'Child under 15',
    helpersNotSaid: 'not said',
    helpersInvite: 'Anyone helped? Type e.g. "my son helped", or 0 if alone.',
    softHelpers: 'Did any family help? Type how many, 0 if none.',
    softHowMany: 'How many people helped? Type the number.',
    softChild: 'Did a child under 15 help? 1 Yes 2 No',
    softSaved: (p: { day: string; what: string }) => `Added to the hours of ${p.day}: ${p.what}.`,
    softWhat: (p: { helpers: number | null; child: boolean | null }) =>
      [
        p.helpers === 0
          ? 'nobody helped'
          : p.helpers === null
            ? null
            : `${p.helpers} ${p.helpers === 1 ? 'person' : 'people'} helped`,
        p.child === null ? null : p.child ? 'a child under 15 helped' : 'no child under 15 helped',
      ]
        .filter(Boolean)
        .join(', '),
    hoursSaved: (p: { hours: string; day: string; week: string }) =>
      `Saved: ${p.hours}, ${p.day}.\n${p.week}\nIf something is wrong, type EDIT.`,
    weekThis: (p: { hours: string }) => `This week: ${p.hours}.`,
    weekThat: (p: { from: string; to: string; hours: string }) => `That week (${p.from}-${p.to}): ${p.hours}.`,
    weekSpread: (p: { from: string; to: string }) => `spread evenly ${p.from}-${p.to}`,
    hoursWeekLine: (p: { hours: string; from: string; to: string; days: number }) =>
      `${p.hours} in the week (${p.from}-${p.to}), spread over ${p.days} days`,
    hoursApprox: (p: { hours: string }) => `That makes about ${p.hours}. Is that right?`,

    askCostCategory:
      'What was the cost for?\n1 Electricity / cooking gas\n2 Materials (thread, glue, etc.)\n3 Transport\n4 Tools (scissors, fan, etc.)\n5 Other',
    costCategory: (p: { c: string }) => COST_EN[p.c] ?? p.c,
    askCostAmount: 'How much was it? For example: 20rb.',
    askSpentOn: 'When did you pay it?',
    costTitle: 'Please check the cost:',
    lblCategory: 'For',
    costSaved: (p: { month: string; name?: string }) =>
      `Cost saved. Costs ${p.name ? `in ${p.name}` : 'this month'}: ${p.month}.\nIf something is wrong, type EDIT.`,

    entriesList: (p: { list: string; more: boolean }) =>
      `Latest entries. Choose a number to change or delete:\n${p.list}${p.more ? '\n9 Older' : ''}\n0 Back`,
    entryOrder: (p: { day: string; employer: string; product: string; qty: string }) =>
      `Order ${p.day} ${p.employer}: ${p.product} ${p.qty}`,
    entryHandin: (p: { day: string; product: string; accepted: number; rejected: number }) =>
      `Hand-in ${p.day} ${p.product}: ${p.accepted} accepted${p.rejected ? `, ${p.rejected} rejected` : ''}`,
    entryPayment: (p: { day: string; employer: string; amount: string }) => `Pay ${p.day} ${p.employer}: ${p.amount}`,
    entryKasbon: (p: { day: string; employer: string; amount: string }) => `Kasbon ${p.day} ${p.employer}: ${p.amount}`,
    entryHours: (p: { day: string; hours: string }) => `Hours ${p.day}: ${p.hours}`,
    entryCost: (p: { day: string; category: string; amount: string }) => `Cost ${p.day} ${p.category}: ${p.amount}`,
    editedMark: '(changed)',
    entryActions: (p: { entry: string }) => `${p.entry}\n1 Change\n2 Delete\n0 Back`,
    voidConfirm: (p: { entry: string }) => `Delete this entry?\n${p.entry}\n1 Yes, delete\n2 No`,
    voidOrderConfirm: (p: { entry: string; n: number }) =>
      `Delete this order?\n${p.entry}\nIts ${p.n} hand-in(s) will be deleted too.\n1 Yes, delete\n2 No`,
    voided: 'Deleted from your records and summaries. The history is kept.',
    cancelledSaved: (p: { entry: string }) =>
      `OK, cancelled:\n${p.entry}\nDeleted from your records and summaries. If it does happen, just record it again.`,
    nothingNewToCancel: 'There is no new entry to cancel. To change or delete an older one, type UBAH.',
    voidKept: 'All right, not deleted.',
    voidCheck: (p: { entry: string }) =>
      `To be deleted from your records and summaries (the history is kept):\n${p.entry}\nSave?\n1 Yes, save\n2 Don't delete`,
    cancelCheck: (p: { entry: string }) =>
      `This order was called off; it is deleted from your records and summaries (the history is kept):\n${p.entry}\nSave?\n1 Yes, save\n2 Don't delete`,
    noEntriesYet: 'No entries yet. Choose from the MENU to start recording.',
  },
);
