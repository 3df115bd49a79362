/** Where a printed sentence ends: the punctuation that closes a paragraph, full- or half-width. */

const TERMINAL = /[。；：，！？.;:,!?][”’」』）)》\]]*$/

/** The paragraph's last sentence is complete: no page break or wrap cut it there. */
export function endsComplete(text: string): boolean {
  return TERMINAL.test(text.trimEnd())
}
