import type { CardText } from './model-card.ts'
import type { SemevalTask } from './task-examples.ts'

// The settings named here are those of task-configs.ts; the figures are the cross-validations that chose them.

const FEATURES = (bits: number) =>
  [
    `- Features, hashed into 2^${bits} dimensions per block: word 1–2-grams (folded, words of two letters or more)`,
    '  and character 2–5-grams, tf-idf with sublinear tf and an idf stored in the artefact; each n-gram counted',
    '  once in a block shared by all languages and once in its language’s own copy; cue lexicons that we wrote per',
    '  language (src/lang/<code>/persuasion-cues.ts: fear, doubt, authority, intensifiers, “we”, urgency, …)',
    '  counted by family; surface style (questions, exclamations, quotation marks, numbers, words in capitals,',
    '  position and length). Blocks are weighted words 1, characters 1, cues 0.5, style 0.5.',
  ].join('\n')

const FIRST_STAGE = (epochs: number) =>
  `- First stage: one-vs-rest logistic regression (sigmoid loss, SGD, ${epochs} epochs, learning rate 0.2, L2 1e-4) with balanced class weights.`

const PACKING = [
  '- Shipped form: weights under 2 % of their label’s largest are pruned, the rest quantised to bytes and',
  '  delta-coded; the idf is stored in steps of 0.05.',
].join('\n')

