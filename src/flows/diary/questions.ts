// Answers wrapped in questions, as people answer a bot they find slow: "jam piro? yo mulai jam 6 nganti jam
// 11, lha piye?", "sing mbantu? anakku wedok, lha kudu dicatet to?". The questions go; the answer stays.

/**
 * An answer wrapped in questions ("jam piro? yo 6 jam, lha piye?", "berapa? ya 30 biji to, masa lupa?"): the
 * part with a figure, without the questions and the words around it; null when there is nothing to take out.
 */
export function withoutQuestions(text: string, needFigure = true): string | null {
  if (!text.includes('?')) return null;
  const parts = text
    .split(/(?<=\?)/)
    .map((p) => p.trim())
    .filter(Boolean);
  const kept = parts
    .map((p) => {
      if (!p.endsWith('?')) return p;
      // "yo mulai jam 6 esuk nganti jam 11, lha piye?": the question after the last comma goes.
      const cut = p.lastIndexOf(',');
      // ("sing mbantu? anakku wedok, lha kudu dicatet to?": without a figure, the words before the last comma.)
      if (cut > 0 && (!needFigure || /\d/.test(p)) && !(needFigure && /\d/.test(p.slice(cut)))) return p.slice(0, cut);
      return needFigure && /\d/.test(p) ? p.slice(0, -1) : '';
    })
    .filter((p) => (needFigure ? /\d/.test(p) : p.length > 0))
    .join(', ')
    .replace(/^(?:(?:ya|yo|iya|iyo|lha|lho|kan|kok|ya\s+jelas|jelas)\b[\s,]*)+/i, '')
    .replace(/[\s,]+(?:to|toh|tho|lah|dong|kan|lho)\b[\s,]*$/i, '')
    .trim();
  return kept && kept !== text.trim() ? kept : null;
}
