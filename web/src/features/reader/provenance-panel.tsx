import type { AnalyzedDocument } from '@src/contracts/document.ts'
import { describeProvenance } from '@src/report/describe-provenance.ts'
import { useId } from 'react'
import { SafeLink } from '../../components/safe-link.tsx'
import type { MessageKey } from '../../i18n/messages-en.ts'
import { useI18n } from '../../i18n/use-i18n.ts'

/** Where the document came from: what its container said, and the credits read in its text. */
export function ProvenancePanel({ document }: { document: AnalyzedDocument }) {
  const { t } = useI18n()
  const headingId = useId()
  const { source } = document
  const credits = document.provenance ?? []
  const facts: [MessageKey, string | undefined][] = [
    ['reader.outlet', source.outlet ?? source.siteName],
    ['reader.published', source.published],
    ['reader.byline', source.byline],
    [
      'reader.language',
      document.lang
        ? `${document.lang} (${t('common.confidence')} ${document.langConfidence.toFixed(2)})`
        : undefined,
    ],
    ['reader.input', source.input],
  ]
  return (
    <section className="panel provenance-panel" aria-labelledby={headingId}>
      <h2 id={headingId} className="panel-title">
        {t('reader.provenance')}
      </h2>
      <dl className="facts">
        {facts
          .filter((fact): fact is [MessageKey, string] => Boolean(fact[1]))
          .map(([label, value]) => (
            <div key={label}>
              <dt>{t(label)}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        {source.url ? (
          <div>
            <dt>{t('reader.url')}</dt>
            <dd className="url-cell">
              <SafeLink url={source.url} />
            </dd>
          </div>
        ) : null}
      </dl>
      <h3 className="subheading">{t('reader.credits')}</h3>
      {credits.length === 0 ? <p className="muted">{t('reader.noCredits')}</p> : null}
      <ul className="credits">
        {credits.map((credit, index) => {
          const { who, date } = describeProvenance(credit)
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: credits are a fixed list in text order
            <li key={index} className="credit" data-role={credit.role}>
              <span className="credit-role">{t(`role.${credit.role}` as MessageKey)}</span>
              <span className="credit-who">{who || t('common.unknown')}</span>
              {date ? <span className="credit-date">{date}</span> : null}
              {credit.url ? (
                <span className="credit-url">
                  <SafeLink url={credit.url} />
                </span>
              ) : null}
              {credit.evidence ? (
                <q className="credit-evidence" title={t('reader.evidence')}>
                  {credit.evidence.text}
                </q>
              ) : null}
            </li>
          )
        })}
      </ul>
    </section>
  )
}
