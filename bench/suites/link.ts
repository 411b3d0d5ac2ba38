import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, totalmem } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { getHeapStatistics } from 'node:v8'
import type { LinkResult } from '../../src/contracts/link.ts'
import { fingerprintDocument } from '../../src/link/fingerprint-document.ts'
import { linkDocuments } from '../../src/link/link-documents.ts'
import type { LinkableDocument } from '../../src/link/linkable-document.ts'
import { compareNearDuplicates } from '../near-duplicates.ts'

// Linking speed, memory and story-clustering accuracy on corpora we build ourselves from SemEval-2023 articles
// (six languages, all different articles): each family is an original with republications, excerpts and
// pseudo-translations; hard negatives are other articles carrying an original's names and figures, shuffled.
// LINK_BENCH_SIZES="1000,10000" (default) sets the corpus sizes; run LINK_BENCH_SIZES=100000 once for the big one.
// Up to about 1 500 documents the originals are real articles; beyond, paragraph mixes of them.
// LINK_BENCH_DEBUG=1 prints every false version link and every missed translation with its measures (calibration).
const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const SEMEVAL_DIR = join(ROOT, '..', 'shared', 'data', 'semeval2023-task3')
const LANGUAGES: Readonly<Record<string, string>> = {
  en: 'en',
  fr: 'fr',
  ge: 'de',
  it: 'it',
  po: 'pl',
  ru: 'ru',
}
const SIZES = (process.env.LINK_BENCH_SIZES ?? '1000,10000').split(',').map(Number)
const SEED = Number(process.env.LINK_BENCH_SEED ?? 20250310)
// Share of documents in families (the rest are unrelated articles and same-event negatives).
const FAMILY_SHARE = 0.6
const SAME_EVENT_SHARE = 0.15
const MAX_VARIANTS = 5
const ANCHOR_DROP = 0.1
// Brute force compares every pair: beyond this many documents it runs on the first ones only (3 000 documents are
// 4.5 million pairs, a few seconds; 100 000 would be 5 billion).
const BRUTE_FORCE_MAX_DOCUMENTS = 3000

interface Base {
  readonly lang: string
  readonly title: string
  readonly paragraphs: readonly string[]
}

interface BuiltDocument {
  readonly doc: LinkableDocument
  /** Documents with the same family are versions of one piece; null for standalone documents. */
  readonly family: string | null
  readonly variant: string
}

