import { existsSync, readdirSync, readFileSync } from 'node:fs'

/** One line of the bench summary: a measure, our figure, the peer's, and the ratio ours / peer where there is one. */
export interface SummaryRow {
  readonly suite: string
  readonly measure: string
  readonly ours: string
  readonly peer: string
  /** Ours / peer: throughput ratio for speed (above 1 we are faster), quotient for accuracy. */
  readonly ratio: number | null
  readonly target: string
  /** Whether the target is met; null when there is no target or nothing to judge. */
  readonly met: boolean | null
  /** When and under which load the figure was taken (figures under load are provisional). */
  readonly measuredAt: string
}

type Json = Record<string, unknown>

/**
 * Reads every suite's JSON in `resultsDir` and condenses it into one table: speed per core, ratios against each
 * peer, scaling, against the targets of issues #8 and #10. A suite without results is skipped.
 */
export function summarizeResults(resultsDir: URL): SummaryRow[] {
  const results = new Map<string, Json>()
  if (existsSync(resultsDir)) {
    for (const file of readdirSync(resultsDir).filter((name) => name.endsWith('.json'))) {
      if (file === 'summary.json') continue
      results.set(
        file.replace(/\.json$/u, ''),
        JSON.parse(readFileSync(new URL(file, resultsDir), 'utf8')),
      )
    }
  }
  return [
    ...pipelineRows(results.get('pipeline')),
    ...peerRows(results.get('peers')),
    ...linkRows(results.get('link')),
    ...scalingRows(results.get('scaling')),
    ...storeRows(results.get('store')),
    ...provenanceDevRows(results.get('provenance-dev')),
  ]
}

/** The summary as a fixed-width text table for the terminal. */
export function formatSummary(rows: readonly SummaryRow[]): string {
  const header = ['suite', 'measure', 'ours', 'peer', 'ours/peer', 'target', 'met', 'measured']
  const lines = rows.map((row) => [
    row.suite,
    row.measure,
    row.ours,
    row.peer,
    row.ratio === null ? '' : `${row.ratio}×`,
    row.target,
    row.met === null ? '' : row.met ? 'yes' : 'NO',
    row.measuredAt,
  ])
  const widths = header.map((title, column) =>
    Math.max(title.length, ...lines.map((line) => line[column]!.length)),
  )
  const format = (cells: readonly string[]) =>
    cells
      .map((cell, column) => cell.padEnd(widths[column]!))
      .join('  ')
      .trimEnd()
  return [
    format(header),
    widths.map((width) => '-'.repeat(width)).join('  '),
    ...lines.map(format),
  ].join('\n')
}

function pipelineRows(result: Json | undefined): SummaryRow[] {
  if (!result) return []
  const at = measuredAt(result)
  const perCore = number(result.megabytesPerCpuSecond)
  const components = (result.components as string[] | undefined)?.length ?? 0
  const corpus = (result.corpus as Json | undefined) ?? {}
  return [
    {
      suite: 'pipeline',
      measure: `MB/s per core (CPU time), ${components} default components, ${corpus.documents} docs, ${corpus.megabytes} MB`,
      ours: fixed(perCore, 3),
      peer: '',
      ratio: null,
      target: '≥ 2 (#8); ≥ 1 with learned models (#10)',
      met: perCore === null ? null : perCore >= 2,
      measuredAt: at,
    },
    measureRow(
      'pipeline',
      'documents per CPU second; peak RSS',
      `${fixed(number(result.documentsPerCpuSecond), 1)}; ${result.peakRssMiB} MiB`,
      at,
    ),
  ]
}

function peerRows(result: Json | undefined): SummaryRow[] {
  if (!result) return []
  const at = measuredAt(result)
  const rows: SummaryRow[] = []
  const langid = result.languageIdentification as Json | undefined
  if (langid) {
    const accuracy = langid.accuracy as Json
    const speed = langid.speedRatio as Json
    for (const [peer, label] of [
      ['franc', 'franc, all languages'],
      ['francOnly', 'franc restricted to our 11 languages'],
    ] as const)
      rows.push({
        suite: 'peers',
        measure: `langid accuracy, ${langid.paragraphs} held-out paragraphs in 6 languages, vs ${label}`,
        ours: fixed(number(accuracy.ours), 4),
        peer: fixed(number(accuracy[peer]), 4),
        ratio: quotient(accuracy.ours, accuracy[peer]),
        target: '≥ franc',
        met: number(accuracy.ours)! >= number(accuracy[peer])!,
        measuredAt: at,
      })
    rows.push({
      suite: 'peers',
      measure: 'langid speed vs franc (vs franc restricted to 11)',
      ours: '',
      peer: '',
      ratio: number(speed.franc),
      target: `≥ 3× (restricted: ${speed.francOnly}×)`,
      met: number(speed.franc)! >= 3,
      measuredAt: at,
    })
  }
  const html = result.htmlExtraction as Json | undefined
  if (html) {
    rows.push({
      suite: 'peers',
      measure: `HTML extraction speed vs @mozilla/readability alone (${html.pages} pages)`,
      ours: '',
      peer: '',
      ratio: number((html.speedRatio as Json).readability),
      target: '',
      met: null,
      measuredAt: at,
    })
  }
  const ner = result.englishEntities as Json | undefined
  if (ner) {
    const f1 = ner.entityF1 as Record<string, Json>
    const speed = ner.speedRatio as Json
    for (const [peer, label] of [
      ['compromise', 'compromise'],
      ['winkNlp', 'wink-nlp'],
    ] as const) {
      rows.push(
        {
          suite: 'peers',
          measure: `English entity F1 vs ${label} (${ner.sentences} held-out WikiNEuRal sentences)`,
          ours: fixed(number(f1.ours?.f1), 3),
          peer: fixed(number(f1[peer]?.f1), 3),
          ratio: quotient(f1.ours?.f1, f1[peer]?.f1),
          target: `> ${label}`,
          met: number(f1.ours?.f1)! > number(f1[peer]?.f1)!,
          measuredAt: at,
        },
        {
          suite: 'peers',
          measure: `English tokens + sentences + entities speed vs ${label}`,
          ours: '',
          peer: '',
          ratio: number(speed[peer]),
          target: '',
          met: null,
          measuredAt: at,
        },
      )
    }
  }
  return rows
}

