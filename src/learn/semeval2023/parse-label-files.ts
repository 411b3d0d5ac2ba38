// Parsers for the tab-separated label files of SemEval-2023 Task 3 (see ../shared/data/README.md).

/** One row of `*-labels-subtask-3.txt`: an article's line and its techniques (none when empty). */
export interface ParagraphLabels {
  readonly id: string
  readonly line: number
  readonly labels: readonly string[]
}

/** One row of a span file: a technique and its code-point offsets into the raw article file. */
export interface RawTechniqueSpan {
  readonly id: string
  readonly label: string
  readonly start: number
  readonly end: number
}

/** `id<TAB>label` rows (subtask 1) as a map from article id to genre. */
export function parseGenreLabels(content: string): Map<string, string> {
  const labels = new Map<string, string>()
  for (const fields of rows(content)) {
    const [id, label] = fields
    if (id && label) labels.set(id, label.trim())
  }
  return labels
}

/** `id<TAB>Frame1,Frame2` rows (subtask 2) as a map from article id to frames. */
export function parseFrameLabels(content: string): Map<string, string[]> {
  const labels = new Map<string, string[]>()
  for (const [id, list = ''] of rows(content)) if (id) labels.set(id, splitList(list))
  return labels
}

/** `id<TAB>line<TAB>Tech1,Tech2` rows (subtask 3); also reads the `.template` (`id<TAB>line<TAB>text`). */
export function parseParagraphRows(content: string, hasLabels: boolean): ParagraphLabels[] {
  const parsed: ParagraphLabels[] = []
  for (const [id, line, list = ''] of rows(content)) {
    const number = Number(line)
    if (!id || !Number.isInteger(number)) continue
    parsed.push({ id, line: number, labels: hasLabels ? splitList(list) : [] })
  }
  return parsed
}

/** `id<TAB>technique<TAB>start<TAB>end` rows of one article's span file. */
export function parseSpanFile(content: string): RawTechniqueSpan[] {
  const spans: RawTechniqueSpan[] = []
  for (const [id, label, start, end] of rows(content)) {
    const from = Number(start)
    const to = Number(end)
    if (!id || !label || !Number.isInteger(from) || !Number.isInteger(to) || to <= from) continue
    spans.push({ id, label: label.trim(), start: from, end: to })
  }
  return spans
}

function rows(content: string): string[][] {
  return content
    .split(/\r?\n/u)
    .filter((line) => line.trim().length > 0)
    .map((line) => line.split('\t'))
}

function splitList(list: string): string[] {
  return list
    .split(',')
    .map((label) => label.trim())
    .filter((label) => label.length > 0)
}
