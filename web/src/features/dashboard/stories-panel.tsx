import type { DocumentHeading } from '@src/contracts/heading.ts'
import { useId, useMemo, useState } from 'react'
import { useStoriesQuery } from '../../api/use-stories-query.ts'
import { ErrorMessage } from '../../components/error-message.tsx'
import { HeadingText } from '../../components/heading-text.tsx'
import { LazyProvenanceGraph } from '../../components/lazy-provenance-graph.tsx'
import { Loading } from '../../components/loading.tsx'
import { storySubgraph } from '../../components/story-subgraph.ts'
import type { MessageKey } from '../../i18n/messages-en.ts'
import { useI18n } from '../../i18n/use-i18n.ts'
import { AppLink } from '../../router/app-link.tsx'

/** Pick a story (versions of one piece across languages) and see its provenance graph, ordered in time. */
export function StoriesPanel() {
  const { t } = useI18n()
  const headingId = useId()
  const pickId = useId()
  const stories = useStoriesQuery()
  const [picked, setPicked] = useState(0)
  const story = stories.data?.stories[picked]
  const graph = useMemo(
    () => (stories.data && story ? storySubgraph(stories.data.provenance, story) : null),
    [stories.data, story],
  )
  const storeIdOf = new Map(
    (stories.data?.members ?? []).map((member) => [member.id, member.storeId]),
  )
  return (
    <section className="panel span-12" aria-labelledby={headingId}>
      <h2 id={headingId} className="panel-title">
        {t('dashboard.storyGraph')}
      </h2>
      {stories.isPending ? <Loading /> : null}
      {stories.isError ? (
        <ErrorMessage error={stories.error} onRetry={() => stories.refetch()} />
      ) : null}
      {stories.data && stories.data.stories.length === 0 ? (
        <p className="muted">{t('dashboard.noStories')}</p>
      ) : null}
      {stories.data && story && graph ? (
        <div className="story-layout">
          <div>
            <label htmlFor={pickId} className="controls">
              {t('dashboard.pickStory')}
              <select
                id={pickId}
                value={picked}
                onChange={(event) => setPicked(Number(event.target.value))}
              >
                {stories.data.stories.map((one, index) => (
                  <option key={one.id} value={index}>
                    {`${optionHeading(one.members[0]?.heading) ?? one.id} (${one.members.length}: ${one.languages.join(', ')})`}
                  </option>
                ))}
              </select>
            </label>
            <ol className="versions">
              {story.members.map((member) => {
                const storeId = storeIdOf.get(member.id)
                return (
                  <li key={member.id} className="version">
                    <span className="version-lang">{member.lang ?? '?'}</span>
                    <span>
                      {storeId === undefined ? (
                        <span lang={member.lang ?? undefined}>
                          <HeadingText heading={member.heading} />
                        </span>
                      ) : (
                        <AppLink to={`/documents/${storeId}`} lang={member.lang ?? undefined}>
                          <HeadingText heading={member.heading} />
                        </AppLink>
                      )}
                      <span className="version-meta">
                        {[
                          t(`relation.${member.relation}` as MessageKey),
                          member.outlet,
                          member.published?.slice(0, 10),
                        ]
                          .filter(Boolean)
                          .join(' · ')}
                      </span>
                    </span>
                  </li>
                )
              })}
            </ol>
          </div>
          <LazyProvenanceGraph graph={graph} label={t('dashboard.storyGraph')} />
        </div>
      ) : null}
    </section>
  )
}

// An <option> holds plain text only: a first sentence standing in for a missing title goes in quotes.
function optionHeading(heading: DocumentHeading | undefined): string | undefined {
  if (heading === undefined) return undefined
  return heading.derived ? `“${heading.text}”` : heading.text
}
