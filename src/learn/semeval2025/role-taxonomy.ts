/** The three main roles of SemEval-2025 Task 10 subtask 1. */
export const MAIN_ROLES = ['Protagonist', 'Antagonist', 'Innocent'] as const
export type MainRole = (typeof MAIN_ROLES)[number]

/** The 22 fine roles, each under its main role (the task's entity-framing taxonomy). */
export const FINE_ROLES: Readonly<Record<MainRole, readonly string[]>> = {
  Protagonist: ['Guardian', 'Martyr', 'Peacemaker', 'Rebel', 'Underdog', 'Virtuous'],
  Antagonist: [
    'Instigator',
    'Conspirator',
    'Tyrant',
    'Foreign Adversary',
    'Traitor',
    'Spy',
    'Saboteur',
    'Corrupt',
    'Incompetent',
    'Terrorist',
    'Deceiver',
    'Bigot',
  ],
  Innocent: ['Forgotten', 'Exploited', 'Victim', 'Scapegoat'],
}

/** The main role a fine role belongs to, or null for a name outside the taxonomy. */
export function mainRoleOf(fine: string): MainRole | null {
  return MAIN_ROLES.find((main) => FINE_ROLES[main].includes(fine)) ?? null
}
