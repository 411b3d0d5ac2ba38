import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { Readability } from '@mozilla/readability'
import { franc } from 'franc'
import { parseHTML } from 'linkedom'
import { splitBucket } from '../../scripts/trainers/langid-lib/split-bucket.ts'
import { detectLanguage } from '../../src/components/langid/detect-language.ts'
import { createDoc } from '../../src/doc/doc.ts'
import { extractHtml } from '../../src/extract/extract-html.ts'
import { readConll } from '../../src/learn/ner/read-conll.ts'
import { rebuildText } from '../../src/learn/ner/rebuild-text.ts'
import { sentenceBucket } from '../../src/learn/ner/sentence-bucket.ts'
import { NER_TRAINING_DEFAULTS } from '../../src/learn/ner/train-ner-language.ts'
import { createPipeline } from '../../src/pipeline/create-pipeline.ts'
import { machineInfo } from '../support/machine-info.ts'
import { compareInterleaved } from '../support/measure.ts'

// Peers measured side by side on the same inputs in one run (issue #8): language identification vs franc, HTML
// extraction vs Readability alone, English tokens + sentences + entities vs compromise and wink-nlp. Accuracy is
// measured only on data our models never trained on: the langid model's held-out SemEval documents and the NER
// model's held-out WikiNEuRal sentences. Speed is CPU time, interleaved rounds, median; a speed ratio is
// ours / peer in throughput (peer time / our time): above 1 we are faster.
const require = createRequire(import.meta.url)
const SHARED = new URL('../../../shared/data/', import.meta.url)
const SEMEVAL = new URL('semeval2023-task3/', SHARED)
const LANG_DIRS: Record<string, string> = {
  en: 'en',
  fr: 'fr',
  ge: 'de',
  it: 'it',
  po: 'pl',
  ru: 'ru',
}
// franc answers in ISO 639-3; every other answer counts as wrong.
const FRANC_CODES: Record<string, string> = {
  eng: 'en',
  fra: 'fr',
  deu: 'de',
  ita: 'it',
  pol: 'pl',
  rus: 'ru',
}
// The eleven languages our model chooses among (models/langid.card.md), for franc restricted with `only`.
const OUR_LANGUAGES_639_3 = [
  'bul',
  'deu',
  'eng',
  'spa',
  'fra',
  'hin',
  'ita',
  'pol',
  'por',
  'rus',
  'ukr',
]
// The langid trainer holds out documents whose id hashes to buckets [0, 20) (scripts/trainers/langid.ts).
const LANGID_TEST_BUCKETS = 20
const MIN_PARAGRAPH_CHARS = 20
const PARAGRAPHS_PER_LANGUAGE = Number(process.env.BENCH_PEER_PARAGRAPHS ?? 300)
const NER_SENTENCES = Number(process.env.BENCH_PEER_NER_SENTENCES ?? 1200)
const REPEATS = Number(process.env.BENCH_PEER_REPEATS ?? 3)

if (!existsSync(SEMEVAL)) {
  console.log('peers: skipped, ../shared/data is absent (the peers are compared on its articles)')
  process.exit(0)
}

const SEMEVAL_SUBTASKS = [
  'train-articles-subtask-1',
  'train-articles-subtask-2',
  'train-articles-subtask-3',
]

function linesOf(text: string): string[] {
  return text
    .split(/\r?\n/u)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
}

// Paragraphs (lines) of the SemEval-2023 documents the langid model held out, minus any line that also occurs in
// a training document (boilerplate, republished articles).
function heldOutParagraphs(): { lang: string; text: string }[] {
  const out: { lang: string; text: string }[] = []
  for (const [dir, lang] of Object.entries(LANG_DIRS)) {
    const held: string[] = []
    const trained = new Set<string>()
    const seen = new Set<string>()
    for (const subtask of SEMEVAL_SUBTASKS) {
      const folder = new URL(`${dir}/${subtask}/`, SEMEVAL)
      if (!existsSync(folder)) continue
      for (const file of readdirSync(folder).sort()) {
        if (seen.has(file)) continue
        seen.add(file)
        const id = `semeval2023/${dir}/${file.replace(/\.txt$/u, '')}`
        const lines = linesOf(readFileSync(new URL(file, folder), 'utf8'))
        if (splitBucket(id) < LANGID_TEST_BUCKETS) held.push(...lines)
        else for (const line of lines) trained.add(line)
      }
    }
    const kept = held.filter((line) => line.length >= MIN_PARAGRAPH_CHARS && !trained.has(line))
    for (const text of kept.slice(0, PARAGRAPHS_PER_LANGUAGE)) out.push({ lang, text })
  }
  return out
}

