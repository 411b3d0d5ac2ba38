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

Measured for issue #11 with the Platt fix, on the same folds (ours: BG 0.511/0.291, EN 0.591/0.483, HI
0.436/0.298, PT 0.593/0.371, RU 0.595/0.397; bars: PT 0.614, RU 0.593, HI 0.433, BG 0.438, EN 0.58/0.42). None
reaches 0.614 for Portuguese; none was kept.

- Each narrative calibrated again per language, as "Other" is: a logistic map of the label-calibrated log-odds
  fitted on the language's out-of-fold documents, for labels with at least 5, 10 or 20 positives in the language
  (kept only where it lowers that language's log loss, or always): PT 0.597–0.598, 0.594–0.595, 0.591, but HI
  0.386–0.392 and RU 0.576–0.588. The intercept alone (a per-language prior shift), at least 5 positives: BG
  0.520/0.296, EN 0.593/0.482, HI 0.454/0.307, PT 0.598/0.373, RU 0.584/0.389 (below its bar); 10 positives PT
  0.598, HI 0.434; 20 positives PT 0.593; every narrative, with no minimum: PT 0.598; sub-narratives too: PT
  0.598/0.380, RU 0.584/0.386. One map per language pooled over all narratives: PT 0.593 (intercept alone 0.594).
- Class weights for the narrative group, square roots of balanced: BG 0.514/0.295, EN 0.589/0.482, HI
  0.438/0.299, PT 0.584/0.365, RU 0.598/0.397; with the per-language intercepts above, PT 0.598.
- The label hierarchy: a narrative's probability mixed with the noisy-or (or the max) of its sub-narratives'
  probabilities, weight 0.2, 0.35, 0.5: PT 0.591, 0.590, 0.573 (max: 0.592, 0.593, 0.581), RU 0.569–0.578, EN at
  best 0.597/0.489 (noisy-or 0.2).
- "Other" chosen whenever its probability beats the exact expected F1 of the best narrative set (Other counted as
  a gold label that can only be missed): PT 0.591, HI 0.454/0.316, EN 0.589; with the narratives conditioned on
  not-"Other": PT 0.591, EN 0.581; "Other" scaled by 0.8 or 1.2 first: PT 0.593 or 0.591.
- A per-language penalty per chosen narrative (expected F1 − λ·k), λ chosen per language on the inner folds
  among 0–0.08: Portuguese picks 0 in all five folds (0.593), BG 0.525, RU 0.588; λ forced for every language,
  0.02, 0.05, 0.1: PT 0.585, 0.564, 0.524. Portuguese predicts 2.54 narratives a document against 2.09 gold, but
  fewer is worse: its loss is in the ranking, not the count.
- 2^16 hashing dimensions were not measured to the end: at one byte per weight they add about 3.7 MB, and the
  shipped models already take 18.3 MB of the 20 MB allowed.
- Checked on training seed 7 (ours there: BG 0.514/0.288, EN 0.584/0.471, HI 0.427/0.293, PT 0.587/0.364, RU
  0.591/0.419): per-language intercepts, at least 5 positives, PT 0.591/0.364 (+0.004, within the seed's noise),
  HI 0.473/0.329, BG 0.530/0.290, RU 0.591/0.416; per-language full maps PT 0.592, HI 0.429; hierarchy (max, 0.35)
  PT 0.584; the per-language penalty PT 0.587 (λ = 0 again in every fold). The per-language intercepts lift Hindi
  (+0.018 and +0.046) and Bulgarian (+0.009 and +0.016) on both seeds, but not Portuguese, and cost Russian 0.011
  on seed 2025 (0.584, under its bar).
- Portuguese documents weighed twice in training: BG 0.507/0.296, EN 0.592/0.480, HI 0.432/0.289, PT
  0.583/0.365, RU 0.585/0.389; with per-language intercepts PT 0.590/0.374.
`,
)
console.log(
  `semeval2025-narratives: ${model.labels.length} labels, ${documents.length} documents, ${megabytes.toFixed(2)} MB in ${Math.round((Date.now() - started) / 1000)} s`,
)
