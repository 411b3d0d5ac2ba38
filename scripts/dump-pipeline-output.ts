import { createHash } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import { buildCorpus } from '../bench/build-corpus.ts'
import type { ExtractedArticle } from '../src/contracts/source.ts'
import { createDoc } from '../src/doc/doc.ts'
import { toAnalyzedDocument } from '../src/doc/to-analyzed-document.ts'
import { extractText } from '../src/extract/extract-text.ts'
import { createPipeline } from '../src/pipeline/create-pipeline.ts'

// Serialises the full output of the default pipeline (every layer, span, score, issue) for the pipeline bench
// corpus, one JSON line per document, so a speed change can be proven output-identical by comparing two dumps
// byte for byte:
//   node --import tsx scripts/dump-pipeline-output.ts /tmp/before.jsonl   (on the old commit)
//   node --import tsx scripts/dump-pipeline-output.ts /tmp/after.jsonl && cmp /tmp/before.jsonl /tmp/after.jsonl
// DUMP_REPEAT=n runs the pipeline n times over the corpus (for profiling with --cpu-prof); the dump is written once.
const ARTICLES_PER_LANGUAGE = Number(process.env.BENCH_PER_LANGUAGE ?? 60)
const REPEAT = Number(process.env.DUMP_REPEAT ?? 1)
const outputPath = process.argv[2]
if (!outputPath) throw new Error('usage: dump-pipeline-output.ts <output.jsonl>')

const { articles } = buildCorpus(ARTICLES_PER_LANGUAGE)
const pipeline = createPipeline(undefined, { onError: 'throw' })
const contract = { version: pipeline.version, components: pipeline.components }

function analyseCorpus(): string[] {
  return articles.map((raw) => {
    const { title, text } = extractText(raw.text)
    const extracted: ExtractedArticle = { ...raw, title, text }
    const doc = pipeline.run(createDoc(extracted))
    return JSON.stringify(toAnalyzedDocument(doc, contract))
  })
}

let lines: string[] = []
for (let run = 0; run < REPEAT; run++) lines = analyseCorpus()
const dump = `${lines.join('\n')}\n`
writeFileSync(outputPath, dump)
const digest = createHash('sha256').update(dump).digest('hex')
console.log(`${lines.length} documents, ${dump.length} characters, sha256 ${digest.slice(0, 16)}`)
