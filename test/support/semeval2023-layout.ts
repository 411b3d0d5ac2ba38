import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

// A tiny SemEval-2023 Task 3 data set in the official layout, written by tests: the labels follow from cue words,
// so small models learn them; French files use CRLF and some paragraphs hold an emoji (two UTF-16 units, one code
// point) before the span, to exercise the offset conversion.

const WORDS = {
  en: {
    fear: 'a catastrophe and a disaster are coming',
    insult: 'the minister is an idiot and a clown',
    plain: 'the committee met on Tuesday to review the budget',
    economy: 'the economy and the budget and taxes',
    crime: 'the police arrested the criminal after the crime',
    opinion: 'I think we must say it clearly',
    reporting: 'officials said on Monday that the meeting took place',
    satire: 'in a shocking twist the potato was elected mayor',
  },
  fr: {
    fear: 'une catastrophe et un désastre arrivent',
    insult: 'le ministre est un idiot et un clown',
    plain: 'le comité s’est réuni mardi pour examiner le budget',
    economy: 'l’économie et le budget et les impôts',
    crime: 'la police a arrêté le criminel après le crime',
    opinion: 'je pense que nous devons le dire clairement',
    reporting: 'les responsables ont déclaré lundi que la réunion a eu lieu',
    satire: 'coup de théâtre la pomme de terre est élue maire',
  },
} as const

/** A language folder of the layout and the raw contents it was given. */
export interface LayoutArticle {
  readonly id: string
  readonly raw: string
  readonly genre: 'opinion' | 'reporting' | 'satire'
  readonly frames: readonly string[]
  /** Per line (1-based), the techniques of the line. */
  readonly techniques: ReadonlyMap<number, readonly string[]>
}

/** Writes `split` files for en and fr under `root` (en/ and fr/), `count` articles each; returns them. */
export function writeSemevalLayout(
  root: string,
  split: 'train' | 'dev',
  count: number,
  offset = 0,
): Record<'en' | 'fr', LayoutArticle[]> {
  const written = { en: [] as LayoutArticle[], fr: [] as LayoutArticle[] }
  for (const lang of ['en', 'fr'] as const) {
    const dir = join(root, lang)
    for (const subtask of [1, 2, 3])
      mkdirSync(join(dir, `${split}-articles-subtask-${subtask}`), { recursive: true })
    mkdirSync(join(dir, `${split}-labels-subtask-3-spans`), { recursive: true })
    const newline = lang === 'fr' ? '\r\n' : '\n'
    const words = WORDS[lang]
    const genres = [],
      frameRows = [],
      techniqueRows = [],
      templateRows = []
    for (let index = 0; index < count; index++) {
      const id = `${lang === 'en' ? 1 : 2}${String(offset + index).padStart(4, '0')}`
      const genre = (['opinion', 'reporting', 'satire'] as const)[index % 3]!
      const frames = [index % 2 === 0 ? 'Economic' : 'Crime_and_punishment']
      const lines = [
        `Title ${id}`,
        '',
        `${words[genre]}. ${index % 2 === 0 ? words.economy : words.crime}.`,
        '',
        index % 4 === 1 ? `😀 ${words.fear}.` : `${words.plain}.`,
        '',
        index % 3 === 2 ? `${words.plain}. ${words.insult}.` : `${words.plain}.`,
      ]
      const raw = lines.join(newline) + newline
      const techniques = new Map<number, string[]>([
        [1, []],
        [3, []],
        [5, []],
        [7, []],
      ])
      const spans: string[] = []
      const addSpan = (line: number, label: string, phrase: string) => {
        const lineStart = lines
          .slice(0, line - 1)
          .reduce((sum, text) => sum + [...text].length + [...newline].length, 0)
        const at = [...lines[line - 1]!].join('').indexOf(phrase)
        const start = lineStart + [...lines[line - 1]!.slice(0, at)].length
        spans.push(`${id}\t${label}\t${start}\t${start + [...phrase].length}`)
        techniques.set(line, [...(techniques.get(line) ?? []), label])
      }
      if (index % 4 === 1) addSpan(5, 'Appeal_to_Fear-Prejudice', words.fear)
      if (index % 3 === 2) addSpan(7, 'Name_Calling-Labeling', words.insult)
      for (const subtask of [1, 2, 3])
        writeFileSync(join(dir, `${split}-articles-subtask-${subtask}`, `article${id}.txt`), raw)
      writeFileSync(
        join(dir, `${split}-labels-subtask-3-spans`, `article${id}-labels-subtask-3.txt`),
        spans.map((row) => `${row}\n`).join(''),
      )
      genres.push(`${id}\t${genre}`)
      frameRows.push(`${id}\t${frames.join(',')}`)
      for (const [line, labels] of techniques) {
        techniqueRows.push(`${id}\t${line}\t${labels.join(',')}`)
        templateRows.push(`${id}\t${line}\t${lines[line - 1]}`)
      }
      written[lang].push({ id, raw, genre, frames, techniques })
    }
    writeFileSync(join(dir, `${split}-labels-subtask-1.txt`), `${genres.join('\n')}\n`)
    writeFileSync(join(dir, `${split}-labels-subtask-2.txt`), `${frameRows.join('\n')}\n`)
    writeFileSync(join(dir, `${split}-labels-subtask-3.txt`), `${techniqueRows.join('\n')}\n`)
    writeFileSync(join(dir, `${split}-labels-subtask-3.template`), `${templateRows.join('\n')}\n`)
  }
  return written
}
