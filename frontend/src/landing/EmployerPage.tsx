import type { Session } from '../auth/authService';
import { RoleLanding, type Offer } from './RoleLanding';

const offers: readonly Offer[] = [
  { title: 'employer.vacancies.title', text: 'employer.vacancies.text' },
  { title: 'employer.candidates.title', text: 'employer.candidates.text' },
  { title: 'employer.team.title', text: 'employer.team.text' },
];

export function EmployerPage({ session }: { session: Session }) {
  return (
    <RoleLanding
      role="EMPLOYER"
      session={session}
      title="employer.title"
      intro="employer.intro"
      show={{ organisation: true }}
      offers={offers}
    />
  );
}
