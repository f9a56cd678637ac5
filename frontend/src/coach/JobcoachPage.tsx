import type { Session } from '../auth/authService';
import { RoleLanding } from '../landing/RoleLanding';
import { RegionFeedPanel } from './RegionFeedPanel';

/** The jobcoach's start page: who they are and, live, what happens in their regions. */
export function JobcoachPage({ session }: { session: Session }) {
  return (
    <RoleLanding role="JOBCOACH" session={session} title="jobcoach.title" intro="jobcoach.intro" show={{ regions: true }} offers={[]}>
      <RegionFeedPanel />
    </RoleLanding>
  );
}
