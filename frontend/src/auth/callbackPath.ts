/** Where the provider sends the browser back with the authorization code (registered as redirect URI). */
export const callbackPath = '/auth/callback';
