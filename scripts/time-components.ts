import { buildCorpus } from '../bench/build-corpus.ts'
import type { ExtractedArticle } from '../src/contracts/source.ts'
import { createDoc, type Doc } from '../src/doc/doc.ts'
import { toAnalyzedDocument } from '../src/doc/to-analyzed-document.ts'
import { extractText } from '../src/extract/extract-text.ts'
import { DEFAULT_COMPONENTS, PIPELINE_VERSION } from '../src/pipeline/create-pipeline.ts'
import { type ComponentName, registry } from '../src/pipeline/registry.ts'

// Times components in isolation on the pipeline bench corpus: every document is analysed once by the whole
// default pipeline, then each named component (or "output", the JSON contract) reruns over all documents
// RUNS times; prints the minimum and median CPU ms per pass, which a busy shared machine disturbs less than one
// pipeline run. Usage: node --import tsx scripts/time-components.ts entities claims output
const RUNS = Number(process.env.RUNS ?? 10)
const ARTICLES_PER_LANGUAGE = Number(process.env.BENCH_PER_LANGUAGE ?? 60)
type Apply = (doc: Doc) => unknown

const { articles } = buildCorpus(ARTICLES_PER_LANGUAGE)
const applyOf = new Map<string, Apply>(
  DEFAULT_COMPONENTS.map((name) => {
    const component = registry[name]
    const create = component.create as (config: unknown) => Apply
    return [name, create(component.config.parse({}))]
  }),
)
const contract = { version: PIPELINE_VERSION, components: DEFAULT_COMPONENTS }
const docs = articles.map((raw) => {
  const { title, text } = extractText(raw.text)
  const extracted: ExtractedArticle = { ...raw, title, text }
  let doc = createDoc(extracted)
  for (const name of DEFAULT_COMPONENTS) {
    const value = applyOf.get(name)?.(doc)
    doc = { ...doc, spans: { ...doc.spans, [registry[name].assigns]: value } }
  }
  return doc
})

function cpuNowMs(): number {
  const usage = process.cpuUsage()
  return (usage.user + usage.system) / 1000
}

function passOf(name: string): Apply {
  if (name === 'output') return (doc) => JSON.stringify(toAnalyzedDocument(doc, contract)).length
  const apply = applyOf.get(name as ComponentName)
  if (!apply) throw new Error(`unknown component ${name}`)
  return apply
}

const names = process.argv.slice(2)
for (const name of names.length > 0 ? names : [...DEFAULT_COMPONENTS, 'output']) {
  const apply = passOf(name)
  const times: number[] = []
  let sink = 0
  for (let run = 0; run < RUNS; run++) {
    const started = cpuNowMs()
    for (const doc of docs) sink += apply(doc) === undefined ? 0 : 1
    times.push(cpuNowMs() - started)
  }
  times.sort((a, b) => a - b)
  const median = times[Math.floor(times.length / 2)] ?? 0
  console.log(
    `${name.padEnd(12)} min ${times[0]?.toFixed(1)} ms  median ${median.toFixed(1)} ms  (${sink})`,
  )
}
