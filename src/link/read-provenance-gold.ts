import { type ProvenanceRole, ProvenanceRoleSchema } from '../contracts/annotations.ts'

/** One credit a document is expected (or, with role `-`, not expected) to carry. */
export interface ExpectedCredit {
  readonly file: string
  /** `-` marks a document that credits no one. */
  readonly role: ProvenanceRole | '-'
  readonly name: string
  readonly outlet: string
  /** YYYY-MM-DD, or '' when the credit gives no date. */
  readonly date: string
}

const COLUMNS = 5
const ISO_DATE = /^\d{4}-\d{2}(?:-\d{2})?$/u

/**
 * Parses a provenance gold (`file<TAB>role<TAB>name<TAB>outlet<TAB>date`, `#` comments) and throws, with the line
 * number, on a row that does not fit: a wrong gold would silently skew every figure.
 * @example
 * readProvenanceGold('a.txt\tauthor\tAnna Lindner\t\t\n')[0]?.name // 'Anna Lindner'
 */
export function readProvenanceGold(text: string): ExpectedCredit[] {
  const credits: ExpectedCredit[] = []
  text.split('\n').forEach((line, index) => {
    if (line.startsWith('#') || line.trim() === '') return
    const cells = line.split('\t')
    const where = `provenance gold line ${index + 1}`
    if (cells.length !== COLUMNS) {
      throw new Error(`${where}: expected ${COLUMNS} tab-separated cells, found ${cells.length}.`)
    }
    const [file = '', role = '', name = '', outlet = '', date = ''] = cells.map((cell) =>
      cell.trim(),
    )
    const parsedRole = role === '-' ? '-' : ProvenanceRoleSchema.safeParse(role).data
    if (!file || !parsedRole) throw new Error(`${where}: unknown role "${role}" or empty file.`)
    if (date && !ISO_DATE.test(date)) throw new Error(`${where}: date "${date}" is not YYYY-MM-DD.`)
    credits.push({ file, role: parsedRole, name, outlet, date })
  })
  return credits
}
