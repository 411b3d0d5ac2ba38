import { decideNarratives, type NarrativeDecision } from './decide-narratives.ts'
import { type NarrativeModel, narrativeProbabilities, narrativeVector } from './narrative-model.ts'
import type { RoleMention, Semeval2025Document } from './read-semeval2025.ts'
import { sentenceAround } from './role-features.ts'
import { guessRole, type RoleModel, roleVector } from './role-model.ts'
import type { RolePrediction } from './score-roles.ts'

/** Labels of one document by the shipped narrative model. */
export function predictNarratives(
  model: NarrativeModel,
  document: Semeval2025Document,
): NarrativeDecision {
  const vector = narrativeVector(model, document.text, document.lang)
  return decideNarratives(model.labels, narrativeProbabilities(model, vector, document.lang))
}

/** Roles of one mention by the shipped role model. */
export function predictRole(
  model: RoleModel,
  text: string,
  mention: RoleMention,
  lang: string,
): RolePrediction {
  const sentence = sentenceAround(text, mention.start, mention.end)
  const { role } = guessRole(model, roleVector(model, text, mention, sentence, lang))
  return { main: role.main, fine: role.fine }
}

/** Predictions in the official subtask-2 format: `doc<TAB>N1;N2<TAB>S1;S2`, one line a document. */
export function formatNarrativePredictions(
  predictions: ReadonlyMap<
    string,
    { narratives: readonly string[]; subNarratives: readonly string[] }
  >,
): string {
  return [...predictions]
    .map(
      ([id, labels]) =>
        `${id}\t${labels.narratives.join(';')}\t${labels.subNarratives.join(';')}\n`,
    )
    .join('')
}

/** Predictions in the official subtask-1 format: the mention's line followed by its main and fine roles. */
export function formatRolePredictions(
  mentions: readonly RoleMention[],
  predictions: readonly RolePrediction[],
): string {
  return mentions
    .map((mention, index) => {
      const prediction = predictions[index]!
      return `${[mention.doc, mention.text, mention.rawStart, mention.rawEnd, prediction.main, ...prediction.fine].join('\t')}\n`
    })
    .join('')
}
