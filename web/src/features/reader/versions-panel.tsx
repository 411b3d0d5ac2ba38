import type { DocumentStoryResponse } from '@src/contracts/api.ts'
import { useId } from 'react'
import { HeadingText } from '../../components/heading-text.tsx'
import type { MessageKey } from '../../i18n/messages-en.ts'
import { useI18n } from '../../i18n/use-i18n.ts'
import { AppLink } from '../../router/app-link.tsx'

/**
 * The article's other versions (translations, republications, excerpts) from its story, in time order, each
 * with its relation to the original and a button to read it side by side with this one.
 */
export function VersionsPanel({
  documentId,
  answer,
  comparedStoreId,
  onCompare,
}: {
  /** The document's own id, to mark it in the list. */
  documentId: string
  answer: DocumentStoryResponse | undefined
  comparedStoreId: number | null
  onCompare: (storeId: number | null) => void
}) {
  const { t } = useI18n()
  const headingId = useId()
  const story = answer?.story ?? null
  const storeIdOf = new Map((answer?.members ?? []).map((member) => [member.id, member.storeId]))
  return (
    <section className="panel versions-panel" aria-labelledby={headingId}>
      <h2 id={headingId} className="panel-title">
        {t('reader.versions')}
      </h2>
      {answer === undefined ? <p className="muted">{t('common.loading')}</p> : null}
      {answer && !story ? <p className="muted">{t('reader.noVersions')}</p> : null}
      {story ? (
        <>
          <p className="muted small">
            {t('reader.story', {
              count: story.members.length,
              languages: story.languages.join(', '),
            })}
            {' · '}
            {t('reader.originalBy', { method: t(`originalBy.${story.originalBy}` as MessageKey) })}
          </p>
          <ol className="versions">
            {story.members.map((member) => {
              const storeId = storeIdOf.get(member.id)
              const isCurrent = member.id === documentId
              return (
                <li key={member.id} className={isCurrent ? 'version is-current' : 'version'}>
                  <span className="version-lang">{member.lang ?? '?'}</span>
                  <span>
                    {storeId !== undefined && !isCurrent ? (
                      <AppLink to={`/documents/${storeId}`} lang={member.lang ?? undefined}>
                        <HeadingText heading={member.heading} />
                      </AppLink>
                    ) : (
                      <span lang={member.lang ?? undefined}>
                        <HeadingText heading={member.heading} />
                      </span>
                    )}
                    <span className="version-meta">
                      {[
                        t(`relation.${member.relation}` as MessageKey),
                        member.outlet,
                        member.published?.slice(0, 10),
                        member.translator
                          ? t('reader.translator', { name: member.translator })
                          : null,
                        member.relation === 'original'
                          ? null
                          : t('reader.coverage', {
                              percent: `${Math.round(member.coverage * 100)} %`,
                            }),
                        isCurrent ? t('reader.thisVersion') : null,
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    </span>
                    {storeId !== undefined && !isCurrent ? (
                      <button
                        type="button"
                        className="link-button compare-button"
                        aria-pressed={comparedStoreId === storeId}
                        onClick={() => onCompare(comparedStoreId === storeId ? null : storeId)}
                      >
                        {comparedStoreId === storeId
                          ? t('reader.stopCompare')
                          : t('reader.compare')}
                      </button>
                    ) : null}
                  </span>
                </li>
              )
            })}
          </ol>
        </>
      ) : null}
    </section>
  )
}
