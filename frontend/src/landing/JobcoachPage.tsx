import type { Session } from '../auth/authService';
import { RoleLanding, type Offer } from './RoleLanding';

const offers: readonly Offer[] = [
  { title: 'jobcoach.live.title', text: 'jobcoach.live.text' },
  { title: 'jobcoach.caseload.title', text: 'jobcoach.caseload.text' },
  { title: 'jobcoach.propose.title', text: 'jobcoach.propose.text' },
  { title: 'jobcoach.outcomes.title', text: 'jobcoach.outcomes.text' },
];

export function JobcoachPage({ session }: { session: Session }) {
  return (
    <RoleLanding
      role="JOBCOACH"
      session={session}
      title="jobcoach.title"
      intro="jobcoach.intro"
      show={{ regions: true }}
      offers={offers}
    />
  );
}
