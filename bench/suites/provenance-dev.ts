import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { basename } from 'node:path'
import { fileURLToPath } from 'node:url'
import { analyzeArticle } from '../../src/analyze/analyze-article.ts'
import { readInputs } from '../../src/ingest/read-input.ts'
import { LINK_COMPONENTS } from '../../src/link/link-components.ts'
import { readProvenanceGold } from '../../src/link/read-provenance-gold.ts'
import {
  type CreditError,
  type FoundCredit,
  foundCreditsOf,
  type RoleScore,
  scoreProvenance,
} from '../../src/link/score-provenance.ts'
import { createPipeline } from '../../src/pipeline/create-pipeline.ts'
import { machineInfo } from '../support/machine-info.ts'

// Credit lines (author, original, translation, republication, via) on our development set
// (test/fixtures/link-dev), scored against provenance-gold.tsv, which was written by reading each document.
// Per role: precision / recall / F1 of credits matched on (file, role), then, for matched ones, the share whose
// name, outlet and date agree. PROVENANCE_DEV_DEBUG=1 prints every miss, every spurious credit and every wrong field.
const DEV = fileURLToPath(new URL('../../test/fixtures/link-dev/', import.meta.url))
const round = (value: number) => Math.round(value * 1000) / 1000

const gold = readProvenanceGold(readFileSync(`${DEV}provenance-gold.tsv`, 'utf8'))
const pipeline = createPipeline(LINK_COMPONENTS)
const found: FoundCredit[] = []
let documents = 0
const started = performance.now()
for await (const item of readInputs([`${DEV}docs`])) {
  if (!item.ok) throw new Error(`${item.input}: ${item.message}`)
  const doc = analyzeArticle(item.article, pipeline)
  found.push(...foundCreditsOf(basename(doc.source.input), doc.provenance ?? []))
  documents++
}
const elapsedMs = performance.now() - started
const score = scoreProvenance(gold, found)

if (process.env.PROVENANCE_DEV_DEBUG) for (const error of score.errors) console.log(describe(error))
const rounded = (role: RoleScore) => ({
  gold: role.gold,
  predicted: role.predicted,
  matched: role.matched,
  precision: round(role.precision),
  recall: round(role.recall),
  f1: round(role.f1),
  nameAgreement: round(role.nameAgreement),
  outletAgreement: round(role.outletAgreement),
  dateAgreement: round(role.dateAgreement),
  goldDates: role.goldDates,
})
const summary = {
  benchmark: 'provenance-dev',
  date: new Date().toISOString(),
  machine: machineInfo(),
  documents,
  goldCredits: score.overall.gold,
  overall: rounded(score.overall),
  roles: Object.fromEntries(
    Object.entries(score.roles).map(([role, value]) => [role, rounded(value)]),
  ),
  uncreditedDocuments: score.uncreditedDocuments,
  uncreditedKeptClean: score.uncreditedKeptClean,
  errorCounts: countErrors(score.errors),
  analyseMs: Math.round(elapsedMs),
}
console.log(formatTable(score.roles, score.overall))
console.log(
  `uncredited documents left without credit: ${score.uncreditedKeptClean}/${score.uncreditedDocuments}; errors: ${JSON.stringify(summary.errorCounts)}`,
)
mkdirSync(new URL('../results/', import.meta.url), { recursive: true })
writeFileSync(
  new URL('../results/provenance-dev.json', import.meta.url),
  `${JSON.stringify(summary, null, 2)}\n`,
)

function formatTable(roles: typeof score.roles, overall: RoleScore): string {
  const header = ['role', 'gold', 'found', 'P', 'R', 'F1', 'name', 'outlet', 'date']
  const row = (name: string, value: RoleScore) => [
    name,
    String(value.gold),
    String(value.predicted),
    ...[value.precision, value.recall, value.f1, value.nameAgreement, value.outletAgreement].map(
      (figure) => figure.toFixed(2),
    ),
    `${value.dateAgreement.toFixed(2)} (${value.goldDates})`,
  ]
  const rows = [
    header,
    ...Object.entries(roles).map(([name, value]) => row(name, value)),
    row('all', overall),
  ]
  return rows.map((cells) => cells.map((cell) => cell.padEnd(15)).join('')).join('\n')
}

function countErrors(errors: readonly CreditError[]): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const error of errors) counts[error.kind] = (counts[error.kind] ?? 0) + 1
  return counts
}

function describe(error: CreditError): string {
  const show = (credit: {
    name?: string | undefined
    outlet?: string | undefined
    date?: string | undefined
  }) =>
    `name=${JSON.stringify(credit.name ?? '')} outlet=${JSON.stringify(credit.outlet ?? '')} date=${credit.date ?? ''}`
  if (error.kind === 'missed') {
    return `missed    ${error.expected.file} ${error.expected.role}: ${show(error.expected)}`
  }
  if (error.kind === 'spurious') {
    return `spurious  ${error.found.file} ${error.found.role}: ${show(error.found)}`
  }
  return `${error.kind.padEnd(10)}${error.expected.file} ${error.expected.role}: expected ${show(error.expected)}, found ${show(error.found)}`
}
