import type { AnalyzedDocument } from '@src/contracts/document.ts'
import { useId } from 'react'
import { TECHNIQUE_NAMES } from '../../i18n/technique-names.ts'
import { useI18n } from '../../i18n/use-i18n.ts'

/** The document-level findings: persuasion techniques and narratives with their confidence, and issues. */
export function FindingsPanel({ document }: { document: AnalyzedDocument }) {
  const { t, language } = useI18n()
  const headingId = useId()
  const techniques = strongestFirst(
    (document.techniques ?? []).map((technique) => ({
      key: technique.label,
      label: TECHNIQUE_NAMES[language][technique.label] ?? technique.label,
      score: technique.confidence,
    })),
  )
  const narratives = strongestFirst(
    (document.narratives ?? []).map((narrative) => ({
      key: narrative.id,
      label: narrative.label,
      score: narrative.score,
    })),
  )
  return (
    <section className="panel findings-panel" aria-labelledby={headingId}>
      <h2 id={headingId} className="panel-title">
        {t('reader.summary')}
      </h2>
      <h3 className="subheading">{t('reader.techniques')}</h3>
      <ScoreList items={techniques} empty={t('reader.noFindings')} />
      <h3 className="subheading">{t('reader.narratives')}</h3>
      <ScoreList items={narratives} empty={t('reader.noFindings')} />
      {document.issues.length > 0 ? (
        <>
          <h3 className="subheading">{t('reader.issues')}</h3>
          <ul className="issues">
            {document.issues.map((issue) => (
              <li key={`${issue.component}:${issue.code}:${issue.message}`}>
                <code>{issue.component}</code> {issue.message}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  )
}

interface Scored {
  readonly key: string
  readonly label: string
  readonly score: number
}

/** One entry per key (a technique found in several paragraphs counts once, at its best), best first. */
function strongestFirst(items: readonly Scored[]): Scored[] {
  const best = new Map<string, Scored>()
  for (const item of items) {
    const known = best.get(item.key)
    if (!known || known.score < item.score) best.set(item.key, item)
  }
  return [...best.values()].sort((a, b) => b.score - a.score)
}

function ScoreList({ items, empty }: { items: readonly Scored[]; empty: string }) {
  if (items.length === 0) return <p className="muted">{empty}</p>
  return (
    <ul className="score-list">
      {items.map((item) => (
        <li key={item.key}>
          <span className="score-label">{item.label}</span>
          <meter min={0} max={1} value={item.score} aria-label={item.label} />
          <span className="score-value">{item.score.toFixed(2)}</span>
        </li>
      ))}
    </ul>
  )
}