function languageIdentification() {
  const items = heldOutParagraphs()
  const answers = {
    ours: [] as (string | null)[],
    franc: [] as string[],
    francOnly: [] as string[],
  }
  const timing = compareInterleaved(
    {
      ours: () => {
        answers.ours = items.map((item) => detectLanguage(item.text)?.lang ?? null)
      },
      franc: () => {
        answers.franc = items.map((item) => FRANC_CODES[franc(item.text)] ?? 'other')
      },
      francOnly: () => {
        answers.francOnly = items.map(
          (item) => FRANC_CODES[franc(item.text, { only: OUR_LANGUAGES_639_3 })] ?? 'other',
        )
      },
    },
    REPEATS,
  )
  const accuracy = (guesses: readonly (string | null)[]) =>
    round(guesses.filter((guess, index) => guess === items[index]!.lang).length / items.length, 4)
  const perLanguage = Object.fromEntries(
    Object.values(LANG_DIRS).map((lang) => {
      const indexes = items.flatMap((item, index) => (item.lang === lang ? [index] : []))
      const share = (guesses: readonly (string | null)[]) =>
        round(indexes.filter((index) => guesses[index] === lang).length / indexes.length, 4)
      return [
        lang,
        {
          paragraphs: indexes.length,
          ours: share(answers.ours),
          franc: share(answers.franc),
          francOnly: share(answers.francOnly),
        },
      ]
    }),
  )
  return {
    data: `lines of ≥ ${MIN_PARAGRAPH_CHARS} characters of the SemEval-2023 documents held out from langid training (id bucket < ${LANGID_TEST_BUCKETS} of 100), minus lines also in training documents; up to ${PARAGRAPHS_PER_LANGUAGE} per language`,
    paragraphs: items.length,
    accuracy: {
      ours: accuracy(answers.ours),
      franc: accuracy(answers.franc),
      francOnly: accuracy(answers.francOnly),
    },
    perLanguage,
    speedRatio: {
      franc: round(timing.franc.cpuMs / timing.ours.cpuMs),
      francOnly: round(timing.francOnly.cpuMs / timing.ours.cpuMs),
    },
    ms: timing,
  }
}

const BOILERPLATE = (
  title: string,
  body: string,
) => `<!doctype html><html lang="en"><head><title>${title}</title>
<script>window.analytics = { track() {} }</script></head><body><header><nav><a href="/">Home</a> <a href="/world">World</a>
<a href="/politics">Politics</a></nav><div class="cookie-banner">We use cookies. <button>Accept</button></div></header>
<aside class="sidebar"><h3>Most read</h3><ul><li><a href="/a">Another story</a></li><li><a href="/b">Yet another</a></li></ul></aside>
<main><article><h1>${title}</h1><p class="byline">By Staff Writer</p>${body}</article></main>
<footer><p>© Example Media</p><a href="/privacy">Privacy</a></footer></body></html>`

// English SemEval articles wrapped in a news page's boilerplate (navigation, cookie banner, sidebar, footer).
function htmlPages(): string[] {
  const folder = new URL('en/train-articles-subtask-3/', SEMEVAL)
  const escapeText = (text: string) => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;')
  return readdirSync(folder)
    .sort()
    .slice(0, 150)
    .map((file) => {
      const [title = '', , ...body] = readFileSync(new URL(file, folder), 'utf8').split(/\r?\n/u)
      return BOILERPLATE(
        escapeText(title),
        body
          .filter(Boolean)
          .map((line) => `<p>${escapeText(line)}</p>`)
          .join('\n'),
      )
    })
}

