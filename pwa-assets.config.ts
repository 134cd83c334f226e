import { defineConfig, minimal2023Preset } from '@vite-pwa/assets-generator/config';

// Every icon the platforms ask for is made at build time from the one source image.
export default defineConfig({
  headLinkOptions: { preset: '2023' },
  preset: minimal2023Preset,
  images: ['icons/velkommen.svg'],
});
