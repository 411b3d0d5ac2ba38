import { statSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { readTrainingMentions } from '../../src/learn/semeval2025/read-training-data.ts'
import { packRoleModel, ROLE_MODEL_PATH } from '../../src/learn/semeval2025/role-model-file.ts'
import { TRAIN_DIR } from '../../src/learn/semeval2025/shared-data.ts'
import {
  DEFAULT_ROLE_TRAINING,
  trainRoleModel,
} from '../../src/learn/semeval2025/train-role-model.ts'

// Builds models/semeval2025-roles.json from the SemEval-2025 Task 10 training split (research use only): a softmax
// over the sets of fine roles an entity mention plays, from the words around the mention, all languages together.
// Deterministic: fixed seed, sorted classes, the same bytes on every run.
const CARD = fileURLToPath(new URL('../../models/semeval2025-roles.card.md', import.meta.url))

const started = Date.now()
const mentions = readTrainingMentions(TRAIN_DIR)
const model = trainRoleModel(mentions, DEFAULT_ROLE_TRAINING)
writeFileSync(ROLE_MODEL_PATH, `${JSON.stringify(packRoleModel(model))}\n`)
const megabytes = statSync(ROLE_MODEL_PATH).size / 1e6
const byLanguage = [...new Set(mentions.map((mention) => mention.lang))].map(
  (lang) => `${lang} ${mentions.filter((mention) => mention.lang === lang).length}`,
)
const options = DEFAULT_ROLE_TRAINING
writeFileSync(
  CARD,
  `# Model card: SemEval-2025 entity roles (models/semeval2025-roles.json)

What it does: given an entity mention and its document, predicts the role the document gives the entity:
protagonist, antagonist or innocent, with its fine roles (Guardian, Instigator, Victim, …) of SemEval-2025 Task 10
subtask 1. Used by the \`roles\` component and \`narrascope eval semeval2025 --subtask 1\`.

- Data: SemEval-2025 Task 10 training split, subtask 1 (${mentions.length} mentions: ${byLanguage.join(', ')}), from
  ../shared/data/semeval2025-task10/train. Terms: research use only, as distributed by the organisers. No text of
  the data is shipped, only hashed-feature weights.
- Features: the mention's words and their transliterated ${options.features.stemLength}-letter stems, the
  ${options.features.window} words on each side within its sentence (nearer words weigh more), the rest of the
  sentence as stems, and the language; hashed into ${options.features.dims} dimensions, unit length.
- Model: softmax over ${model.classes.length} classes, each a set of fine roles seen at least
  ${options.minClassCount} times (rarer sets count as their first role), since the task's exact-match ratio
  rewards the whole set; AdaGrad, ${options.epochs} epochs, L2 ${options.l2}. Weights quantised to one byte.
- Languages: trained on ${model.languages.join(', ')}.
- Size: ${megabytes.toFixed(2)} MB.
- Quality: cross-validated exact-match ratio per language, beside the majority-role baseline, in
  docs/models/semeval2025-cv.md.
- Limits: reads one sentence around each mention, not the whole story; the same entity may get different roles in
  different sentences (the component averages its mentions' class probabilities); annotators chose the training
  mentions as central to the story, while the component applies the model to the most mentioned persons,
  organisations and places, central or not.
`,
)
console.log(
  `semeval2025-roles: ${model.classes.length} classes, ${mentions.length} mentions, ${megabytes.toFixed(2)} MB in ${Math.round((Date.now() - started) / 1000)} s`,
)
