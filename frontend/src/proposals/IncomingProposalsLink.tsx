import { Link } from 'react-router-dom';
import { useI18n } from '../i18n/I18nProvider';

/** On the employer's start page: the way to the proposals jobcoaches made and candidates agreed to. */
export function IncomingProposalsLink() {
  const { t } = useI18n();
  return (
    <p>
      <Link className="button button-secondary" to="/werkgever/voorstellen">
        {t('incomingProposals.link')}
      </Link>
    </p>
  );
}
