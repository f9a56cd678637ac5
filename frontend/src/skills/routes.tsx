import { Route } from 'react-router-dom';
import { SkillsPage } from './SkillsPage';

/** The public "Vaardigheden vinden" page (no login). */
export const skillsRoutes = <Route path="/vaardigheden" element={<SkillsPage />} />;
