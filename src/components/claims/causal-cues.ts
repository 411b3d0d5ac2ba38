/**
 * Words that make a sentence a causal or consequential assertion ("X led to Y", "because"), folded, in our
 * languages; a sentence with one of these and a name or a figure is worth checking. Our own short lists.
 */
export const CAUSAL_CUES: readonly string[] = [
  // en
  'because',
  'due to',
  'caused',
  'led to',
  'as a result',
  'in order to',
  'responsible for',
  'behind the',
  'financed',
  'funded',
  'directed',
  // fr
  'parce que',
  'a cause de',
  'en raison de',
  'provoque',
  'a conduit',
  'responsable',
  'derriere',
  'finance',
  'pilote',
  'dirige',
  // de
  'weil',
  'wegen',
  'verursacht',
  'fuhrte zu',
  'verantwortlich',
  'hinter den',
  'finanziert',
  'gesteuert',
  // it
  'perche',
  'a causa di',
  'ha provocato',
  'responsabile',
  'dietro',
  'finanziat',
  'dirett',
  // es
  'porque',
  'debido a',
  'provoco',
  'responsable',
  'detras de',
  'financiad',
  'dirigid',
  // ru
  'потому что',
  'из-за',
  'привело к',
  'стоит за',
  'финансир',
  'управля',
]
