// A tiny corpus written for the linker's tests (ours, CC0): an English report, its French translation, and an
// independent German report on the same event; tests add copies and teasers of the report.

/** The English report, one paragraph per line (the first is the title). */
export const ORIGINAL = [
  'Harbour strike in Velmora enters its ninth day',
  'The dockers of Velmora stopped work on 3 April, when the Kessling Port Authority cut night shifts by 1,250 hours a month.',
  'By 11 April some 4,800 containers were waiting at the Ostrand terminal, according to the union leader Maren Holt.',
  'The Authority said on 9 April that the cuts would save 7.5 million euros in 2025 and blamed the Dravik shipping group.',
  'Holt replied that 312 families depended on night work and called a march to the Velmora town hall for 14 April.',
  'Talks chaired by the mediator Ilse Brandvik are due to resume on 16 April in Kessling.',
]
/** Its French translation, paragraph for paragraph. */
export const TRANSLATION = [
  'La grève du port de Velmora entre dans son neuvième jour',
  'Les dockers de Velmora ont cessé le travail le 3 avril, lorsque l’Autorité portuaire de Kessling a réduit les équipes de nuit de 1 250 heures par mois.',
  'Le 11 avril, quelque 4 800 conteneurs attendaient au terminal d’Ostrand, selon la dirigeante syndicale Maren Holt.',
  'L’Autorité a déclaré le 9 avril que les réductions permettraient d’économiser 7,5 millions d’euros en 2025 et a accusé le groupe maritime Dravik.',
  'Holt a répondu que 312 familles dépendaient du travail de nuit et a appelé à une marche vers la mairie de Velmora le 14 avril.',
  'Les négociations présidées par la médiatrice Ilse Brandvik doivent reprendre le 16 avril à Kessling.',
]
/** An independent German report on the same strike: shared names, no shared order or figures. */
export const SAME_EVENT = [
  'Hafenstreik in Velmora: Gewerkschaft ruft zum Marsch',
  'In Velmora haben Hafenarbeiter einen Marsch zum Rathaus angekündigt. Gewerkschaftschefin Maren Holt sprach am Freitag von einem Kampf um jede Familie.',
  'Die Kessling Port Authority verweist auf Kosten. Der Terminal Ostrand ist nach Angaben von Reedern überlastet.',
  'Die Vermittlerin Ilse Brandvik soll die Gespräche leiten. Ein Termin steht noch nicht fest.',
]