// Near-duplicate detection against brute force: whatever fields of link.json's runs name a brute-force baseline.
function linkRows(result: Json | undefined): SummaryRow[] {
  if (!result) return []
  const at = measuredAt(result)
  const runs = (result.runs as Json[] | undefined) ?? []
  const rows: SummaryRow[] = []
  for (const run of runs) {
    rows.push(
      measureRow(
        'link',
        `linking ${run.documents} docs: docs/s; peak RSS; pairwise F1`,
        `${run.documentsPerSecond}; ${run.peakRssMiB} MiB; ${run.pairwiseF1}`,
        at,
      ),
    )
    for (const [key, value] of Object.entries(run)) {
      if (!/brute/iu.test(key)) continue
      rows.push({
        suite: 'link',
        measure: `near-duplicates vs brute force at ${run.documents} docs: ${key}`,
        ours: '',
        peer: typeof value === 'object' ? JSON.stringify(value) : String(value),
        ratio: null,
        target: '',
        met: null,
        measuredAt: at,
      })
    }
  }
  if (runs.length > 0 && !runs.some((run) => Object.keys(run).some((key) => /brute/iu.test(key))))
    rows.push(measureRow('link', 'near-duplicates vs brute force', 'not measured yet', at))
  return rows
}

function scalingRows(result: Json | undefined): SummaryRow[] {
  if (!result) return []
  return ((result.runs as Json[] | undefined) ?? []).map((run) =>
    measureRow(
      'scaling',
      `analysis of ${run.documents} docs: CPU ms/doc (× vs smallest); peak RSS`,
      `${run.cpuMsPerDocument} (${run.cpuPerDocumentVsSmallest}×); ${run.peakRssMiB} MiB`,
      `${String(result.date ?? '').slice(0, 16)}, load ${run.loadAverage1m}`,
    ),
  )
}

function storeRows(result: Json | undefined): SummaryRow[] {
  if (!result) return []
  const at = measuredAt(result)
  const rows: SummaryRow[] = ((result.ingest as Json[] | undefined) ?? []).map((run) =>
    measureRow(
      'store',
      `ingest ${run.documents} docs, ${run.engine}${run.workers ? `, ${run.workers} workers` : ''}: docs/s (per CPU-s)`,
      `${run.documentsPerSecond} (${run.documentsPerCpuSecond ?? '?'})`,
      at,
    ),
  )
  for (const run of (result.search as Json[] | undefined) ?? [])
    rows.push(
      measureRow(
        'store',
        `search, ${run.engine}, ${run.documents} docs: p95 ms (CPU)`,
        `${run.p95Ms} (${run.cpuP95Ms ?? '?'})`,
        at,
      ),
    )
  return rows
}

// A figure of ours with nothing to compare it to.
function provenanceDevRows(result: Json | undefined): SummaryRow[] {
  if (!result) return []
  const overall = (result.overall as Json | undefined) ?? {}
  const roles = (result.roles as Record<string, Json> | undefined) ?? {}
  const perRole = Object.entries(roles)
    .map(([role, score]) => `${role} ${score.f1}`)
    .join(', ')
  return [
    measureRow(
      'provenance-dev',
      `credits on the link dev set (${result.goldCredits} gold): P / R / F1; names; outlets; F1 per role`,
      `${overall.precision} / ${overall.recall} / ${overall.f1}; ${overall.nameAgreement}; ${overall.outletAgreement}; ${perRole}`,
      measuredAt(result),
    ),
  ]
}

function measureRow(suite: string, measure: string, ours: string, measuredAt: string): SummaryRow {
  return { suite, measure, ours, peer: '', ratio: null, target: '', met: null, measuredAt }
}

function measuredAt(result: Json): string {
  const machine = (result.machine as Json | undefined) ?? {}
  const load = machine.loadAverage1m ?? machine.loadAverageAtEnd
  const date = String(result.date ?? '').slice(0, 16)
  return load === undefined ? date : `${date}, load ${load}`
}

function number(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null
}

function fixed(value: number | null, digits: number): string {
  return value === null ? '' : value.toFixed(digits)
}

function quotient(ours: unknown, peer: unknown): number | null {
  const top = number(ours)
  const bottom = number(peer)
  if (top === null || bottom === null || bottom === 0) return null
  return Number((top / bottom).toFixed(3))
}
