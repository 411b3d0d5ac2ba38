import { parseArgs } from 'node:util'
import type { ClaimsResult } from '../../contracts/link.ts'
import { listClaims } from '../../link/list-claims.ts'
import { CliError } from '../cli-error.ts'
import { analyzeInputs, INPUT_OPTIONS, writeOutput } from './link.ts'

const HELP = `Usage: narrascope claims <file|dir|url|feed|jsonl|->... [options]

Lists check-worthy claims (sentences stating figures or dates, causes, or attributed information) across the
inputs, grouped when several documents carry the same claim in any language, with the sourcing of each occurrence.

Options:
  --json                    print the claim groups as JSON
  --min-documents N         only claims carried by at least N documents (default 1)
  --out PATH                write to PATH instead of standard output
  --allow-private-network   let URLs reach loopback, private and link-local addresses
  --max-bytes N             refuse inputs larger than N bytes (default 50000000)
  --timeout-ms N            HTTP timeout per URL (default 15000)
  -h, --help                this help

Exit code: 0 when every input was read, 1 when some failed (each failure is named on stderr), 2 on bad usage.`

/** `narrascope claims`: check-worthy claims across the inputs, grouped across documents and languages. */
export const claimsCommand = {
  summary: 'list check-worthy claims, grouped across documents and languages',
  async run(argv: string[]): Promise<number> {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { ...INPUT_OPTIONS, 'min-documents': { type: 'string', default: '1' } },
    })
    if (values.help) {
      process.stdout.write(`${HELP}\n`)
      return 0
    }
    if (positionals.length === 0) throw new CliError(`no input given\n\n${HELP}`)
    const minDocuments = Number(values['min-documents'])
    if (!Number.isInteger(minDocuments) || minDocuments < 1)
      throw new CliError(
        `--min-documents must be a positive whole number, not "${values['min-documents']}"`,
      )
    const { documents, failures } = await analyzeInputs(positionals, values)
    const claims = listClaims(documents).claims.filter(
      (claim) => claim.documents.length >= minDocuments,
    )
    const result: ClaimsResult = { claims }
    const text = values.json ? `${JSON.stringify(result, null, 2)}\n` : describeClaims(result)
    await writeOutput(text, values.out)
    return failures > 0 ? 1 : 0
  },
}

function describeClaims(result: ClaimsResult): string {
  const lines = [`${result.claims.length} claims`]
  for (const claim of result.claims) {
    lines.push(
      '',
      `[${claim.documents.length} document(s), ${claim.languages.join(', ')}] ${claim.text}`,
      `  anchors: ${claim.anchors.join(', ')}`,
    )
    for (const occurrence of claim.occurrences) {
      const sources = occurrence.sourcing
        .map((source) => `${source.kind}: ${source.canonical ?? source.text}`)
        .join('; ')
      lines.push(
        `  - ${occurrence.document} (${occurrence.lang ?? '??'}, ${occurrence.reasons.join('+')})${sources ? ` sourced to ${sources}` : ''}`,
      )
    }
  }
  return `${lines.join('\n')}\n`
}
