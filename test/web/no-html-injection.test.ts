import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, test } from 'vitest'

const WEB_SRC = fileURLToPath(new URL('../../web/src', import.meta.url))
// Every way a string becomes markup in a React app or the DOM. Article text and titles are untrusted: the UI
// renders them as text nodes only (through <Highlighted>), so none of these may appear in the web sources.
const HTML_SINKS = [
  /dangerouslySetInnerHTML/u,
  /\.innerHTML\b/u,
  /\.outerHTML\b/u,
  /insertAdjacentHTML/u,
  /document\.write/u,
  /createContextualFragment/u,
  /\bDOMParser\b/u,
  /\beval\s*\(/u,
  /new Function\s*\(/u,
]

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return /\.(tsx?|jsx?)$/u.test(entry.name) ? [path] : []
  })
}

describe('web sources never turn strings into HTML', () => {
  const files = sourceFiles(WEB_SRC)

  test('there are sources to check', () => {
    expect(files.length).toBeGreaterThan(10)
  })

  test.each(HTML_SINKS.map((sink) => [sink.source, sink] as const))('no %s', (_name, sink) => {
    const offenders = files
      .filter((file) => sink.test(readFileSync(file, 'utf8')))
      .map((file) => relative(WEB_SRC, file))
    expect(offenders).toEqual([])
  })
})
