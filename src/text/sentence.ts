/** Where a printed sentence ends: the punctuation that closes a paragraph, full- or half-width. */

const TERMINAL = /[。；：，！？.;:,!?][”’」』）)》\]]*$/

/** The paragraph's last sentence is complete: no page break or wrap cut it there. */
export function endsComplete(text: string): boolean {
  const t = text.trimEnd()
  // The dot of a symbol or abbreviation (`A/AC.`, `L.1/Add.`, `Rev.`) broken at a line end is no sentence end.
  if (/[A-Za-z]\.$/.test(t)) return false
  return TERMINAL.test(t)
}
