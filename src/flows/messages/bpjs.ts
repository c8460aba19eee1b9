// The BPJS area's conversation texts. The guide's own texts and figures are
// content files (content/bpjs/), editable without code.
import { defineMessages } from './define.ts';

export const bpjs = defineMessages(
  {
    bpjsMenuLabel: 'BPJS / jaminan sosial',
    bpjsMenu: (p: { lines: string }) => `BPJS / jaminan sosial:\n${p.lines}\n0 Kembali`,
    bpjsItemCheck: 'Langkah untuk saya',
    bpjsItemIntent: 'Saya mau daftar',
    bpjsItemAsk: 'Kirim pertanyaan (TANYA)',
    bpjsLater: 'Baik. Panduan BPJS bisa dibuka lagi kapan saja: ketik BPJS.',
    bpjsChoose: (p: { max: number }) =>
      `Balas angka 1 sampai ${p.max}, atau 0 untuk kembali. Ada pertanyaan? Ketik TANYA lalu pertanyaan Anda.`,
    bpjsApprox: (p: { value: string }) => `sekitar ${p.value}`,
    bpjsMillions: (p: { n: string }) => `Rp${p.n} juta`,
    pageMore: (p: { n: number; total: number }) => `(${p.n}/${p.total}) Balas 1 untuk lanjut, 0 untuk kembali.`,
    pageLast: (p: { n: number; total: number }) => `(${p.n}/${p.total}) Balas 0 untuk kembali ke menu BPJS.`,
    pageOnly: 'Balas 0 untuk kembali ke menu BPJS.',
    bpjsGuideWhole: 'Panduan lengkap: ketik BPJS.',
    bpjsAlsoJkn:
      'Ini tentang BPJS Ketenagakerjaan, yang bisa diikuti pekerja rumahan. Untuk BPJS Kesehatan, ketik: BPJS kesehatan.',
    pageChoose: 'Balas 1 untuk lanjut atau 0 untuk kembali. Ada pertanyaan? Ketik TANYA lalu pertanyaan Anda.',
    next: 'Lanjut',
    bpjsGuideFound:
      'Ini dari panduan BPJS. Belum terjawab? Ketik TANYA lalu pertanyaan Anda, pendamping Upahku akan menjawab.',
    bpjsWhichScheme:
      'BPJS yang mana?\n1 BPJS Ketenagakerjaan (kecelakaan kerja, hari tua)\n2 BPJS Kesehatan (berobat, KIS)\n0 Menu BPJS',
    bpjsSchemeJkn: 'BPJS Kesehatan',

    eligHealth:
      'Pertanyaan 1 dari 2. BPJS Kesehatan Anda sekarang?\n1 Punya KIS, dibayar pemerintah (PBI)\n2 Bayar sendiri (Mandiri)\n3 Tidak punya\n4 Tidak tahu',
    eligMandiri: 'Iuran Mandiri Anda dibayar lancar?\n1 Ya, lancar\n2 Ada tunggakan / kartu tidak aktif',
    eligWork:
      'Pertanyaan 2 dari 2. BPJS Ketenagakerjaan Anda?\n1 Ikut, masih bayar\n2 Pernah ikut, sekarang tidak bayar\n3 Belum pernah ikut\n4 Tidak tahu',
    costShare: (p: { cost: string; share: string; earnings: string }) =>
      `Menurut catatan Upahku, penghasilan bersih Anda 30 hari terakhir ${p.earnings}. ${p.cost} sebulan itu sekitar ${p.share} dari penghasilan itu.`,
    costShareTiny: (p: { cost: string; earnings: string }) =>
      `Menurut catatan Upahku, penghasilan bersih Anda 30 hari terakhir ${p.earnings}. ${p.cost} sebulan itu kurang dari 0,1% dari penghasilan itu.`,
    costShareOver: (p: { cost: string; earnings: string }) =>
      `Menurut catatan Upahku, penghasilan bersih Anda 30 hari terakhir ${p.earnings}, lebih kecil dari ${p.cost} sebulan.`,
    costShareNone:
      'Catatan Upahku belum menunjukkan penghasilan bersih dalam 30 hari terakhir, jadi bagian biayanya belum bisa dihitung. Catat setoran (hasil kerja) Anda agar bisa dihitung.',
    intentOffer: (p: { lines: string; days: number }) =>
      `Mau daftar? Pilih satu, nanti ${p.days} hari lagi saya tanya: sudah daftar?\n${p.lines}\n0 Tidak sekarang`,
    intentChoose: (p: { lines: string; days: number }) =>
      `Mau daftar yang mana? ${p.days} hari lagi saya tanya: sudah daftar?\n${p.lines}\n0 Kembali`,
    intentSaved: (p: { program: string; date: string }) =>
      `Dicatat: Anda mau daftar ${p.program}. Tanggal ${p.date} saya tanya lagi: sudah daftar?`,
    intentExists: (p: { program: string; date: string }) =>
      `Rencana daftar ${p.program} sudah dicatat. Tanggal ${p.date} saya tanya lagi.`,
    intentNotNow: 'Baik. Kapan saja Anda bisa pilih "Saya mau daftar" di menu BPJS.',
    programTk: 'BPJS Ketenagakerjaan',
    programPbi: 'KIS gratis (PBI) di kantor desa',
    programMandiri: 'BPJS Kesehatan Mandiri',

    followUpAsk: (p: { program: string; date: string }) =>
      `Tanggal ${p.date} Anda bilang mau daftar ${p.program}. Sudah daftar?\n1 Sudah\n2 Belum\n3 Tidak jadi\n0 Tanya lagi nanti`,
    followUpRegistered: (p: { program: string }) => `Selamat, Anda sudah terdaftar ${p.program}! Dicatat.`,
    followUpApplied: (p: { contact: string }) =>
      `Bagus, dicatat! Musyawarah desa/kelurahan yang memutuskan KIS gratis. Tanyakan hasilnya ke kantor desa atau PANDAWA ${p.contact}.`,
    followUpLater: (p: { date: string }) => `Baik, tanggal ${p.date} saya tanya lagi.`,
    obstacleAsk:
      'Apa kendala utamanya?\n1 Dokumen (KTP, KK, NIK)\n2 Biaya\n3 Keluarga / suami\n4 Tidak tahu caranya\n5 Lainnya',
    obstacleOtherAsk: 'Tulis singkat kendalanya:',
    followAgainAsk: (p: { days: number }) => `Mau saya tanya lagi ${p.days} hari lagi?\n1 Ya\n2 Tidak`,
    followAgainYes: (p: { date: string }) => `Baik, tanggal ${p.date} saya tanya lagi.`,
    followAgainNo: 'Baik, saya tidak tanya lagi. Menu BPJS ada kapan saja.',
    gaveUpSaved: 'Baik, dicatat. Terima kasih sudah cerita.',

    recheckAsk: (p: { date: string; jkn: string; tk: string }) =>
      `Tanggal ${p.date} Anda bilang:\nBPJS Kesehatan: ${p.jkn}\nBPJS Ketenagakerjaan: ${p.tk}\nMasih sama?\n1 Masih sama\n2 Ada yang berubah\n0 Lewati`,
    recheckIntro: 'Sudah beberapa bulan sejak saya tanya soal BPJS Anda. Dua pertanyaan singkat:',
    recheckSaved: 'Terima kasih, dicatat.',
    recheckSkipped: 'Baik, dilewati.',
    recheckChoose: 'Balas 1 (masih sama), 2 (ada yang berubah), atau 0 (lewati).',
    statusPbi: 'KIS dari pemerintah (PBI)',
    statusMandiri: 'Mandiri, lancar',
    statusMandiriArrears: 'Mandiri, menunggak',
    statusNoneJkn: 'tidak punya',
    statusUnknown: 'tidak tahu',
    statusActive: 'ikut, masih bayar',
    statusInactive: 'tidak bayar lagi',
    statusNoneTk: 'belum ikut',

    tanyaAsk:
      'Tulis pertanyaan Anda tentang BPJS atau pekerjaan rumahan. Pendamping Upahku akan menjawab lewat chat ini.',
    tanyaTooShort: 'Pertanyaannya terlalu pendek. Tulis sedikit lebih lengkap, atau ketik BATAL.',
    tanyaSaved: 'Pertanyaan Anda sudah dikirim ke pendamping Upahku. Jawabannya akan datang lewat chat ini.',
    tanyaOffer: (p: { text: string }) =>
      `Saya belum bisa menjawab "${p.text}". Kirim sebagai pertanyaan ke pendamping Upahku?\n1 Ya, kirim\n2 Tidak`,
    tanyaNotSent: 'Baik, tidak dikirim.',
    tanyaSendConfirm: (p: { text: string }) =>
      `Kirim pertanyaan ini ke pendamping Upahku?\n"${p.text}"\n1 Ya, kirim\n2 Tidak`,
    tanyaAnswer: (p: { date: string; question: string; answer: string }) =>
      `Jawaban pendamping Upahku untuk pertanyaan Anda (${p.date}) "${p.question}":\n${p.answer}`,
  },
  {
    bpjsMenuLabel: 'BPJS / social security',
    bpjsMenu: (p: { lines: string }) => `BPJS / social security:\n${p.lines}\n0 Back`,
    bpjsItemCheck: 'Next steps for me',
    bpjsItemIntent: 'I want to register',
    bpjsItemAsk: 'Send a question (ASK)',
    bpjsLater: 'All right. Open the BPJS guide again any time: type BPJS.',
    bpjsChoose: (p: { max: number }) =>
      `Reply with a number from 1 to ${p.max}, or 0 to go back. A question? Type ASK and your question.`,
    bpjsApprox: (p: { value: string }) => `about ${p.value}`,
    bpjsMillions: (p: { n: string }) => `Rp${p.n} million`,
    pageMore: (p: { n: number; total: number }) => `(${p.n}/${p.total}) Reply 1 for more, 0 to go back.`,
    pageLast: (p: { n: number; total: number }) => `(${p.n}/${p.total}) Reply 0 to go back to the BPJS menu.`,
    pageOnly: 'Reply 0 to go back to the BPJS menu.',
    bpjsGuideWhole: 'The whole guide: type BPJS.',
    bpjsAlsoJkn:
      'This is about BPJS Ketenagakerjaan, which home workers can join. For BPJS Kesehatan, type: BPJS kesehatan.',
    pageChoose: 'Reply 1 for more or 0 to go back. A question? Type ASK and your question.',
    next: 'More',
    bpjsGuideFound:
      'This is from the BPJS guide. Not answered? Type ASK and your question; an Upahku organiser will answer.',
    bpjsWhichScheme:
      'Which BPJS?\n1 BPJS Ketenagakerjaan (work accidents, old age)\n2 BPJS Kesehatan (health care, KIS)\n0 BPJS menu',
    bpjsSchemeJkn: 'BPJS Kesehatan',

    eligHealth:
      'Question 1 of 2. Your BPJS Kesehatan (health) now?\n1 I have a KIS paid by the government (PBI)\n2 I pay myself (Mandiri)\n3 I have none\n4 I do not know',
    eligMandiri: 'Do you pay your Mandiri contribution on time?\n1 Yes\n2 I have arrears / the card is inactive',
    eligWork:
      'Question 2 of 2. Your BPJS Ketenagakerjaan (work)?\n1 Member, still paying\n2 Was a member, not paying now\n3 Never joined\n4 I do not know',
    costShare: (p: { cost: string; share: string; earnings: string }) =>
      `By your Upahku records, your net earnings in the last 30 days were ${p.earnings}. ${p.cost} a month is about ${p.share} of that.`,
    costShareTiny: (p: { cost: string; earnings: string }) =>
      `By your Upahku records, your net earnings in the last 30 days were ${p.earnings}. ${p.cost} a month is less than 0.1% of that.`,
    costShareOver: (p: { cost: string; earnings: string }) =>
      `By your Upahku records, your net earnings in the last 30 days were ${p.earnings}, less than ${p.cost} a month.`,
    costShareNone:
      'Your Upahku records show no net earnings in the last 30 days, so the share cannot be worked out yet. Record the work you hand in to see it.',
    intentOffer: (p: { lines: string; days: number }) =>
      `Want to register? Choose one; in ${p.days} days I will ask: registered yet?\n${p.lines}\n0 Not now`,
    intentChoose: (p: { lines: string; days: number }) =>
      `Register for which? In ${p.days} days I will ask: registered yet?\n${p.lines}\n0 Back`,
    intentSaved: (p: { program: string; date: string }) =>
      `Noted: you want to register for ${p.program}. On ${p.date} I will ask: registered yet?`,
    intentExists: (p: { program: string; date: string }) =>
      `Your plan to register for ${p.program} is already noted. I will ask again on ${p.date}.`,
    intentNotNow: 'All right. You can choose "I want to register" in the BPJS menu at any time.',
    programTk: 'BPJS Ketenagakerjaan',
    programPbi: 'a free KIS (PBI) at the village office',
    programMandiri: 'BPJS Kesehatan Mandiri',

    followUpAsk: (p: { program: string; date: string }) =>
      `On ${p.date} you said you wanted to register for ${p.program}. Registered yet?\n1 Yes\n2 Not yet\n3 I decided not to\n0 Ask me later`,
    followUpRegistered: (p: { program: string }) => `Congratulations, you are registered for ${p.program}! Noted.`,
    followUpApplied: (p: { contact: string }) =>
      `Good, noted! The village meeting decides on a free KIS. Ask the village office or PANDAWA ${p.contact} for the result.`,
    followUpLater: (p: { date: string }) => `All right, I will ask again on ${p.date}.`,
    obstacleAsk:
      'What is the main difficulty?\n1 Documents (KTP, KK, NIK)\n2 Cost\n3 Family / husband\n4 I do not know how\n5 Something else',
    obstacleOtherAsk: 'Write the difficulty in a few words:',
    followAgainAsk: (p: { days: number }) => `Shall I ask again in ${p.days} days?\n1 Yes\n2 No`,
    followAgainYes: (p: { date: string }) => `All right, I will ask again on ${p.date}.`,
    followAgainNo: 'All right, I will not ask again. The BPJS menu is there any time.',
    gaveUpSaved: 'All right, noted. Thank you for telling me.',

    recheckAsk: (p: { date: string; jkn: string; tk: string }) =>
      `On ${p.date} you said:\nBPJS Kesehatan: ${p.jkn}\nBPJS Ketenagakerjaan: ${p.tk}\nStill the same?\n1 Still the same\n2 Something changed\n0 Skip`,
    recheckIntro: 'It has been a few months since I asked about your BPJS. Two short questions:',
    recheckSaved: 'Thank you, noted.',
    recheckSkipped: 'All right, skipped.',
    recheckChoose: 'Reply 1 (still the same), 2 (something changed) or 0 (skip).',
    statusPbi: 'KIS from the government (PBI)',
    statusMandiri: 'Mandiri, paid up',
    statusMandiriArrears: 'Mandiri, in arrears',
    statusNoneJkn: 'none',
    statusUnknown: 'do not know',
    statusActive: 'member, paying',
    statusInactive: 'not paying any more',
    statusNoneTk: 'not a member',

    tanyaAsk: 'Write your question about BPJS or home work. An Upahku organiser will answer in this chat.',
    tanyaTooShort: 'That question is too short. Write a little more, or type CANCEL.',
    tanyaSaved: 'Your question was sent to an Upahku organiser. The answer will come in this chat.',
    tanyaOffer: (p: { text: string }) =>
      `I cannot answer "${p.text}" myself. Send it as a question to an Upahku organiser?\n1 Yes, send\n2 No`,
    tanyaNotSent: 'All right, not sent.',
    tanyaSendConfirm: (p: { text: string }) =>
      `Send this question to an Upahku organiser?\n"${p.text}"\n1 Yes, send\n2 No`,
    tanyaAnswer: (p: { date: string; question: string; answer: string }) =>
      `An Upahku organiser answers your question (${p.date}) "${p.question}":\n${p.answer}`,
  },
);
