import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { OTHER } from './narrative-labels.ts'
import { readSemeval2025 } from './read-semeval2025.ts'
import { SEMEVAL2025_LANGUAGES } from './shared-data.ts'
import type { LabelledDocument } from './train-narrative-model.ts'
import type { LabelledMention } from './train-role-model.ts'

/** Every labelled subtask-2 document of a training split (a folder of language folders), for the languages present. */
export function readTrainingDocuments(
  dir: string,
  languages: readonly string[] = SEMEVAL2025_LANGUAGES,
): LabelledDocument[] {
  return presentLanguages(dir, languages).flatMap((lang) => {
    const split = readSemeval2025(join(dir, lang), lang)
    return [...split.narrativeDocuments.values()].flatMap((document) => {
      const labels = split.narrativeLabels?.get(document.id)
      if (!labels) return []
      return [
        {
          ...document,
          labels: {
            narratives: labels.narratives.length > 0 ? labels.narratives : [OTHER],
            subNarratives: labels.subNarratives.length > 0 ? labels.subNarratives : [OTHER],
          },
        },
      ]
    })
  })
}

/** Every labelled subtask-1 mention of a training split, with its document's text. */
export function readTrainingMentions(
  dir: string,
  languages: readonly string[] = SEMEVAL2025_LANGUAGES,
): LabelledMention[] {
  return presentLanguages(dir, languages).flatMap((lang) => {
    const split = readSemeval2025(join(dir, lang), lang)
    return split.mentions.flatMap((mention) => {
      const document = split.roleDocuments.get(mention.doc)
      return document && mention.fine ? [{ mention, text: document.text, lang }] : []
    })
  })
}

function presentLanguages(dir: string, languages: readonly string[]): string[] {
  const present = languages.filter((lang) => existsSync(join(dir, lang)))
  if (present.length === 0)
    throw new Error(`${dir}: no language folder (${languages.join(', ')}) to train on`)
  return present
}
