import type { ReactElement, ReactNode } from 'react';
import { createRoutesFromChildren, type RouteObject } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { AppRoutes } from './AppRoutes';

const paths = (routes: readonly RouteObject[]): string[] =>
  routes.flatMap((route) => [...(route.path === undefined ? [] : [route.path]), ...paths(route.children ?? [])]);

describe('the routes the features bring together', () => {
  it('noTwoFeaturesClaimTheSamePath', () => {
    const routes = createRoutesFromChildren((AppRoutes() as ReactElement<{ children: ReactNode }>).props.children);
    const all = paths(routes);
    expect(all.length, 'the routes were read').toBeGreaterThan(40);
    expect(all.filter((path, index) => all.indexOf(path) !== index)).toEqual([]);
  });
});
