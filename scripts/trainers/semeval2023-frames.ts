import { trainAndWrite } from './semeval2023-lib/train-and-write.ts'

// Builds models/frames.json and its card from ../shared/data/semeval2023-task3 (research-only data):
// framing dimensions per article, cross-validated beside the TF-IDF baseline. Deterministic.
trainAndWrite('frames')
