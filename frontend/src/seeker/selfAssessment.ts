import type { MessageKey } from '../i18n/dictionary';
import type { SeekerSkill } from './seekerApi';

export type Question = 'doesIt' | 'canDoIt' | 'wantsToLearn' | 'givesEnergy';

/** The four self-assessment questions, in the order the editor and the occupation checklist ask them. */
export const questions: readonly { readonly key: Question; readonly text: MessageKey }[] = [
  { key: 'doesIt', text: 'seeker.profile.q.doesIt' },
  { key: 'canDoIt', text: 'seeker.profile.q.canDoIt' },
  { key: 'wantsToLearn', text: 'seeker.profile.q.wantsToLearn' },
  { key: 'givesEnergy', text: 'seeker.profile.q.givesEnergy' },
];

/** A skill with a changed answer; "Doe ik het al?" implies "Kan ik het?", and who cannot do it does not do it. */
export function answer(skill: SeekerSkill, change: Partial<SeekerSkill>): SeekerSkill {
  const next = { ...skill, ...change };
  if (change.doesIt) next.canDoIt = true;
  if (change.canDoIt === false) next.doesIt = false;
  return next;
}
