// The version of the app running on this tablet, fixed at build time (vite.config.ts): package.json's
// version, or the name a build was given in VITE_APP_VERSION.
const version: unknown = import.meta.env.VITE_APP_VERSION;

export const APP_VERSION: string = typeof version === 'string' && version !== '' ? version : 'dev';
