// The context the page's services are handed down in: apart from its hooks (ServicesProvider.tsx),
// which only the screens after the first use, so that the first chunk carries only this.
import { createContext } from 'preact';
import type { AppServices } from './appServices';

export const ServicesContext = createContext<AppServices | null>(null);
