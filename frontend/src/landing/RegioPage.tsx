import type { Session } from '../auth/authService';
import { RegionFeedPanel } from '../coach/RegionFeedPanel';
import { RoleLanding, type Offer } from './RoleLanding';

const offers: readonly Offer[] = [
  { title: 'regio.demand.title', text: 'regio.demand.text' },
  { title: 'regio.tension.title', text: 'regio.tension.text' },
  { title: 'regio.similar.title', text: 'regio.similar.text' },
  { title: 'regio.maps.title', text: 'regio.maps.text' },
  { title: 'regio.narrative.title', text: 'regio.narrative.text' },
  { title: 'regio.exports.title', text: 'regio.exports.text' },
  { title: 'regio.privacy.title', text: 'regio.privacy.text' },
];

export function RegioPage({ session }: { session: Session }) {
  return (
    <RoleLanding
      role="REGIO_STAFF"
      session={session}
      title="regio.title"
      intro="regio.intro"
      show={{ regions: true }}
      offers={offers}
    >
      <RegionFeedPanel />
    </RoleLanding>
  );
}
