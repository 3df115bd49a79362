/**
 * The layout stage: parsed lines → logical blocks, one per printed
 * paragraph, heading, footnote definition or furniture line, each keeping
 * its source map. It repairs what conversion did to the page before any
 * structure is read: text flattened onto one line is cut back into blocks,
 * bilingual lines into runs by language, page furniture is flagged, and
 * footnote markers that lost their superscript are recovered. Pure: the
 * same lines give the same blocks.
 */
import type {Line} from '../parse/lines.js'
import {splitFlattened} from './flattened.js'
import {splitBilingual} from './bilingual.js'
import {markFurniture} from './furniture.js'
import {recoverMarkers} from './markers.js'
import {markWraps} from './wrap.js'
import {unmarkSetextRuns} from './setext.js'
import {splitTableBars} from './table-bars.js'

export function layoutLines(lines: Line[]): Line[] {
  return markWraps(recoverMarkers(splitTableBars(markFurniture(splitBilingual(splitFlattened(unmarkSetextRuns(lines)))))))
}

export {languageOf} from './bilingual.js'
