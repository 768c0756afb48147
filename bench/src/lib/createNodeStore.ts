import { Store } from '@tldraw/store';
import {
  createTLSchema,
  DocumentRecordType,
  PageRecordType,
  type TLPage,
  type TLPageId,
  type TLRecord,
  type TLStore,
  type TLStoreProps,
} from '@tldraw/tlschema';

/** The page every Cairn client starts on, so first visitors converge on one page. */
export const DEFAULT_PAGE_ID = PageRecordType.createId('page') satisfies TLPageId;

/**
 * A tldraw store in Node, without an editor: tldraw's default shapes only (Cairn's own shapes
 * live in the web app), so its schema can be older than the browser's. The props are stubs the
 * binding never calls.
 */
export function createNodeStore(): TLStore {
  const props: TLStoreProps = {
    defaultName: 'bench',
    assets: {
      upload: () => Promise.reject(new Error('no assets in benchmarks')),
      resolve: () => null,
      remove: () => Promise.resolve(),
    },
    users: { currentUser: () => null, resolve: () => null } as unknown as TLStoreProps['users'],
    onMount: () => undefined,
  };
  return new Store<TLRecord, TLStoreProps>({ schema: createTLSchema(), props });
}

/** The records a fresh board starts with: the document record and the default page. */
export function createPageRecords(): TLRecord[] {
  return [
    DocumentRecordType.create({ id: DocumentRecordType.createId('document') }),
    PageRecordType.create({ id: DEFAULT_PAGE_ID, name: 'Page 1', index: 'a1' as TLPage['index'] }),
  ];
}
