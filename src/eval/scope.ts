/**
 * Which references SPEC v2 scores. A reference on the English side of a
 * bilingual text is out of scope: its surface holds no Chinese and reads as
 * English words (`article 33 thereof`, `Commission on Human Rights resolution
 * 1992/54`). A bare symbol in an English sentence (`(A/HRC/27/L.1)`) has no
 * English words and stays in scope, as the dev annotators ruled.
 */
const HAN = /[\u3400-\u9fff\uf900-\ufaff]/
const ENGLISH_WORD = /(?:^|\s)[A-Za-z]{2,}(?=\s|,|$)/

export function isEnglishSide(surface: string): boolean {
  return !HAN.test(surface) && ENGLISH_WORD.test(surface)
}
