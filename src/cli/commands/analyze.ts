import { createWriteStream } from 'node:fs'
import { parseArgs } from 'node:util'
import { analyzeArticle } from '../../analyze/analyze-article.ts'
import type { AnalyzedDocument } from '../../contracts/document.ts'
import { readInputs } from '../../ingest/read-input.ts'
import { renderHtml } from '../../report/render-html.ts'
import { renderMarkdown } from '../../report/render-markdown.ts'
import { CliError } from '../cli-error.ts'
import { Progress } from '../progress.ts'

const HELP = `Usage: narrascope analyze <file|dir|url|feed|jsonl|->... [options]

Analyses articles and prints one annotated document per input article.

Options:
  --format json|md|html     json: one JSON document per line (default); md: analyst report; html: one page
  --out PATH                write to PATH instead of standard output
  --allow-private-network   let URLs reach loopback, private and link-local addresses
  --max-bytes N             refuse inputs larger than N bytes (default 50000000)
  --timeout-ms N            HTTP timeout per URL (default 15000)
  -h, --help                this help

Exit code: 0 when every input was analysed, 1 when some failed (each failure is named on stderr), 2 on bad usage.`

const FORMATS = ['json', 'md', 'html'] as const
type Format = (typeof FORMATS)[number]

/** `narrascope analyze`: read inputs, run the pipeline, print JSONL, Markdown or HTML. */
export const analyzeCommand = {
  summary: 'analyse articles from files, folders, URLs, feeds or JSONL',
  async run(argv: string[]): Promise<number> {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'json' },
        out: { type: 'string' },
        'allow-private-network': { type: 'boolean', default: false },
        'max-bytes': { type: 'string' },
        'timeout-ms': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    })
    if (values.help) {
      process.stdout.write(`${HELP}\n`)
      return 0
    }
    const format = values.format as Format
    if (!FORMATS.includes(format))
      throw new CliError(`--format must be one of ${FORMATS.join(', ')}, not "${values.format}"`)
    if (positionals.length === 0) throw new CliError(`no input given\n\n${HELP}`)
    const output = values.out ? createWriteStream(values.out) : process.stdout
    const progress = new Progress()
    const collected: AnalyzedDocument[] = []
    let failures = 0
    const inputs = readInputs(positionals, {
      allowPrivateNetwork: values['allow-private-network'],
      ...(values['max-bytes']
        ? { maxBytes: positiveInteger(values['max-bytes'], '--max-bytes') }
        : {}),
      ...(values['timeout-ms']
        ? { fetchTimeoutMs: positiveInteger(values['timeout-ms'], '--timeout-ms') }
        : {}),
    })
    for await (const result of inputs) {
      if (!result.ok) {
        failures++
        process.stderr.write(`narrascope: ${result.input}: ${result.message}\n`)
        progress.tick(false, result.input)
        continue
      }
      const document = analyzeArticle(result.article)
      for (const issue of document.issues) {
        process.stderr.write(
          `narrascope: ${result.article.source.input}: ${issue.component}: ${issue.message}\n`,
        )
      }
      if (format === 'json') output.write(`${JSON.stringify(document)}\n`)
      else collected.push(document)
      progress.tick(true, result.article.source.input)
    }
    progress.finish()
    if (format === 'md') output.write(renderMarkdown(collected))
    if (format === 'html') output.write(renderHtml(collected))
    if (output !== process.stdout) await new Promise<void>((resolve) => output.end(resolve))
    return failures > 0 ? 1 : 0
  },
}

function positiveInteger(value: string, flag: string): number {
  const number = Number(value)
  if (!Number.isInteger(number) || number <= 0)
    throw new CliError(`${flag} must be a positive whole number, not "${value}"`)
  return number
}
