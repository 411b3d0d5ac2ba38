import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { Readability } from '@mozilla/readability'
import { franc } from 'franc'
import { parseHTML } from 'linkedom'
import { detectLanguage } from '../../src/components/langid/detect-language.ts'
import { createDoc } from '../../src/doc/doc.ts'
import { extractHtml } from '../../src/extract/extract-html.ts'
import { createPipeline } from '../../src/pipeline/create-pipeline.ts'

// Peers measured side by side on the same inputs in one run (issue #8): language identification vs franc, HTML
// extraction vs Readability alone, English tokens + sentences + entities vs compromise and wink-nlp. Ratios are
// ours / peer for speed (higher is better) and absolute for accuracy.
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
const FRANC_CODES: Record<string, string> = {
  eng: 'en',
  fra: 'fr',
  deu: 'de',
  ita: 'it',
  pol: 'pl',
  rus: 'ru',
}
const PARAGRAPHS_PER_LANGUAGE = Number(process.env.BENCH_PEER_PARAGRAPHS ?? 400)
const NER_SENTENCES = Number(process.env.BENCH_PEER_NER_SENTENCES ?? 1500)
const REPEATS = 3

function timeMs(run: () => void): number {
  const times: number[] = []
  for (let repeat = 0; repeat < REPEATS; repeat++) {
    const started = performance.now()
    run()
    times.push(performance.now() - started)
  }
  return times.sort((a, b) => a - b)[1] ?? times[0]!
}

function paragraphs(): { lang: string; text: string }[] {
  const out: { lang: string; text: string }[] = []
  for (const [dir, lang] of Object.entries(LANG_DIRS)) {
    const folder = new URL(`${dir}/train-articles-subtask-3/`, SEMEVAL)
    const files = readdirSync(folder).sort().reverse()
    const texts = files.flatMap((file) =>
      readFileSync(new URL(file, folder), 'utf8')
        .split(/\r?\n/u)
        .filter((line) => line.trim().length >= 60),
    )
    for (const text of texts.slice(0, PARAGRAPHS_PER_LANGUAGE)) out.push({ lang, text })
  }
  return out
}

function languageIdentification() {
  const items = paragraphs()
  let ours = 0
  let peer = 0
  const oursMs = timeMs(() => {
    ours = items.filter((item) => detectLanguage(item.text)?.lang === item.lang).length
  })
  const peerMs = timeMs(() => {
    peer = items.filter((item) => FRANC_CODES[franc(item.text)] === item.lang).length
  })
  return {
    paragraphs: items.length,
    accuracy: { ours: ours / items.length, franc: peer / items.length },
    speedRatio: peerMs / oursMs,
    ms: { ours: oursMs, franc: peerMs },
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

function htmlPages(): string[] {
  const folder = new URL('en/train-articles-subtask-3/', SEMEVAL)
  return readdirSync(folder)
    .sort()
    .slice(0, 150)
    .map((file) => {
      const [title = '', , ...body] = readFileSync(new URL(file, folder), 'utf8').split(/\r?\n/u)
      const escapeText = (text: string) => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;')
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
  const oursMs = timeMs(() => {
    for (const page of pages) extractHtml(page)
  })
  const peerMs = timeMs(() => {
    for (const page of pages) new Readability(parseHTML(page).document as never).parse()
  })
  const megabytes = pages.reduce((sum, page) => sum + page.length, 0) / 1e6
  return {
    pages: pages.length,
    megabytes,
    speedRatio: peerMs / oursMs,
    ms: { ours: oursMs, readability: peerMs },
  }
}

interface Gold {
  text: string
  entities: Set<string>
}

// WikiNEuRal English sentences rebuilt as text, with their PER/ORG/LOC mentions (MISC left out: peers lack it).
function nerSentences(): Gold[] {
  const lines = readFileSync(new URL('ner/wikineural/en/train.conllu', SHARED), 'utf8').split('\n')
  const sentences: Gold[] = []
  let words: string[] = []
  let tags: string[] = []
  const flush = () => {
    if (words.length === 0) return
    const text = words.join(' ')
    const entities = new Set<string>()
    let current: string[] = []
    let label = ''
    tags.forEach((tag, index) => {
      if (tag.startsWith('B-') || tag === 'O') {
        if (current.length > 0 && label !== 'MISC') entities.add(`${label}:${current.join(' ')}`)
        current = tag === 'O' ? [] : [words[index]!]
        label = tag.slice(2)
      } else current.push(words[index]!)
    })
    if (current.length > 0 && label !== 'MISC') entities.add(`${label}:${current.join(' ')}`)
    sentences.push({ text, entities })
    words = []
    tags = []
  }
  for (const line of lines) {
    if (!line.trim()) flush()
    else {
      const [, word = '', tag = 'O'] = line.split('\t')
      words.push(word)
      tags.push(tag)
    }
  }
  flush()
  return sentences.slice(-NER_SENTENCES)
}

function f1(predicted: Set<string>[], gold: Gold[]) {
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
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
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
  let ours: Set<string>[] = []
  let peer: Set<string>[] = []
  let winkOut: Set<string>[] = []
  const oursMs = timeMs(() => {
    ours = gold.map((sentence) => {
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
  })
  const compromiseMs = timeMs(() => {
    peer = gold.map((sentence) => {
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
  })
  // wink-nlp's English lite model recognises dates, numbers, e-mails and the like, not people or places.
  const TYPES: Record<string, string> = { PERSON: 'PER', GPE: 'LOC', LOC: 'LOC', ORG: 'ORG' }
  const winkMs = timeMs(() => {
    winkOut = gold.map((sentence) => {
      const doc = wink.readDoc(sentence.text)
      doc.sentences().length()
      return new Set(
        doc
          .entities()
          .out(wink.its.detail)
          .filter((entity) => TYPES[entity.type])
          .map((entity) => `${TYPES[entity.type]}:${entity.value}`),
      )
    })
  })
  return {
    sentences: gold.length,
    entityF1: { ours: f1(ours, gold), compromise: f1(peer, gold), winkNlp: f1(winkOut, gold) },
    speedRatio: { compromise: compromiseMs / oursMs, winkNlp: winkMs / oursMs },
    ms: { ours: oursMs, compromise: compromiseMs, winkNlp: winkMs },
  }
}

const result = {
  benchmark: 'peers',
  date: new Date().toISOString(),
  languageIdentification: languageIdentification(),
  htmlExtraction: htmlExtraction(),
  englishEntities: englishEntities(),
}
writeFileSync(
  new URL('../results/peers.json', import.meta.url),
  `${JSON.stringify(result, null, 2)}\n`,
)
const round = (value: number) => Number(value.toFixed(3))
console.table({
  'langid accuracy (ours / franc)': `${round(result.languageIdentification.accuracy.ours)} / ${round(result.languageIdentification.accuracy.franc)}`,
  'langid speed ratio (franc ms / ours ms)': round(result.languageIdentification.speedRatio),
  'html speed ratio (readability ms / ours ms)': round(result.htmlExtraction.speedRatio),
  'en entity F1 (ours / compromise / wink)': `${round(result.englishEntities.entityF1.ours.f1)} / ${round(result.englishEntities.entityF1.compromise.f1)} / ${round(result.englishEntities.entityF1.winkNlp.f1)}`,
  'en entities speed ratio vs compromise': round(result.englishEntities.speedRatio.compromise),
  'en entities speed ratio vs wink-nlp': round(result.englishEntities.speedRatio.winkNlp),
})
