import { trainAndWrite } from './semeval2023-lib/train-and-write.ts'

// Builds models/techniques.json and its card from ../shared/data/semeval2023-task3 (research-only data):
// persuasion techniques per paragraph, cross-validated beside the TF-IDF baseline. Deterministic.
trainAndWrite('techniques')
