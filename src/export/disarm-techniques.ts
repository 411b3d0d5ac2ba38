import type { TechniqueLabel } from '../contracts/annotations.ts'

/**
 * Our mapping from the 23 SemEval persuasion techniques to the nearest DISARM red-framework techniques, by id
 * only. DISARM describes what an influence operation does (its objectives and content moves); a persuasion
 * technique is how one text argues, so each row names the DISARM techniques a text using it serves. The ids are
 * checked against DISARM's techniques table (../shared/data/disarm/frameworks/techniques.csv) by the tests.
 */
export const DISARM_TECHNIQUES: Readonly<Record<TechniqueLabel, readonly string[]>> = {
  // Leaning on an authority's word is what fake experts are for.
  Appeal_to_Authority: ['T0045'],
  // "Everyone thinks so": cultivating support by apparent consensus.
  Appeal_to_Popularity: ['T0136'],
  Appeal_to_Values: ['T0136.003', 'T0083'],
  // Fear and prejudice: dismay, and the audience's vulnerabilities written into the narrative.
  'Appeal_to_Fear-Prejudice': ['T0078', 'T0083'],
  Flag_Waving: ['T0136.003'],
  Causal_Oversimplification: ['T0023'],
  // Two options only: distorted facts that polarise.
  'False_Dilemma-No_Choice': ['T0023', 'T0135.004'],
  // The slippery slope frightens with distorted consequences.
  Consequential_Oversimplification: ['T0078', 'T0023'],
  Straw_Man: ['T0076'],
  Red_Herring: ['T0077'],
  Whataboutism: ['T0077', 'T0075'],
  // Slogans travel as hashtags and search artefacts.
  Slogans: ['T0015'],
  // Urgency ("act now") motivates to act.
  Appeal_to_Time: ['T0138'],
  // A thought-terminating phrase dismisses and silences.
  Conversation_Killer: ['T0075', 'T0139.002'],
  Loaded_Language: ['T0138.002'],
  Repetition: ['T0049', 'T0118'],
  'Exaggeration-Minimisation': ['T0023', 'T0076'],
  'Obfuscation-Vagueness-Confusion': ['T0077'],
  'Name_Calling-Labeling': ['T0135.001', 'T0140.001'],
  // Casting doubt on sources, or asking proof no one can give.
  Doubt: ['T0075.001', 'T0040'],
  Guilt_by_Association: ['T0135.001'],
  Appeal_to_Hypocrisy: ['T0075', 'T0135.001'],
  Questioning_the_Reputation: ['T0135.001', 'T0075.001'],
}
