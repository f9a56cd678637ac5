import type { Session } from '../auth/authService';
import { RoleLanding, type Offer } from './RoleLanding';

const offers: readonly Offer[] = [
  {
    title: 'jobSeeker.profile.title',
    text: 'jobSeeker.profile.text',
    points: ['jobSeeker.profile.q1', 'jobSeeker.profile.q2', 'jobSeeker.profile.q3', 'jobSeeker.profile.q4'],
  },
  { title: 'jobSeeker.matches.title', text: 'jobSeeker.matches.text' },
  { title: 'jobSeeker.learning.title', text: 'jobSeeker.learning.text' },
  { title: 'jobSeeker.consent.title', text: 'jobSeeker.consent.text' },
];

export function JobSeekerPage({ session }: { session: Session }) {
  return <RoleLanding role="JOB_SEEKER" session={session} title="jobSeeker.title" intro="jobSeeker.intro" offers={offers} />;
}