function htmlExtraction() {
  const pages = htmlPages()
  let oursChars = 0
  let peerChars = 0
  const timing = compareInterleaved(
    {
      ours: () => {
        oursChars = 0
        for (const page of pages) oursChars += extractHtml(page).text.length
      },
      readability: () => {
        peerChars = 0
        for (const page of pages)
          peerChars +=
            new Readability(parseHTML(page).document as never).parse()?.textContent?.length ?? 0
      },
    },
    REPEATS,
  )
  return {
    data: `${pages.length} English SemEval-2023 articles wrapped in a news page's boilerplate`,
    pages: pages.length,
    megabytes: round(pages.reduce((sum, page) => sum + page.length, 0) / 1e6, 3),
    extractedChars: { ours: oursChars, readability: peerChars },
    speedRatio: { readability: round(timing.readability.cpuMs / timing.ours.cpuMs) },
    ms: timing,
  }
}

interface Gold {
  text: string
  entities: Set<string>
}

// WikiNEuRal English sentences the NER model held out (sentence bucket < testPercent), rebuilt as running text,
// with their PER/ORG/LOC mentions as "LABEL:text" (MISC left out: the peers have no such type).
function nerSentences(): Gold[] {
  const file = new URL('ner/wikineural/en/train.conllu', SHARED)
  const gold: Gold[] = []
  for (const sentence of readConll(readFileSync(file, 'utf8'))) {
    if (sentenceBucket(sentence.tokens) >= NER_TRAINING_DEFAULTS.testPercent) continue
    const { text, offsets } = rebuildText(sentence.tokens)
    const entities = new Set<string>()
    let first = -1
    const close = (end: number): void => {
      if (first < 0) return
      const label = sentence.tags[first]!.slice(2)
      if (label !== 'MISC')
        entities.add(`${label}:${text.slice(offsets[first]!.start, offsets[end - 1]!.end)}`)
      first = -1
    }
    sentence.tags.forEach((tag, index) => {
      if (tag.startsWith('I-') && first >= 0 && sentence.tags[first]!.slice(2) === tag.slice(2))
        return
      close(index)
      if (tag !== 'O') first = index
    })
    close(sentence.tags.length)
    gold.push({ text, entities })
  }
  return gold.slice(0, NER_SENTENCES)
}

function f1(predicted: readonly Set<string>[], gold: readonly Gold[]) {
  let truePositives = 0
  let predictedCount = 0
  let goldCount = 0
  gold.forEach((sentence, index) => {
    const guess = predicted[index] ?? new Set()
    predictedCount += guess.size
    goldCount += sentence.entities.size
    for (const entity of guess) if (sentence.entities.has(entity)) truePositives++
  })
  const precision = predictedCount ? truePositives / predictedCount : 0
  const recall = goldCount ? truePositives / goldCount : 0
  return {
    precision: round(precision, 4),
    recall: round(recall, 4),
    f1: round(precision + recall ? (2 * precision * recall) / (precision + recall) : 0, 4),
  }
}

