import { useAuth } from '../auth/AuthProvider';
import { useI18n } from '../i18n/I18nProvider';

/**
 * On the anonymous explore page: an account keeps the profile (the consent screen carries this browser's profile
 * over). Shown only to visitors who are not signed in.
 */
export function RegisterInvitation() {
  const { t } = useI18n();
  const { state, login } = useAuth();
  if (state.status !== 'anonymous') return null;
  return (
    <p className="register-invitation">
      {t('explore.register.cta')}{' '}
      <button type="button" className="button button-secondary" onClick={() => void login('/werkzoekende/welkom', 'register')}>
        {t('auth.register')}
      </button>
    </p>
  );
}
