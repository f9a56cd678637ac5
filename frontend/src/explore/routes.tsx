import { Route } from 'react-router-dom';
import { ExplorePage } from './ExplorePage';

/** Exploring vacancies and learning routes for a profile, without an account. */
export const exploreRoutes = <Route path="/ontdekken" element={<ExplorePage />} />;