function englishEntities() {
  const gold = nerSentences()
  const nlp = createPipeline(['langid', 'paragraphs', 'sentences', 'entities'])
  const compromise = require('compromise') as (text: string) => {
    people(): { out(format: 'array'): string[] }
    places(): { out(format: 'array'): string[] }
    organizations(): { out(format: 'array'): string[] }
  }
  const winkNLP = require('wink-nlp') as (model: unknown) => {
    readDoc(text: string): {
      entities(): { out(detail: unknown): { value: string; type: string }[] }
      sentences(): { length(): number }
    }
    its: { detail: unknown }
  }
  const wink = winkNLP(require('wink-eng-lite-web-model'))
  const clean = (text: string) => text.replace(/[.,;:!?]+$/u, '').trim()
  // wink-nlp's English lite model recognises dates, numbers, e-mails and the like, not people or places.
  const WINK_TYPES: Record<string, string> = { PERSON: 'PER', GPE: 'LOC', LOC: 'LOC', ORG: 'ORG' }
  const out = {
    ours: [] as Set<string>[],
    compromise: [] as Set<string>[],
    winkNlp: [] as Set<string>[],
  }
  const timing = compareInterleaved(
    {
      ours: () => {
        out.ours = gold.map((sentence) => {
          const doc = nlp.run(
            createDoc({
              id: 's',
              title: null,
              text: sentence.text,
              source: { input: 's', format: 'text', declaredLang: 'en' },
            }),
          )
          return new Set(
            (doc.spans.entities ?? [])
              .filter((entity) => entity.label !== 'MISC')
              .map((entity) => `${entity.label}:${entity.text}`),
          )
        })
      },
      compromise: () => {
        out.compromise = gold.map((sentence) => {
          const doc = compromise(sentence.text)
          return new Set([
            ...doc
              .people()
              .out('array')
              .map((text) => `PER:${clean(text)}`),
            ...doc
              .places()
              .out('array')
              .map((text) => `LOC:${clean(text)}`),
            ...doc
              .organizations()
              .out('array')
              .map((text) => `ORG:${clean(text)}`),
          ])
        })
      },
      winkNlp: () => {
        out.winkNlp = gold.map((sentence) => {
          const doc = wink.readDoc(sentence.text)
          doc.sentences().length()
          return new Set(
            doc
              .entities()
              .out(wink.its.detail)
              .filter((entity) => WINK_TYPES[entity.type])
              .map((entity) => `${WINK_TYPES[entity.type]}:${entity.value}`),
          )
        })
      },
    },
    REPEATS,
  )
  return {
    data: `${gold.length} WikiNEuRal English sentences held out from NER training (sentence bucket < ${NER_TRAINING_DEFAULTS.testPercent} of 100), rebuilt as running text; PER/ORG/LOC, exact label and text per sentence`,
    sentences: gold.length,
    goldEntities: gold.reduce((sum, sentence) => sum + sentence.entities.size, 0),
    entityF1: {
      ours: f1(out.ours, gold),
      compromise: f1(out.compromise, gold),
      winkNlp: f1(out.winkNlp, gold),
    },
    speedRatio: {
      compromise: round(timing.compromise.cpuMs / timing.ours.cpuMs),
      winkNlp: round(timing.winkNlp.cpuMs / timing.ours.cpuMs),
    },
    ms: timing,
  }
}

function round(value: number, digits = 3): number {
  return Number(value.toFixed(digits))
}

const machine = machineInfo()
const result = {
  benchmark: 'peers',
  date: new Date().toISOString(),
  machine,
  method: `CPU time (user + system), ${REPEATS} interleaved rounds after one warm-up round, median; speed ratio = peer CPU time / our CPU time`,
  languageIdentification: languageIdentification(),
  htmlExtraction: htmlExtraction(),
  englishEntities: englishEntities(),
}
const loadAverage1mAtEnd = machineInfo().loadAverage1m
writeFileSync(
  new URL('../results/peers.json', import.meta.url),
  `${JSON.stringify({ ...result, machine: { ...machine, loadAverage1mAtEnd } }, null, 2)}\n`,
)
const { languageIdentification: langid, htmlExtraction: html, englishEntities: ner } = result
console.table({
  'langid accuracy (ours / franc / franc only-11)': `${langid.accuracy.ours} / ${langid.accuracy.franc} / ${langid.accuracy.francOnly}`,
  'langid speed ratio vs franc (only-11)': `${langid.speedRatio.franc} (${langid.speedRatio.francOnly})`,
  'html speed ratio vs readability': html.speedRatio.readability,
  'en entity F1 (ours / compromise / wink-nlp)': `${ner.entityF1.ours.f1} / ${ner.entityF1.compromise.f1} / ${ner.entityF1.winkNlp.f1}`,
  'en entities speed ratio vs compromise': ner.speedRatio.compromise,
  'en entities speed ratio vs wink-nlp': ner.speedRatio.winkNlp,
})
