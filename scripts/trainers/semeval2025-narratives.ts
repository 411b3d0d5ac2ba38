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

## What we tried

Issue #11 asks every language for the baseline + 0.05 samples-F1 on narratives; Portuguese stands at +0.029
(ungated 0.593 against 0.564). Figures are out-of-fold samples-F1, narratives/sub-narratives, on the folds of
docs/models/semeval2025-cv.md, ungated.

- Platt scaling now backtracks when a Newton step would raise the loss. Without it, "Russia is the Victim" and
  "Overpraising the West" ran away in the first cross-validation model (slopes 1.3e9 and 1.1e9: certain for
  every document above one score), "Russia is the Victim" by its outputs also in the fourth, and a feature
  change (the title counted twice) made "Speculating war outcomes" certain for all 213 documents of a fold (all
  languages 0.480/0.335). The shipped model had no such fit (retrained, one calibration moves in its sixth
  digit). With the fix: BG 0.511/0.291 (before 0.511/0.291), EN 0.591/0.483 (0.591/0.482), HI 0.436/0.298
  (0.446/0.303), PT 0.593/0.371 (0.595/0.372), RU 0.595/0.397 (0.602/0.402): the runaway maps happened to call
  a few Hindi and Portuguese documents right, and kept "Russia is the Victim" off Russian ones.
- With the fix: the title line counted twice, PT 0.591/0.370, HI 0.419/0.279, EN 0.600/0.492; punctuation
  marks as features (opinion pieces ask and exclaim), PT 0.592/0.369, HI 0.434/0.296.

Measured before the fix, on the same folds (ours then: BG 0.511/0.291, EN 0.591/0.482, HI 0.446/0.303, PT
0.595/0.372, RU 0.602/0.402):

- Averaging our probabilities with the baseline's (Platt-calibrated on the other folds), weight 0.2: PT
  0.599/0.376, HI 0.476/0.331, RU 0.579/0.400; weights 0.3–0.5 no better for PT.
- A nearest-neighbour vote (cosine over our tf-idf vectors, k = 10) mixed at 0.4: PT 0.605/0.395, RU
  0.565/0.384, HI 0.446/0.308; the same vote calibrated per label: PT at most 0.599; neighbours in the space of
  our probabilities: PT at most 0.598. k = 20 no better.
- A second logistic stage per narrative over all narratives' log-odds and the language: every language lower
  (PT 0.571–0.587). "Other" allowed beside narratives in the expected-F1 count: PT 0.596, HI 0.452.
- Language copies of words (each word also hashed with its document's language): PT 0.595/0.371, EN
  0.603/0.497, BG 0.516/0.291, RU 0.600/0.410, HI 0.446/0.307. Portuguese stems folded to plain letters, with
  its spellings of Ukraine, Russia, NATO and the EU mapped to the other languages' stems: PT 0.593/0.370.
- Another training seed (7 instead of 2025) alone moves PT to 0.586/0.364, EN to 0.582/0.469, HI to
  0.437/0.287: differences of 0.01 between variants are within the seed's noise. The two seeds' probabilities
  averaged: PT 0.593/0.378.

Where Portuguese loses: 14 of its 16 "Other" documents (neutral reports: a hot July, a drought, F-16
deliveries) get narratives, and "Russia is the Victim" (37 documents, AUC 0.69 within Portuguese) and "Praise of
Russia" take most false positives.
`,
)
console.log(
  `semeval2025-narratives: ${model.labels.length} labels, ${documents.length} documents, ${megabytes.toFixed(2)} MB in ${Math.round((Date.now() - started) / 1000)} s`,
)
