import { useState } from 'react';
import type { Session } from '../auth/authService';
import { useI18n } from '../i18n/I18nProvider';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { AuditTrail } from './AuditTrail';
import { DeleteAccount } from './DeleteAccount';
import { ExportData } from './ExportData';
import './privacy.css';

/** "Mijn gegevens": download everything, see who looked, delete the account. */
export function PrivacyPage({ session }: { session: Session }) {
  const { t } = useI18n();
  useDocumentTitle(t('privacy.title'));
  // a new export adds a line to the trail: reload the trail after each download
  const [trailVersion, setTrailVersion] = useState(0);

  return (
    <div className="privacy-page">
      <header className="page-header">
        <h1>{t('privacy.title')}</h1>
        <p className="lead">{t('privacy.intro')}</p>
      </header>
      <ExportData accessToken={session.accessToken} onExported={() => setTrailVersion((v) => v + 1)} />
      <AuditTrail accessToken={session.accessToken} version={trailVersion} />
      <DeleteAccount accessToken={session.accessToken} />
    </div>
  );
}
