import type { Session } from '../auth/authService';
import { RoleLanding } from '../landing/RoleLanding';
import { AdminSections } from './AdminSections';
import { PlatformStatus } from './PlatformStatus';

export function AdminPage({ session }: { session: Session }) {
  return (
    <RoleLanding role="ADMIN" session={session} title="admin.title" intro="admin.intro" offers={[]}>
      <PlatformStatus />
      <AdminSections />
    </RoleLanding>
  );
}
