/**
 * Roughly how wide a label prints, without a DOM: `charWidth` px per character, twice that for
 * wide ones (CJK ideographs and kana, Hangul, full-width forms), so `2025年11月` is not laid out
 * as narrow as `Nov 2025`. Layout code (tick and annotation labels) leaves a gap for the error.
 */
export function textWidth(text: string, charWidth: number): number {
  let units = 0;
  for (const char of text) units += WIDE.test(char) ? 2 : 1;
  return units * charWidth;
}

const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;
