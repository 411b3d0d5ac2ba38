import { loadavg } from 'node:os'
import { tokenize } from '../../../src/doc/tokenize.ts'
import type { CompiledTagger } from '../../../src/learn/ner/compiled-tagger.ts'
import { tagDocument } from '../../../src/learn/ner/tag-document.ts'

/** Tagging speed on one core, in CPU time, beside our tokenizer's on the same text for scale. */
export interface SpeedReport {
  readonly tokens: number
  readonly chars: number
  readonly tokensPerSecond: number
  readonly megabytesPerSecond: number
  /** The first run, with the word cache empty. */
  readonly coldTokensPerSecond: number
  /** `tokenize` on the same text: a reference that scales with the machine's load as the tagger does. */
  readonly tokenizerTokensPerSecond: number
  /** One-minute load average when measured: the machine is shared, so read the figures against it. */
  readonly loadAverage: number
}

const WARM_UP_RUNS = 2
const TIMED_RUNS = 7

/** Times tagDocument on a text (with no sentence spans, as the pipeline may call it); CPU time, median run. */
export function measureSpeed(tagger: CompiledTagger, text: string): SpeedReport {
  const tokens = tokenize(text)
  tagger.words.clear()
  let found = 0
  const tag = (): void => {
    found += tagDocument(tagger, text, tokens).length
  }
  // A fresh string each run, so tokenize cannot answer from its cache of the last text.
  let variant = 0
  const split = (): void => {
    variant++
    found += tokenize(`${text}${' '.repeat(variant)}`).length
  }
  const cold = cpuSeconds(tag)
  for (let run = 1; run < WARM_UP_RUNS; run++) tag()
  const seconds = median(Array.from({ length: TIMED_RUNS }, () => cpuSeconds(tag)))
  const tokenizerSeconds = median(Array.from({ length: TIMED_RUNS }, () => cpuSeconds(split)))
  // Using the result keeps the JIT from discarding the work.
  if (found < 0) throw new Error('unreachable')
  return {
    tokens: tokens.length,
    chars: text.length,
    tokensPerSecond: tokens.length / seconds,
    megabytesPerSecond: Buffer.byteLength(text) / 1e6 / seconds,
    coldTokensPerSecond: tokens.length / cold,
    tokenizerTokensPerSecond: tokens.length / tokenizerSeconds,
    loadAverage: loadavg()[0] ?? 0,
  }
}

function cpuSeconds(work: () => void): number {
  const started = process.cpuUsage()
  work()
  const used = process.cpuUsage(started)
  return (used.user + used.system) / 1e6
}

function median(values: number[]): number {
  return [...values].sort((left, right) => left - right)[Math.floor(values.length / 2)]!
}
