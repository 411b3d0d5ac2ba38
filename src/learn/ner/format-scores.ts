import type { EntityScores } from './score-entities.ts'

/** Renders entity scores as a fixed-width table: one row per type, then the micro-averaged total. */
export function formatScores(scores: EntityScores): string {
  const header = `${'type'.padEnd(8)}${['precision', 'recall', 'f1'].map((name) => name.padStart(10)).join('')}${['gold', 'predicted'].map((name) => name.padStart(10)).join('')}`
  const rows = [...Object.entries(scores.byLabel), ['overall', scores.overall] as const].map(
    ([label, counts]) =>
      `${label.padEnd(8)}${[counts.precision, counts.recall, counts.f1].map((rate) => rate.toFixed(4).padStart(10)).join('')}${String(counts.truePositives + counts.falseNegatives).padStart(10)}${String(counts.truePositives + counts.falsePositives).padStart(10)}`,
  )
  return [header, ...rows].join('\n')
}

/** Renders entity scores as Markdown table rows (type, P, R, F1, gold count), for model cards. */
export function scoresToMarkdownRows(scores: EntityScores, prefix: string): string[] {
  return [...Object.entries(scores.byLabel), ['**all**', scores.overall] as const].map(
    ([label, counts]) =>
      `| ${prefix} | ${label} | ${counts.precision.toFixed(3)} | ${counts.recall.toFixed(3)} | ${counts.f1.toFixed(3)} | ${counts.truePositives + counts.falseNegatives} |`,
  )
}
