/**
 * The value kept for `key` in `cache`, or, on first sight, `compute(key)`, kept. A cache holding `limit` entries
 * is emptied before it takes another: news vocabulary repeats, so a memo pays for itself, and the bound keeps a
 * long-running process (a worker, the server) from growing without end.
 * @example
 * const cache = new Map<string, string>()
 * memoBounded(cache, 'Tokaïev', 50_000, foldText) // 'tokaiev', computed and kept
 */
export function memoBounded<K, V>(
  cache: Map<K, V>,
  key: K,
  limit: number,
  compute: (key: K) => V,
): V {
  const known = cache.get(key)
  if (known !== undefined) return known
  const value = compute(key)
  if (cache.size >= limit) cache.clear()
  cache.set(key, value)
  return value
}
