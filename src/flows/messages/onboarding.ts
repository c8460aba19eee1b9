import { defineMessages } from './define.ts';

export const onboarding = defineMessages(
  {
    welcome:
      'Halo! Saya Upahku, teman mencatat kerja borongan di rumah: order, setoran, bayaran, jam kerja dan biaya. Gratis.\nPilih bahasa:\n1 Bahasa Indonesia\n2 English',
    consent:
      'Sebelum mulai:\n- Saya mencatat order, setoran, bayaran, jam kerja dan biaya yang Anda kirim.\n- Hanya Anda yang melihat catatan lengkap Anda.\n- Nama dan nomor HP Anda tidak pernah diberikan ke siapa pun.\n- Kapan saja: DATAKU untuk lihat data, BERHENTI untuk stop pesan, HAPUS untuk hapus semua.\nSetuju?\n1 Ya, setuju\n2 Tidak',
    research:
      'Satu pertanyaan lagi. Peneliti mempelajari upah pekerja rumahan supaya nasib pekerja lebih baik. Boleh catatan Anda dipakai untuk penelitian, tanpa nama dan tanpa nomor HP? Bisa diubah kapan saja.\n1 Ya, boleh\n2 Tidak',
    researchYes: 'Terima kasih, catatan Anda ikut membantu penelitian (tanpa nama).',
    researchNo: 'Baik, catatan Anda tidak dipakai untuk penelitian.',
    refused: 'Tidak apa-apa. Data Anda tidak disimpan. Jika berubah pikiran, kirim pesan apa saja untuk mulai lagi.',
    askKecamatan: 'Anda tinggal di kecamatan mana? Ketik namanya (contoh: Pare), atau 0 untuk melihat daftar.',
    kecamatanList: (p: { list: string }) => `Pilih kecamatan, balas angkanya:\n${p.list}`,
    outsideKediri: 'Di luar Kabupaten Kediri',
    kecamatanConfirm: (p: { name: string }) => `Maksud Anda Kecamatan ${p.name}?\n1 Ya\n2 Bukan`,
    kecamatanUnknown: 'Nama kecamatan itu tidak saya kenal. Coba ketik lagi, atau 0 untuk melihat daftar.',
    kecamatanOutside: (p: { name: string; city: string }) =>
      `Kecamatan ${p.name} ada di ${p.city}, di luar Kabupaten Kediri. Tidak apa-apa: saya catat "Di luar Kabupaten Kediri", dan Anda tetap bisa mencatat semuanya.`,
    askProduct: (p: { list: string }) =>
      `Apa pekerjaan utama Anda di rumah?\n${p.list}\nBalas angkanya, atau tulis pekerjaannya (contoh: njahit mukena).`,
    productConfirm: (p: { name: string }) => `Maksud Anda: ${p.name}?\n1 Ya\n2 Bukan`,
    productUnlisted: (p: { text: string; name: string }) =>
      `"${p.text}" tidak ada di daftar. Simpan sebagai ${p.name}?\n1 Ya\n2 Bukan, lihat daftar`,
    productSeveral: 'Yang mana yang paling cocok? Balas angkanya:',
    productChooseList: 'Pilih pekerjaan, balas angkanya (atau tulis pekerjaannya):',
    productOtherAsk: 'Pekerjaan apa? Tulis singkat (contoh: bulu mata), atau 0 untuk lewati.',
    done: (p: { kecamatan: string; product: string }) =>
      `Terima kasih! Data awal tersimpan (${p.kecamatan}). Pekerjaan: ${p.product}.`,
  },
  {
    welcome:
      'Hello! I am Upahku, a helper to record piece-rate work done at home: orders, hand-ins, pay, hours and costs. Free.\nChoose a language:\n1 Bahasa Indonesia\n2 English',
    consent:
      'Before we start:\n- I record the orders, hand-ins, pay, hours and costs you send.\n- Only you see your full records.\n- Your name and phone number are never given to anyone.\n- At any time: MYDATA to see your data, STOP to stop messages, DELETE to delete everything.\nDo you agree?\n1 Yes, I agree\n2 No',
    research:
      'One more question. Researchers study the pay of home workers to improve their situation. May your records be used for research, without your name or phone number? You can change this at any time.\n1 Yes\n2 No',
    researchYes: 'Thank you, your records help the research (without your name).',
    researchNo: 'All right, your records are not used for research.',
    refused: 'That is fine. Your data is not stored. If you change your mind, send any message to start again.',
    askKecamatan:
      'Which kecamatan (sub-district) do you live in? Type its name (for example: Pare), or 0 for the list.',
    kecamatanList: (p: { list: string }) => `Choose your kecamatan, reply with its number:\n${p.list}`,
    outsideKediri: 'Outside Kabupaten Kediri',
    kecamatanConfirm: (p: { name: string }) => `Do you mean Kecamatan ${p.name}?\n1 Yes\n2 No`,
    kecamatanUnknown: 'I do not know that kecamatan. Try typing it again, or 0 for the list.',
    kecamatanOutside: (p: { name: string; city: string }) =>
      `Kecamatan ${p.name} is in ${p.city}, outside Kabupaten Kediri. That is fine: I note "Outside Kabupaten Kediri", and you can still record everything.`,
    askProduct: (p: { list: string }) =>
      `What is your main home work?\n${p.list}\nReply with its number, or write your work (for example: sewing prayer robes).`,
    productConfirm: (p: { name: string }) => `Do you mean: ${p.name}?\n1 Yes\n2 No`,
    productUnlisted: (p: { text: string; name: string }) =>
      `"${p.text}" is not on the list. Save it as ${p.name}?\n1 Yes\n2 No, show the list`,
    productSeveral: 'Which fits best? Reply with its number:',
    productChooseList: 'Choose your work, reply with its number (or write your work):',
    productOtherAsk: 'What work? Write it in a few words (for example: false eyelashes), or 0 to skip.',
    done: (p: { kecamatan: string; product: string }) =>
      `Thank you! Your details are saved (${p.kecamatan}). Work: ${p.product}.`,
  },
);
