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
  // Past participles with their agent: "dirigeants" and "pilote" (a pilot) are no cause.
  'pilote par',
  'pilotee par',
  'pilotes par',
  'pilote depuis',
  'pilotee depuis',
  'dirige par',
  'dirigee par',
  'diriges par',
  'dirigees par',
  'dirige depuis',
  'dirigee depuis',
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
  // "direttore" (a director) is no cause.
  'diretto da',
  'diretta da',
  'diretti da',
  'dirette da',
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
  // "управление" (an administration) is no cause.
  'управляем',
  'управлял',
  'управляет',
  'управляют',
]
