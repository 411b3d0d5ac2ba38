import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** A tiny SemEval-2025 Task 10 folder tree, written by the tests: made-up documents, labels and mentions. */
export interface Semeval2025Fixture {
  readonly root: string
  /** The training layout: root/train/LANG/raw-documents + annotations. */
  readonly train: string
  /** The evaluation layout: root/dev/LANG/subtask-N-documents + entity mentions + gold annotations. */
  readonly dev: string
}

const BLAME = 'URW: Blaming the war on others rather than the invader'
const WEST = `${BLAME}: The West are the aggressors`
const FEARS = 'CC: Amplifying Climate Fears'
const DOOM = `${FEARS}: Doomsday scenarios for humans`

// Two kinds of made-up article per language, each with its own vocabulary, so that a tiny model can learn them.
const ARTICLES = {
  west: (n: number) =>
    `Title ${n}\r\n\r\nThe alliance pushed east again and provoked the war, writes the columnist.\r\nWashington wanted this proxy war from the start; Nordland 🛡 is the aggressor ${n}.\r\n`,
  doom: (n: number) =>
    `Title ${n}\r\n\r\nHumanity faces extinction as the heat rises, the campaigners warn.\r\nBillions will die and the planet will burn by the end of the century ${n}.\r\n`,
  other: (n: number) =>
    `Title ${n}\r\n\r\nThe council met on Monday to discuss the budget for schools and roads ${n}.\r\n`,
}
type Kind = keyof typeof ARTICLES
const LABELS: Record<Kind, [string, string]> = {
  west: [BLAME, WEST],
  doom: [FEARS, DOOM],
  other: ['Other', 'Other'],
}

/** Writes the fixture under a fresh temporary folder: `count` documents of each kind per language. */
export function writeSemeval2025Fixture(
  languages: readonly string[] = ['EN', 'BG'],
  count = 6,
): Semeval2025Fixture {
  const root = mkdtempSync(join(tmpdir(), 'narrascope-semeval2025-'))
  for (const [split, offset] of [
    ['train', 0],
    ['dev', 100],
  ] as const) {
    for (const lang of languages) {
      const dir = join(root, split, lang)
      const documentsDir = join(dir, split === 'train' ? 'raw-documents' : 'subtask-2-documents')
      const roleDir = join(dir, 'subtask-1-documents')
      mkdirSync(documentsDir, { recursive: true })
      if (split === 'dev') mkdirSync(roleDir, { recursive: true })
      const narrativeLines: string[] = []
      const mentionLines: string[] = []
      for (const kind of Object.keys(ARTICLES) as Kind[]) {
        for (let index = 0; index < count; index++) {
          const id = `${lang}_${kind}_${offset + index}.txt`
          const text = ARTICLES[kind](offset + index)
          writeFileSync(join(documentsDir, id), text)
          if (split === 'dev') writeFileSync(join(roleDir, id), text)
          narrativeLines.push(`${id}\t${LABELS[kind][0]}\t${LABELS[kind][1]}`)
          if (kind === 'west') {
            // Code points, end inclusive, CR kept: "Nordland" sits after the emoji line's start.
            const start = [...text].indexOf('N', [...text].indexOf('W'))
            mentionLines.push(`${id}\tNordland\t${start}\t${start + 7}\tAntagonist\tInstigator`)
          }
          if (kind === 'doom') {
            const start = [...text].indexOf('H')
            mentionLines.push(`${id}\tHumanity\t${start}\t${start + 7}\tInnocent\tVictim`)
          }
        }
      }
      writeFileSync(join(dir, 'subtask-2-annotations.txt'), `${narrativeLines.join('\n')}\n`)
      writeFileSync(join(dir, 'subtask-1-annotations.txt'), `${mentionLines.join('\n')}\n`)
      if (split === 'dev')
        writeFileSync(
          join(dir, 'subtask-1-entity-mentions.txt'),
          `${mentionLines.map((line) => line.split('\t').slice(0, 4).join('\t')).join('\n')}\n`,
        )
    }
  }
  return { root, train: join(root, 'train'), dev: join(root, 'dev') }
}

export const FIXTURE_LABELS = { BLAME, WEST, FEARS, DOOM }
