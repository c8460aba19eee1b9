// Global words that work at any point of any conversation, in both languages.
import { fold } from '../parse/text.ts';

export type Keyword = 'menu' | 'cancel' | 'help' | 'language' | 'mydata' | 'delete' | 'stop' | 'resume' | 'start';

const WORDS: Record<string, Keyword> = {
  menu: 'menu',
  'menu utama': 'menu',
  home: 'menu',
  'main menu': 'menu',
  batal: 'cancel',
  batalkan: 'cancel',
  cancel: 'cancel',
  'gak jadi': 'cancel',
  'tidak jadi': 'cancel',
  'ga jadi': 'cancel',
  bantuan: 'help',
  help: 'help',
  tolong: 'help',
  '?': 'help',
  bahasa: 'language',
  language: 'language',
  'ganti bahasa': 'language',
  'change language': 'language',
  dataku: 'mydata',
  'data ku': 'mydata',
  'data saya': 'mydata',
  mydata: 'mydata',
  'my data': 'mydata',
  hapus: 'delete',
  'hapus data': 'delete',
  'hapus semua': 'delete',
  delete: 'delete',
  'delete my data': 'delete',
  berhenti: 'stop',
  stop: 'stop',
  unsubscribe: 'stop',
  mulai: 'resume',
  resume: 'resume',
  'mulai lagi': 'resume',
  start: 'start',
};

/** The global keyword a message is, if it is one ("Menu!", "/help", " BATAL "). */
export function keywordOf(text: string): Keyword | null {
  const t = fold(text)
    .replace(/^\//, '')
    .replace(/@\w+$/, '') // Telegram group form: /help@UpahkuBot
    .replace(/[.!,\s]+$/, '')
    .trim();
  if (t.startsWith('start ')) return 'start';
  return Object.hasOwn(WORDS, t) ? WORDS[t]! : null;
}
