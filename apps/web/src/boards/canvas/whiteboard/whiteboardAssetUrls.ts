import { getAssetUrlsByImport } from '@tldraw/assets/imports.vite';
import englishTranslationsUrl from '@tldraw/assets/translations/en.json?url&no-inline';

const bundled = getAssetUrlsByImport();

/**
 * tldraw's fonts, icons and translations, bundled by Vite and served by Cairn itself: Cairn runs
 * on networks without internet access, so tldraw must never fall back to its CDN. Computed once,
 * outside React, as `<Tldraw assetUrls>` asks.
 *
 * tldraw always `fetch`es the English translations (a 3-byte `{}`). Vite would inline so small a
 * file as a `data:` URL, which Cairn's Content-Security-Policy (`connect-src 'self'`) refuses, so
 * that one file is emitted as a real asset.
 */
export const WHITEBOARD_ASSET_URLS = {
  ...bundled,
  translations: { ...bundled.translations, en: englishTranslationsUrl },
};
