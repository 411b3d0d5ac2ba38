import { type FormEvent, useEffect, useId, useState } from 'react'
import type { UiFilter } from '../../api/filter-params.ts'
import { useSearchQuery } from '../../api/use-search-query.ts'
import { ErrorMessage } from '../../components/error-message.tsx'
import { Loading } from '../../components/loading.tsx'
import type { MessageKey } from '../../i18n/messages-en.ts'
import { useI18n } from '../../i18n/use-i18n.ts'
import { useRouter } from '../../router/use-router.ts'
import { FacetList } from './facet-list.tsx'
import { rememberLastSearch } from './last-search.ts'
import { SearchHitItem } from './search-hit.tsx'
import { useFacetLabel } from './use-facet-label.ts'
import { PAGE_SIZE, useSearchState } from './use-search-state.ts'

// Typing waits this long before searching, so each keystroke does not cost a query.
const TYPING_PAUSE_MS = 300
const VALUE_FACETS = ['lang', 'outlet', 'entity', 'technique', 'narrative'] as const

/** The search page: a query box, facets and dates on the side, ranked hits with their matched words. */
export function SearchPage() {
  const { t, formatNumber } = useI18n()
  const { filter, page, setFilter, setPage, clear } = useSearchState()
  const labelOf = useFacetLabel()
  const result = useSearchQuery(filter, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE })
  const [typed, setTyped] = useState(filter.text ?? '')
  const queryId = useId()

  const { search } = useRouter()
  useEffect(() => rememberLastSearch(search.size > 0 ? `?${search}` : ''), [search])
  // Back and forward change the URL: show its query in the box.
  useEffect(() => setTyped(filter.text ?? ''), [filter.text])
  useEffect(() => {
    if (typed === (filter.text ?? '')) return
    const timer = setTimeout(() => setFilter({ text: typed }, { replace: true }), TYPING_PAUSE_MS)
    return () => clearTimeout(timer)
  }, [typed, filter.text, setFilter])

  const submit = (event: FormEvent) => {
    event.preventDefault()
    setFilter({ text: typed })
  }
  const data = result.data
  const pages = data ? Math.max(1, Math.ceil(data.total / PAGE_SIZE)) : 1
  const activeFilters = VALUE_FACETS.filter((facet) => filter[facet] !== undefined)
  const hasDates = filter.from !== undefined || filter.to !== undefined

  return (
    <div className="search-layout">
      <aside className="filters" aria-label={t('search.filters')}>
        <h2 className="panel-title">{t('search.filters')}</h2>
        <DateRange filter={filter} onChange={(patch) => setFilter(patch)} />
        {VALUE_FACETS.map((facet) => (
          <FacetList
            key={facet}
            facet={facet}
            counts={data?.facets[facet] ?? []}
            selected={filter[facet]}
            labelOf={(value) => labelOf(facet, value)}
            onSelect={(value) => setFilter({ [facet]: value })}
          />
        ))}
      </aside>
      <section className="results" aria-labelledby="search-title">
        <h1 id="search-title" className="visually-hidden">
          {t('search.title')}
        </h1>
        <search>
          <form className="search-form" onSubmit={submit}>
            <label htmlFor={queryId} className="visually-hidden">
              {t('search.query')}
            </label>
            <input
              id={queryId}
              type="search"
              name="text"
              value={typed}
              placeholder={t('search.placeholder')}
              onChange={(event) => setTyped(event.target.value)}
              autoComplete="off"
              spellCheck={false}
            />
            <button type="submit" className="primary">
              {t('search.submit')}
            </button>
          </form>
        </search>
        {activeFilters.length > 0 || hasDates ? (
          <ul className="chips" aria-label={t('search.filters')}>
            {activeFilters.map((facet) => (
              <li key={facet}>
                <button
                  type="button"
                  className="chip"
                  aria-label={t('search.removeFilter', { value: labelOf(facet, filter[facet]!) })}
                  onClick={() => setFilter({ [facet]: undefined })}
                >
                  <span className="chip-facet">{t(`facet.${facet}` as MessageKey)}</span>
                  {labelOf(facet, filter[facet]!)}
                  <span aria-hidden="true"> ×</span>
                </button>
              </li>
            ))}
            {hasDates ? (
              <li>
                <button
                  type="button"
                  className="chip"
                  onClick={() => setFilter({ from: undefined, to: undefined })}
                  aria-label={t('search.removeFilter', { value: t('search.dates') })}
                >
                  <span className="chip-facet">{t('search.dates')}</span>
                  {filter.from ?? '…'} – {filter.to ?? '…'}
                  <span aria-hidden="true"> ×</span>
                </button>
              </li>
            ) : null}
            <li>
              <button type="button" className="link-button" onClick={clear}>
                {t('search.clearFilters')}
              </button>
            </li>
          </ul>
        ) : null}
        <div className="results-summary" aria-live="polite">
          {data ? (
            <>
              <strong>{t('search.results', { total: data.total })}</strong>{' '}
              <span className="muted">{t('search.tookMs', { ms: Math.round(data.tookMs) })}</span>
            </>
          ) : null}
        </div>
        {result.isPending ? <Loading /> : null}
        {result.isError ? (
          <ErrorMessage error={result.error} onRetry={() => result.refetch()} />
        ) : null}
        {data && data.hits.length === 0 ? <p className="empty">{t('search.noResults')}</p> : null}
        {data && data.hits.length > 0 ? (
          <ol
            className={`hits ${result.isPlaceholderData ? 'is-stale' : ''}`}
            aria-label={t('search.resultsLabel')}
            aria-busy={result.isFetching}
          >
            {data.hits.map((hit) => (
              <SearchHitItem
                key={hit.storeId}
                hit={hit}
                languageName={hit.lang ? labelOf('lang', hit.lang) : ''}
              />
            ))}
          </ol>
        ) : null}
        {data && pages > 1 ? (
          <nav className="pager" aria-label={t('search.resultsLabel')}>
            <button type="button" disabled={page <= 1} onClick={() => setPage(page - 1)}>
              {t('search.previous')}
            </button>
            <span>
              {t('search.page', { page: formatNumber(page), pages: formatNumber(pages) })}
            </span>
            <button type="button" disabled={page >= pages} onClick={() => setPage(page + 1)}>
              {t('search.next')}
            </button>
          </nav>
        ) : null}
      </section>
    </div>
  )
}

/** The publication-date filter: from and to, each a day. */
function DateRange({
  filter,
  onChange,
}: {
  filter: UiFilter
  onChange: (patch: Pick<UiFilter, 'from' | 'to'>) => void
}) {
  const { t } = useI18n()
  const fromId = useId()
  const toId = useId()
  return (
    <fieldset className="facet date-range">
      <legend>{t('search.dates')}</legend>
      <label htmlFor={fromId}>{t('search.from')}</label>
      <input
        id={fromId}
        type="date"
        value={filter.from ?? ''}
        onChange={(event) => onChange({ from: event.target.value || undefined })}
      />
      <label htmlFor={toId}>{t('search.to')}</label>
      <input
        id={toId}
        type="date"
        value={filter.to ?? ''}
        onChange={(event) => onChange({ to: event.target.value || undefined })}
      />
    </fieldset>
  )
}