function mulberry32(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function loadBases(): Base[] {
  const bases: Base[] = []
  // SemEval repeats some articles under several ids: one copy each, or two families would share a text.
  const seen = new Set<string>()
  for (const [folder, lang] of Object.entries(LANGUAGES)) {
    const dir = join(SEMEVAL_DIR, folder, 'train-articles-subtask-1')
    for (const file of readdirSync(dir).sort()) {
      const [title = '', ...rest] = readFileSync(join(dir, file), 'utf8')
        .replace(/\r\n/gu, '\n')
        .split('\n')
      const paragraphs = rest.map((line) => line.trim()).filter((line) => line.length > 0)
      const opening = paragraphs.slice(0, 2).join(' ').slice(0, 300)
      if (paragraphs.length < 3 || seen.has(opening)) continue
      seen.add(opening)
      bases.push({ lang, title, paragraphs })
    }
  }
  return bases
}

const TOKEN = /\d[\d,.]*\d|\d|[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*|[^\s\p{L}\p{M}\d]+|\s+/gu
const CAPITALISED = /^\p{Lu}/u
const LATIN_TO_CYRILLIC: Readonly<Record<string, string>> = {
  a: 'а',
  b: 'б',
  c: 'к',
  d: 'д',
  e: 'е',
  f: 'ф',
  g: 'г',
  h: 'х',
  i: 'и',
  j: 'й',
  k: 'к',
  l: 'л',
  m: 'м',
  n: 'н',
  o: 'о',
  p: 'п',
  q: 'к',
  r: 'р',
  s: 'с',
  t: 'т',
  u: 'у',
  v: 'в',
  w: 'в',
  x: 'кс',
  y: 'ы',
  z: 'з',
}

class CorpusBuilder {
  private readonly random: () => number
  private readonly vocabulary = new Map<string, string[]>()
  private readonly byLang = new Map<string, Base[]>()

  constructor(
    private readonly bases: readonly Base[],
    seed: number,
  ) {
    this.random = mulberry32(seed)
    for (const base of bases) {
      const list = this.byLang.get(base.lang) ?? []
      list.push(base)
      this.byLang.set(base.lang, list)
      const words = this.vocabulary.get(base.lang) ?? []
      for (const paragraph of base.paragraphs) {
        for (const word of paragraph.split(/\s+/u)) {
          if (/^[\p{Ll}]+$/u.test(word)) words.push(word)
        }
      }
      this.vocabulary.set(base.lang, words)
    }
  }

  build(size: number, useRealBases: boolean): BuiltDocument[] {
    const built: BuiltDocument[] = []
    let family = 0
    const familyTarget = Math.round(size * FAMILY_SHARE)
    // Each real article is used once, so that no two families or standalone documents share a text by accident.
    const unused = this.shuffle([...this.bases])
    const nextBase = () => {
      const base = useRealBases ? unused.pop() : undefined
      if (useRealBases && !base) throw new Error('ran out of real articles: lower the corpus size')
      return base ?? this.frankenstein()
    }
    while (built.length < familyTarget) {
      const base = nextBase()
      built.push(...this.family(base, `f${family++}`))
    }
    const sameEventTarget = built.length + Math.round(size * SAME_EVENT_SHARE)
    const originals = built.filter((item) => item.variant === 'original')
    while (built.length < sameEventTarget) {
      const source = this.pick(originals)
      built.push(this.sameEvent(source.doc, nextBase(), built.length))
    }
    while (built.length < size) {
      const base = nextBase()
      built.push({
        doc: this.document(`u${built.length}`, base.lang, base.title, base.paragraphs),
        family: null,
        variant: 'unrelated',
      })
    }
    return built
  }

  private family(base: Base, id: string): BuiltDocument[] {
    const docs: BuiltDocument[] = [
      {
        doc: this.document(`${id}-original`, base.lang, base.title, base.paragraphs),
        family: id,
        variant: 'original',
      },
    ]
    const variants = 1 + Math.floor(this.random() * MAX_VARIANTS)
    for (let index = 0; index < variants; index++) {
      const kind = this.pick([
        'republication',
        'excerpt',
        'translation',
        'translation',
        'translated-excerpt',
      ])
      const variantId = `${id}-${kind}-${index}`
      if (kind === 'republication') {
        const paragraphs = [...base.paragraphs]
        if (paragraphs.length > 4)
          paragraphs.splice(1 + Math.floor(this.random() * (paragraphs.length - 2)), 1)
        paragraphs.unshift(
          `Republished from our partners, ${1 + Math.floor(this.random() * 28)}/03`,
        )
        paragraphs.push('Share this article. Subscribe to our newsletter.')
        docs.push({
          doc: this.document(variantId, base.lang, base.title, paragraphs),
          family: id,
          variant: kind,
        })
      } else if (kind === 'excerpt') {
        docs.push({
          doc: this.document(variantId, base.lang, base.title, this.head(base.paragraphs)),
          family: id,
          variant: kind,
        })
      } else {
        const target = this.pick(Object.values(LANGUAGES).filter((lang) => lang !== base.lang))
        const translated = base.paragraphs.map((paragraph) =>
          this.pseudoTranslate(paragraph, target),
        )
        const paragraphs = kind === 'translated-excerpt' ? this.head(translated) : translated
        docs.push({
          doc: this.document(
            variantId,
            target,
            this.pseudoTranslate(base.title, target),
            paragraphs,
          ),
          family: id,
          variant: kind,
        })
      }
    }
    return docs
  }

  // Another article (any language) that carries most of an original's names and figures, shuffled into its own
  // paragraphs: what an independent report on the same event shares with a piece.
  private sameEvent(original: LinkableDocument, carrier: Base, index: number): BuiltDocument {
    const anchors = (original.text.match(/\d[\d,.]*\d|\b\p{Lu}\p{Ll}{3,}\b/gu) ?? []).filter(
      () => this.random() < 0.6,
    )
    const paragraphs = carrier.paragraphs.map((paragraph) => paragraph)
    for (const anchor of anchors) {
      const at = Math.floor(this.random() * paragraphs.length)
      const words = paragraphs[at]!.split(' ')
      words.splice(Math.floor(this.random() * words.length), 0, anchor)
      paragraphs[at] = words.join(' ')
    }
    return {
      doc: this.document(`s${index}`, carrier.lang, carrier.title, paragraphs),
      family: null,
      variant: 'same-event',
    }
  }

  // Every word replaced by one of the target language, names respelled, figures reformatted, a few anchors lost;
  // paragraphs kept. A stand-in for translation that keeps exactly what the linker may use.
  private pseudoTranslate(text: string, target: string): string {
    const words = this.vocabulary.get(target) ?? ['lorem']
    let result = ''
    let isSentenceStart = true
    for (const token of text.match(TOKEN) ?? []) {
      if (/^\s+$/u.test(token) || /^[^\p{L}\d]+$/u.test(token)) {
        result += token
        if (/[.!?]/u.test(token)) isSentenceStart = true
        continue
      }
      const isAnchor = /^\d/u.test(token) || (!isSentenceStart && CAPITALISED.test(token))
      isSentenceStart = false
      if (isAnchor && this.random() >= ANCHOR_DROP) {
        result += /^\d/u.test(token)
          ? this.reformatNumber(token, target)
          : this.respell(token, target)
      } else {
        // Languages differ in length; a little more or fewer words keeps paragraph ratios realistic.
        const count = this.random() < 0.2 ? 2 : 1
        result += Array.from({ length: count }, () => this.pick(words)).join(' ')
      }
    }
    return result
  }

  private reformatNumber(token: string, target: string): string {
    const digits = token.replace(/[,.](?=\d{3}\b)/gu, '')
    if (!/^\d{4,}$/u.test(digits) || /^(19|20)\d\d$/u.test(digits)) return token
    const separator = target === 'en' ? ',' : target === 'fr' || target === 'ru' ? '\u202f' : '.'
    return digits.replace(/\B(?=(\d{3})+(?!\d))/gu, separator)
  }

  private respell(name: string, target: string): string {
    if (target === 'ru') {
      return [...name.toLowerCase()]
        .map((char) => LATIN_TO_CYRILLIC[char] ?? char)
        .join('')
        .replace(/^./u, (c) => c.toUpperCase())
    }
    if (target === 'de') return name.replace(/v/gu, 'w').replace(/ts/gu, 'z')
    if (target === 'fr') return name.replace(/e/u, 'é')
    return name
  }

  private head(paragraphs: readonly string[]): string[] {
    const share = 0.25 + this.random() * 0.25
    return paragraphs.slice(0, Math.max(2, Math.round(paragraphs.length * share)))
  }

  // A new article from random paragraphs of one language, their words shuffled and figures changed: bases for
  // corpora larger than SemEval, so that families do not share their text by accident.
  private frankenstein(): Base {
    const lang = this.pick(Object.values(LANGUAGES))
    const pool = this.byLang.get(lang) ?? []
    const count = 6 + Math.floor(this.random() * 8)
    const paragraphs = Array.from({ length: count }, () => {
      const base = this.pick(pool)
      // Words shuffled and figures changed: the same vocabulary and names, but no shared wording or order.
      const words = this.pick(base.paragraphs)
        .replace(/\d+/gu, () => String(Math.floor(this.random() * 5000)))
        .split(' ')
      return this.shuffle(words).join(' ')
    })
    return { lang, title: this.pick(pool).title, paragraphs }
  }

  private document(
    id: string,
    lang: string,
    title: string,
    paragraphs: readonly string[],
  ): LinkableDocument {
    return {
      id,
      lang,
      title,
      text: [title, ...paragraphs].join('\n\n'),
      source: { input: id, format: 'text' },
    }
  }

  private shuffle<T>(items: T[]): T[] {
    for (let index = items.length - 1; index > 0; index--) {
      const other = Math.floor(this.random() * (index + 1))
      ;[items[index], items[other]] = [items[other]!, items[index]!]
    }
    return items
  }

  private pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)]!
  }
}

