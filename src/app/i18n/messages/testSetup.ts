// Component tests render screens and read them at once, as on a kiosk whose languages have loaded
// in the background after its first screen (background.ts): so every table is loaded before they
// start. The loading itself is tested in catalog.test.ts and I18n.test.tsx.
import { messageCatalog } from './catalog';

await messageCatalog.loadAll(true);
