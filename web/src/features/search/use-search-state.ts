import { useCallback, useMemo } from 'react'
import { fromSearchParams, toQueryString, type UiFilter } from '../../api/filter-params.ts'
import { useRouter } from '../../router/use-router.ts'

/** Hits per page of results. */
export const PAGE_SIZE = 10

/** The search as the URL states it (so it can be bookmarked and shared), and how to change it. */
export function useSearchState() {
  const { search, navigate } = useRouter()
  const filter = useMemo(() => fromSearchParams(search), [search])
  const page = Math.max(1, Number.parseInt(search.get('page') ?? '1', 10) || 1)
  const go = useCallback(
    (next: UiFilter, nextPage: number, replace: boolean) =>
      navigate(`/search${toQueryString(next, { page: nextPage > 1 ? nextPage : undefined })}`, {
        replace,
      }),
    [navigate],
  )
  /** Narrows or widens the search; back to the first page. `replace` while typing, so Back skips keystrokes. */
  const setFilter = useCallback(
    (patch: UiFilter, options: { replace?: boolean } = {}) =>
      go({ ...filter, ...patch }, 1, options.replace ?? false),
    [filter, go],
  )
  const setPage = useCallback((next: number) => go(filter, next, false), [filter, go])
  return {
    filter,
    page,
    setFilter,
    setPage,
    clear: () => go({ text: filter.text ?? '' }, 1, false),
  }
}
