// The harness's rule for "the same question": a check screen is judged by what it shows.
import { describe, expect, it } from 'vitest';
import { questionOf } from '../dialogues/harness.ts';

describe('questionOf', () => {
  const screen = (n: number) => `Cek dulu, setoran:\nDiserahkan: ${n}\nSimpan?\n1 Ya, simpan\n2 Ubah`;
  it('a check screen changed by her correction is another question; the same screen again is the same', () => {
    expect(questionOf(screen(60))).not.toBe(questionOf(screen(80)));
    expect(questionOf(screen(80))).toBe(questionOf(`${screen(80)}\n`));
  });
  it('any other reply asks its last line with a question mark, or all of it', () => {
    expect(questionOf('Maaf.\nBerapa upahnya? Contoh: 2rb')).toBe('Berapa upahnya? Contoh: 2rb');
    expect(questionOf('Baik.')).toBe('Baik.');
  });
});