function pairwiseScores(built: readonly BuiltDocument[], result: LinkResult) {
  const storyOf = new Map(result.documents.map((doc) => [doc.id, doc.story]))
  const familyOf = new Map(built.map((item) => [item.doc.id, item.family]))
  const variantOf = new Map(built.map((item) => [item.doc.id, item.variant]))
  let truePositives = 0
  let predicted = 0
  let actual = 0
  const recallByVariant = new Map<string, { found: number; total: number }>()
  const byStory = groupBy(
    result.documents.filter((doc) => doc.story),
    (doc) => doc.story!,
  )
  for (const members of byStory.values()) {
    predicted += (members.length * (members.length - 1)) / 2
    for (let i = 0; i < members.length; i++)
      for (let j = i + 1; j < members.length; j++) {
        const family = familyOf.get(members[i]!.id)
        if (family && family === familyOf.get(members[j]!.id)) truePositives++
      }
  }
  const byFamily = groupBy(
    built.filter((item) => item.family),
    (item) => item.family!,
  )
  for (const members of byFamily.values()) {
    actual += (members.length * (members.length - 1)) / 2
    const original = members.find((item) => item.variant === 'original')!
    for (const member of members) {
      if (member === original) continue
      const entry = recallByVariant.get(member.variant) ?? { found: 0, total: 0 }
      entry.total++
      const story = storyOf.get(member.doc.id)
      if (story && story === storyOf.get(original.doc.id)) entry.found++
      recallByVariant.set(member.variant, entry)
    }
  }
  const negativesInStories = result.documents.filter(
    (doc) => doc.story && variantOf.get(doc.id) === 'same-event',
  ).length
  const precision = predicted ? truePositives / predicted : 1
  const recall = actual ? truePositives / actual : 1
  return {
    pairwisePrecision: round(precision),
    pairwiseRecall: round(recall),
    pairwiseF1: round(precision + recall ? (2 * precision * recall) / (precision + recall) : 0),
    recallToOriginalByVariant: Object.fromEntries(
      [...recallByVariant].map(([variant, { found, total }]) => [variant, round(found / total)]),
    ),
    sameEventNegativesPulledIntoStories: negativesInStories,
  }
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    const list = groups.get(key(item)) ?? []
    list.push(item)
    groups.set(key(item), list)
  }
  return groups
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000
}

