import type { CardText } from './model-card.ts'
import type { SemevalTask } from './task-examples.ts'

/** The method, experiments and limits sections of each SemEval-2023 model card (markdown). */
export const SEMEVAL_CARD_TEXT: Readonly<Record<SemevalTask, CardText>> = {
  techniques: { method: 'TODO', experiments: 'TODO', limits: 'TODO' },
  frames: { method: 'TODO', experiments: 'TODO', limits: 'TODO' },
  genre: { method: 'TODO', experiments: 'TODO', limits: 'TODO' },
}
