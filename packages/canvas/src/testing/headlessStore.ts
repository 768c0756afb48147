import { Store } from '@tldraw/store';
import type { IndexKey } from '@tldraw/utils';
import {
  createTLSchema,
  DocumentRecordType,
  PageRecordType,
  type TLPage,
  type TLPageId,
  type TLRecord,
  type TLSchema,
  type TLStore,
  type TLStoreProps,
} from '@tldraw/tlschema';

/** The page every Cairn client starts on (`page:page`), so first visitors converge on one page. */
export const DEFAULT_PAGE_ID: TLPageId = PageRecordType.createId('page');

/**
 * A tldraw store as the editor would make it, minus the editor: tldraw's default shapes unless
 * `schema` says otherwise (Cairn's own shapes live in the web app, so this schema can be older
 * than the browser's). The props are stubs the binding never calls.
 */
export function createHeadlessStore(schema: TLSchema = createTLSchema()): TLStore {
  const props: TLStoreProps = {
    defaultName: 'headless',
    assets: {
      upload: () => Promise.reject(new Error('a headless store takes no assets')),
      resolve: (asset) => (asset.props as { src?: string | null }).src ?? null,
      remove: () => Promise.resolve(),
    },
    users: { currentUser: () => null, resolve: () => null } as unknown as TLStoreProps['users'],
    onMount: () => undefined,
  };
  return new Store<TLRecord, TLStoreProps>({ schema, props });
}

/** The records a fresh tldraw document starts with: the document record and one page. */
export function createPageRecords(pageName = 'page'): { document: TLRecord; page: TLPage } {
  return {
    document: DocumentRecordType.create({ id: DocumentRecordType.createId('document') }),
    page: PageRecordType.create({
      id: PageRecordType.createId(pageName),
      name: pageName,
      index: 'a1' as IndexKey,
    }),
  };
}
