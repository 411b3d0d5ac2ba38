import { stat } from 'node:fs/promises'
import { decodeBytes } from './decode-bytes.ts'
import { formatFromPath, SUPPORTED_EXTENSIONS, sniffFormat } from './detect-format.ts'
import { extractArticles } from './extract-articles.ts'
import { fetchUrl } from './fetch-url.ts'
import { fsInputError } from './fs-input-error.ts'
import { InputError } from './input-error.ts'
import { failureResult, type InputResult } from './input-result.ts'
import { readFileBytes } from './read-file-bytes.ts'
import { type ReadOptions, ReadOptionsSchema, type ResolvedReadOptions } from './read-options.ts'
import { readStreamBytes } from './read-stream-bytes.ts'
import { sniffCharset } from './sniff-charset.ts'
import { walkDirectory } from './walk-directory.ts'

export type { InputResult } from './input-result.ts'
export type { ReadOptions } from './read-options.ts'

const STDIN_ARGUMENT = '-'
const STDIN_INPUT = '<stdin>'
const HTTP_URL = /^https?:\/\//i
// "ftp://x", "file:///x": URL-like arguments that are not paths; drive letters ("C:\") are paths.
const OTHER_URL_SCHEME = /^[a-z][a-z0-9+.-]+:\/\//i

/**
 * Reads articles from files, directories (recursively), http(s) URLs and "-" (stdin), yielding one
 * result per article or per failure. It never throws for a bad input: each failure names the input
 * (`file.jsonl:12`, `feed.xml[3]`) and the reason, and the remaining inputs are still read.
 * Invalid options (a negative maxBytes) throw a ZodError on the first `next()`.
 * @example
 * for await (const result of readInputs(['articles/', 'https://example.org/feed.xml'], {})) {
 *   if (result.ok) analyse(result.article)
 *   else console.error(`${result.input}: ${result.message}`)
 * }
 */
export async function* readInputs(
  inputs: string[],
  options: ReadOptions = {},
): AsyncGenerator<InputResult> {
  const resolved = ReadOptionsSchema.parse(options)
  for (const input of inputs) {
    if (input === STDIN_ARGUMENT) yield* readStdin(options.stdin ?? process.stdin, resolved)
    else if (HTTP_URL.test(input)) yield* readUrl(input, resolved)
    else if (OTHER_URL_SCHEME.test(input)) {
      yield failureResult(
        input,
        new InputError('invalid_url', 'only http and https URLs are supported'),
      )
    } else yield* readPath(input, resolved)
  }
}

async function* readPath(path: string, options: ResolvedReadOptions): AsyncGenerator<InputResult> {
  let isDirectory: boolean
  try {
    isDirectory = (await stat(path)).isDirectory()
  } catch (error) {
    yield failureResult(path, fsInputError(error))
    return
  }
  if (isDirectory) yield* readDirectory(path, options)
  else yield* readFile(path, options)
}

async function* readDirectory(
  directory: string,
  options: ResolvedReadOptions,
): AsyncGenerator<InputResult> {
  let fileCount = 0
  for await (const entry of walkDirectory(directory)) {
    if (entry.error !== undefined) {
      yield failureResult(entry.path, entry.error)
      continue
    }
    fileCount += 1
    yield* readFile(entry.path, options)
  }
  if (fileCount === 0) {
    const extensions = SUPPORTED_EXTENSIONS.join(' ')
    yield failureResult(
      directory,
      new InputError(
        'empty_directory',
        `no readable files in the directory (looked for ${extensions})`,
      ),
    )
  }
}

async function* readFile(path: string, options: ResolvedReadOptions): AsyncGenerator<InputResult> {
  try {
    const bytes = await readFileBytes(path, options.maxBytes)
    const format = formatFromPath(path)
    // Only markup declares its own charset; text, Markdown and JSON files must be UTF-8.
    const isMarkup = format === undefined || format === 'html' || format === 'feed'
    const text = decodeBytes(bytes, { charset: isMarkup ? sniffCharset(bytes) : null })
    yield* extractArticles({ input: path, text, format: format ?? sniffFormat(text) })
  } catch (error) {
    yield failureResult(path, error)
  }
}

async function* readUrl(url: string, options: ResolvedReadOptions): AsyncGenerator<InputResult> {
  try {
    const fetched = await fetchUrl(url, options)
    yield* extractArticles({
      input: url,
      text: fetched.text,
      format: fetched.format,
      url: fetched.url,
    })
  } catch (error) {
    yield failureResult(url, error)
  }
}

async function* readStdin(
  stdin: AsyncIterable<Uint8Array | string>,
  options: ResolvedReadOptions,
): AsyncGenerator<InputResult> {
  try {
    const bytes = await readStreamBytes(stdin, options.maxBytes)
    const text = decodeBytes(bytes, { charset: sniffCharset(bytes) })
    yield* extractArticles({ input: STDIN_INPUT, text, format: sniffFormat(text) })
  } catch (error) {
    yield failureResult(STDIN_INPUT, error)
  }
}
