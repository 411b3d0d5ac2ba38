import { statSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import {
  NARRATIVE_MODEL_PATH,
  packNarrativeModel,
} from '../../src/learn/semeval2025/narrative-model-file.ts'
import { readTrainingDocuments } from '../../src/learn/semeval2025/read-training-data.ts'
import { TRAIN_DIR } from '../../src/learn/semeval2025/shared-data.ts'
import {
  DEFAULT_NARRATIVE_TRAINING,
  trainNarrativeModel,
} from '../../src/learn/semeval2025/train-narrative-model.ts'

// Builds models/semeval2025-narratives.json from the SemEval-2025 Task 10 training split (research use only):
// one-vs-rest logistic regression over narratives and sub-narratives of all five languages, calibrated per label.
// Deterministic: fixed seeds, sorted labels, the same bytes on every run.
const CARD = fileURLToPath(new URL('../../models/semeval2025-narratives.card.md', import.meta.url))

const started = Date.now()
const documents = readTrainingDocuments(TRAIN_DIR)
const model = trainNarrativeModel(documents, DEFAULT_NARRATIVE_TRAINING)
writeFileSync(NARRATIVE_MODEL_PATH, `${JSON.stringify(packNarrativeModel(model))}\n`)
const megabytes = statSync(NARRATIVE_MODEL_PATH).size / 1e6
const byLanguage = [...new Set(documents.map((document) => document.lang))].map(
  (lang) => `${lang} ${documents.filter((document) => document.lang === lang).length}`,
)
const options = DEFAULT_NARRATIVE_TRAINING
const balancedLevels =
  [
    ...(options.balanced.narratives ? ['narratives and "Other"'] : []),
    ...(options.balanced.subNarratives ? ['sub-narratives'] : []),
  ].join(' and ') || 'no labels'
const charOrders = options.features.charOrders
  ? `character ${options.features.charOrders.join('–')}-grams within each word (padded by a space)`
  : 'no character n-grams'
writeFileSync(
  CARD,
  `# Model card: SemEval-2025 narratives (models/semeval2025-narratives.json)

What it does: scores every narrative and sub-narrative of the SemEval-2025 Task 10 taxonomy (Ukraine war, climate
change) on a whole document, as calibrated probabilities, for the \`narratives\` component and
\`narrascope eval semeval2025 --subtask 2\`. Labels are chosen by maximising expected samples-F1: "Other" when it
is the most probable narrative, else as many of the most probable narratives of the first one's domain (climate
or the war) as maximise the exact expected F1 (labels taken as independent), then, for each chosen narrative,
among its sub-narratives; a chosen narrative with no chosen sub-narrative gets "<narrative>: Other".

- Data: SemEval-2025 Task 10 training split, subtask 2 (${documents.length} documents: ${byLanguage.join(', ')}),
  from ../shared/data/semeval2025-task10/train. Terms: research use only, as distributed by the organisers. No text
  of the data is shipped: only hashed-feature weights, idf values and calibration parameters.
- Features: lower-cased words and adjacent word pairs, the first ${options.features.stemLength} letters of each
  word transliterated to Latin (Cyrillic, Devanagari), so that names and loanwords are shared across languages,
  and ${charOrders};
  hashed into ${options.features.dims} dimensions, tf-idf with sublinear tf, unit length; plus one bias feature per
  training language.
- Model: ${model.labels.length} labels, one-vs-rest logistic regression (AdaGrad, ${options.epochs} epochs, L2
  ${options.l2}; class weights balanced for ${balancedLevels}, none for the others, the two groups trained
  apart), Platt scaling per label fitted on ${options.calibrationFolds}-fold
  out-of-fold scores (labels with fewer than 10 training documents share one scaling fitted on all labels);
  "Other" is calibrated again per language on the same scores where a language has 10 "Other" documents
  (${Object.keys(model.otherCalibrationByLanguage).join(', ') || 'none'}): how often a document is "Other", and how well the
  score finds it, differ by language.
  Weights quantised to one byte per weight (weights under 2 % of a label's largest zeroed); the rows of the
  language markers are kept exact.
- Languages: trained on ${model.languages.join(', ')}; the component applies it only to those and relies on the
  catalogue's cues elsewhere.
- Size: ${megabytes.toFixed(2)} MB.
- Quality: cross-validated samples-F1 per language, beside the standard baseline, in docs/models/semeval2025-cv.md
  (\`node --import tsx scripts/semeval2025-cv.ts\`).
- Limits: a bag of words cannot tell an article that carries a narrative from one that reports it; short texts
  and languages outside the training five get unreliable scores; the taxonomy covers two topics only.
`,
)
console.log(
  `semeval2025-narratives: ${model.labels.length} labels, ${documents.length} documents, ${megabytes.toFixed(2)} MB in ${Math.round((Date.now() - started) / 1000)} s`,
)
