import { Link } from 'react-router-dom';
import type { Session } from '../auth/authService';
import { useI18n } from '../i18n/I18nProvider';
import { RoleLanding } from '../landing/RoleLanding';
import { coachTargetOf } from './feedTargets';
import { RegionFeedPanel } from './RegionFeedPanel';

/** The jobcoach's start page: who they are and, live, what happens in their regions. */
export function JobcoachPage({ session }: { session: Session }) {
  return (
    <RoleLanding role="JOBCOACH" session={session} title="jobcoach.title" intro="jobcoach.intro" show={{ regions: true }} offers={[]}>
      <CaseloadLink />
      <RegionFeedPanel targetOf={coachTargetOf} />
    </RoleLanding>
  );
}

function CaseloadLink() {
  const { t } = useI18n();
  return (
    <p>
      <Link className="button" to="/jobcoach/caseload">
        {t('coachCaseload.link')}
      </Link>{' '}
      <Link className="button button-secondary" to="/jobcoach/paspoorten">
        {t('passport.sharedWithMe.title')}
      </Link>
    </p>
  );
}