/** The method, experiments and limits sections of each SemEval-2023 model card (markdown). */
export const SEMEVAL_CARD_TEXT: Readonly<Record<SemevalTask, CardText>> = {
  techniques: {
    method: [
      FEATURES(17),
      FIRST_STAGE(8),
      '- Learning from the spans: besides every paragraph with its labels, every sentence of the training',
      '  paragraphs is an example, labelled with the techniques whose annotated spans it overlaps, at weight 0.5.',
      '  At inference the same model scores the paragraph and each of its sentences; the sentence scoring highest',
      '  for a label is its evidence (`start`/`end`), with every sentence at logit ≥ 0 (at most three).',
      '- Second stage (stacking): a logistic regression without class weights over the first stage’s outputs for',
      '  every label (label co-occurrence), the best sentence’s logit per label, the mean and maximum over the',
      '  article’s paragraphs (article context), whether the paragraph is the title, its relative position, and',
      '  its language. It is fitted on out-of-fold first-stage scores, so its outputs are calibrated probabilities.',
      '  It is fitted ten times (SGD, 8 epochs, seeds 7–16, each a different example order) and the weights are',
      '  averaged: one linear layer, so scoring costs what one fit did.',
      '- Decision: one threshold per label, tuned for micro-F1 on out-of-fold second-stage probabilities.',
      PACKING,
    ].join('\n'),
    experiments: [
      '- Hashing at 2^18 instead of 2^17 dimensions per block: micro-F1 fr 0.377, en 0.358, de 0.398, it 0.474,',
      '  pl 0.317, ru 0.408 (2^17: 0.382, 0.359, 0.407, 0.477, 0.329, 0.405) for an artefact of about 11 MB',
      '  instead of 5.9 MB. 2^17 is shipped: no loss, and all our models must fit in 20 MB together.',
      '- The other choices (span-labelled sentences, the stacking stage, per-label thresholds rather than the',
      '  baseline’s single threshold, cue and style blocks, language copies) are those of the approach in issue',
      '  #10; each stays because the cross-validated micro-F1 above stands beside the baseline with it. Their',
      '  separate effects were measured in an earlier session whose figures were not kept: we do not restate them.',
      '- Issue #10, second and decision stages, measured on the out-of-fold first-stage scores of the 5-epoch model',
      '  (micro-F1 en / fr / de / it / pl / ru; one second-stage fit with seed 7, as shipped before: 0.359 / 0.382 /',
      '  0.407 / 0.477 / 0.329 / 0.405):',
      '  - The second stage’s seed alone moves the scores: seed 9 0.350 / 0.382 / 0.400 / 0.481 / 0.319 / 0.399,',
      '    seed 11 0.354 / 0.385 / 0.406 / 0.479 / 0.320 / 0.407. The mean of ten fits (seeds 7–16): 0.361 / 0.386 /',
      '    0.405 / 0.482 / 0.329 / 0.406, out-of-fold log loss 3.086 (seed 7: 3.101). Shipped; the figures below',
      '    are against it.',
      '  - Neighbour context, the larger of the previous and next paragraph’s first-stage probability per label:',
      '    0.358 / 0.384 / 0.402 / 0.482 / 0.325 / 0.408; both neighbours as separate blocks: 0.355 / 0.385 / 0.399 /',
      '    0.478 / 0.330 / 0.407. Dropped.',
      '  - Language × label: the paragraph’s logits copied into a block per language (138 more inputs), with five',
      '    averaged fits: 0.358 / 0.378 / 0.401 / 0.478 / 0.313 / 0.402 (five fits without it: 0.363 / 0.386 /',
      '    0.407 / 0.484 / 0.324 / 0.401). Dropped. A per-language intercept per label is already there: the',
      '    language one-hot has its own weight for every label.',
      '  - The mean sentence logit and the share of sentences at logit ≥ 0 per label (five fits): 0.359 / 0.384 /',
      '    0.410 / 0.485 / 0.325 / 0.406. Not kept: within the seed noise above.',
      '  - Decision: a shift of all thresholds per language, fitted out of fold (±0.15 in probability): 0.361 /',
      '    0.386 / 0.401 / 0.479 / 0.327 / 0.400; in logit (±1.5): 0.361 / 0.386 / 0.403 / 0.481 / 0.324 / 0.400.',
      '    Thresholds per (label, language) where the language has at least 20 positives: 0.362 / 0.381 / 0.398 /',
      '    0.477 / 0.315 / 0.401 (at least 80: 0.361 / 0.383 / 0.400 / 0.478 / 0.320 / 0.404; shrunk towards the',
      '    global threshold by n / (n + 100): 0.362 / 0.387 / 0.404 / 0.482 / 0.325 / 0.406). Dropped: the',
      '    per-language fits follow the noise of a few hundred positives.',
      '  - Second stage without seed averaging, other settings: 20 epochs at rate 0.05 0.359 / 0.386 / 0.400 /',
      '    0.480 / 0.322 / 0.408; L2 1e-3 0.360 / 0.385 / 0.407 / 0.477 / 0.320 / 0.401; a converged fit (Newton,',
      '    L2 10) 0.359 / 0.383 / 0.404 / 0.476 / 0.323 / 0.400; example weights balancing the languages 0.347 /',
      '    0.384 / 0.400 / 0.482 / 0.329 / 0.409 (ten fits). Dropped.',
      '  - First stage, with the ten-fit second stage: span-labelled sentences at weight 1 instead of 0.5: 0.362 /',
      '    0.386 / 0.398 / 0.484 / 0.328 / 0.407 (dropped); 8 epochs instead of 5: 0.367 / 0.392 / 0.404 / 0.484 /',
      '    0.326 / 0.410. Shipped: the table above is that model’s.',
    ].join('\n'),
    limits: [
      '- French and English micro-F1 in cross-validation (table above) are below the targets of issue #10 (0.45',
      '  and 0.38). Rare techniques are seldom found (see macro-F1); Loaded_Language, Name_Calling-Labeling, Doubt',
      '  and Questioning_the_Reputation dominate what is assigned, as they dominate the data.',
      '- Thresholds are tuned for F1, which favours recall: confidences of 0.2–0.3 are common and about one in four',
      '  of them is right (see Calibration). Read low-confidence labels as pointers, not findings.',
      '- The evidence sentence often misses the annotated span (see Evidence spans for how often), and the span',
      '  itself is a sentence, not the annotated phrase.',
      '- Word cues are the words of the evidence that weigh most towards the label; they explain the score, not',
      '  the technique, and can be topical words. Languages other than the six are not analysed.',
    ].join('\n'),
  },
  frames: {
    method: [
      FEATURES(17),
      FIRST_STAGE(8),
      '- The unit is the whole article (title and body); the evidence of a frame is the paragraphs that score',
      '  highest for it under the same model.',
      '- Second stage: a logistic regression (20 epochs, no class weights) over every frame’s first-stage logit',
      '  and the language, fitted on out-of-fold logits: frames that go together (security and politics) inform',
      '  each other, and its outputs are calibrated. Decision: one threshold per frame, tuned for micro-F1 on',
      '  out-of-fold second-stage probabilities.',
      PACKING,
    ].join('\n'),
    experiments: [
      '- Hashed dimensions per block, micro-F1 all languages / French (paragraphs then counted as one unit):',
      '  2^16 0.605 / 0.521 (2.0 MB), 2^17 0.602 / 0.531 (4.0 MB), 2^18 0.606 / 0.524 (7.7 MB). 2^17 is shipped:',
      '  genre and techniques use the same features.',
      '- Counting each paragraph as the sum of its sentences (as the technique model does, so that its counts',
      '  are reused and the article is scanned once for all three models) instead of as one unit: all',
      '  languages 0.602 → 0.603, French 0.531 → 0.537. Shipped.',
      '- Earlier experiments behind the stacking stage and per-label thresholds were not kept with figures; the',
      '  table above is the measure of what ships.',
    ].join('\n'),
    limits: [
      '- French micro-F1 0.537 in cross-validation, below the 0.66 of issue #10, and no better than the baseline',
      '  overall (0.603 vs 0.608): with about 1 000 articles, a linear model over n-grams is what both are.',
      '- Frames are assigned to the article, not to passages; the evidence paragraphs are where the model’s',
      '  score is highest, not annotated spans (the data has none for frames).',
    ].join('\n'),
  },
  genre: {
    method: [
      FEATURES(17),
      '- First stage: one-vs-rest logistic regression per genre (sigmoid loss, SGD, 8 epochs, balanced class',
      '  weights) over the whole article.',
      '- Confidence: a softmax logistic regression (20 epochs, no class weights) over the three first-stage',
      '  logits and the language, fitted on out-of-fold logits, gives the calibrated `scores`.',
      '- Decision: the genre with the highest first-stage score after per-genre offsets tuned for macro-F1 on',
      '  out-of-fold scores (satire is rare).',
      PACKING,
    ].join('\n'),
    experiments: [
      '- Hashed dimensions per block, macro-F1 all languages / French (paragraphs then counted as one unit):',
      '  2^16 0.571 / 0.510 (0.5 MB), 2^17 0.571 / 0.579 (1.1 MB), 2^18 0.559 / 0.586 (2.0 MB). 2^17 is shipped:',
      '  the same features as frames and techniques, and the best overall score with French close to the best.',
      '- Counting each paragraph as the sum of its sentences (the technique model’s counts, reused, so the',
      '  article is scanned once for all three models) instead of as one unit: all languages 0.571 → 0.572,',
      '  French 0.579 → 0.572, ECE 0.049 → 0.046. Shipped.',
      '- Earlier experiments behind the offsets and the stacked confidence were not kept with figures.',
    ].join('\n'),
    limits: [
      '- French macro-F1 0.572 in cross-validation, below the 0.65 of issue #10 and under the baseline (0.588).',
      '- Confidence is calibrated overall (ECE 0.046) but not for French alone (0.109: 129 articles).',
      '- Most training articles are opinion pieces: a plain wire report is sometimes read as opinion (our demo',
      '  corpus has one).',
    ].join('\n'),
  },
}