// 100 000 documents need about 10 GB of heap, more than Node's default: the suite runs itself again with room.
const LARGE_CORPUS = 20_000
const LARGE_HEAP_MB = 16_000
if (
  SIZES.some((size) => size > LARGE_CORPUS) &&
  getHeapStatistics().heap_size_limit < LARGE_HEAP_MB * 2 ** 20 * 0.9
) {
  const child = spawnSync(
    process.execPath,
    [`--max-old-space-size=${LARGE_HEAP_MB}`, '--import', 'tsx', fileURLToPath(import.meta.url)],
    { stdio: 'inherit' },
  )
  process.exit(child.status ?? 1)
}
if (!existsSync(SEMEVAL_DIR)) {
  console.log(`link: ${SEMEVAL_DIR} not found; the link benchmark needs the shared SemEval data`)
  process.exit(0)
}
const bases = loadBases()
const runs = []
for (const size of SIZES) {
  // Real articles as originals while the corpus is small enough not to reuse them; built ones beyond.
  // Families average three and a half documents; every other document needs a base of its own.
  const basesNeeded = size * (FAMILY_SHARE / 3.5 + (1 - FAMILY_SHARE))
  const useRealBases = basesNeeded <= bases.length
  const built = new CorpusBuilder(bases, SEED + size).build(size, useRealBases)
  const docs = built.map((item) => item.doc)
  const megabytes = docs.reduce((sum, doc) => sum + doc.text.length, 0) / 1e6
  const heapBefore = process.memoryUsage().heapUsed
  const cpuBefore = process.cpuUsage()
  const started = performance.now()
  const result = linkDocuments(docs)
  const elapsedMs = performance.now() - started
  // CPU time as well as wall time: on a shared machine the wall time measures the neighbours too.
  const cpu = process.cpuUsage(cpuBefore)
  const cpuMs = (cpu.user + cpu.system) / 1000
  const heapAfter = process.memoryUsage().heapUsed
  if (process.env.LINK_BENCH_DEBUG) {
    const { anchorStatistics } = await import('../../src/link/anchor-statistics.ts')
    const { weighAnchors } = await import('../../src/link/weigh-anchors.ts')
    const { scorePair } = await import('../../src/link/score-pair.ts')
    const fingerprints = docs.map(fingerprintDocument)
    const statistics = anchorStatistics(fingerprints)
    const storyOf = new Map(result.documents.map((doc) => [doc.id, doc.story]))
    const indexOf = new Map(docs.map((doc, index) => [doc.id, index]))
    for (const item of built) {
      if (!item.variant.startsWith('translat')) continue
      const original = `${item.family}-original`
      if (storyOf.get(item.doc.id) && storyOf.get(item.doc.id) === storyOf.get(original)) continue
      const [a, b] = [indexOf.get(original)!, indexOf.get(item.doc.id)!]
      const score = scorePair(
        fingerprints[a]!,
        fingerprints[b]!,
        weighAnchors(fingerprints[a]!, statistics),
        weighAnchors(fingerprints[b]!, statistics),
      )
      console.log(
        'miss',
        item.variant,
        docs[a]!.lang,
        docs[b]!.lang,
        fingerprints[a]!.anchors.length,
        fingerprints[b]!.anchors.length,
        score.kind,
        score.score,
        JSON.stringify(score.measures),
      )
    }
    const familyOf = new Map(built.map((item) => [item.doc.id, item.family]))
    for (const edge of result.edges) {
      if (!['translation', 'excerpt', 'republication'].includes(edge.kind)) continue
      const family = familyOf.get(edge.from)
      if (family && family === familyOf.get(edge.to)) continue
      console.log(
        'false',
        edge.kind,
        edge.from,
        edge.to,
        JSON.stringify(edge.evidence.measures),
        edge.evidence.shared.join(' | '),
      )
    }
  }
  const nearDuplicates = compareNearDuplicates(
    docs.slice(0, BRUTE_FORCE_MAX_DOCUMENTS).map(fingerprintDocument),
  )
  runs.push({
    documents: size,
    bases: useRealBases ? 'SemEval articles' : 'paragraph mixes of SemEval articles',
    megabytes: round(megabytes),
    elapsedMs: Math.round(elapsedMs),
    cpuMs: Math.round(cpuMs),
    documentsPerSecond: Math.round(size / (elapsedMs / 1000)),
    documentsPerCpuSecond: Math.round(size / (cpuMs / 1000)),
    loadAverage: Number(loadavg()[0]?.toFixed(1)),
    heapGrowthMiB: Math.round((heapAfter - heapBefore) / 2 ** 20),
    peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
    candidatePairs: result.stats.candidatePairs,
    stories: result.stories.length,
    edges: result.edges.length,
    ...pairwiseScores(built, result),
    nearDuplicatesVsBruteForce: nearDuplicates,
  })
  console.log(runs[runs.length - 1])
}
// Sizes not run this time (the 100 000 run, done once) keep their last figures.
const resultsUrl = new URL('../results/link.json', import.meta.url)
const previous: { runs?: { documents: number }[] } = existsSync(resultsUrl)
  ? JSON.parse(readFileSync(resultsUrl, 'utf8'))
  : {}
const kept = (previous.runs ?? []).filter((run) => !SIZES.includes(run.documents))
const output = {
  benchmark: 'link',
  date: new Date().toISOString(),
  machine: {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
  },
  seed: SEED,
  runs: [...kept, ...runs].sort((a, b) => a.documents - b.documents),
}
mkdirSync(new URL('../results/', import.meta.url), { recursive: true })
writeFileSync(
  new URL('../results/link.json', import.meta.url),
  `${JSON.stringify(output, null, 2)}\n`,
)
