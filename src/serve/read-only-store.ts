// A view of the store that can only read: the server hands this (never the store itself) to code it
// borrows from other stages (named queries, the export's subgraph fetch), so even if that code
// changed, nothing reachable from the API could write.
import { DatabaseError } from '../errors.js';
import type { Store } from '../store/store.js';

export function readOnlyStore(store: Store): Store {
  const refuse = (what: string) => (): never => {
    throw new DatabaseError(`serve: ${what} refused: the viewer's API is read-only`);
  };
  return {
    uri: store.uri,
    database: store.database,
    managed: store.managed,
    schema: store.schema,
    read: (cypher, params, schema) => store.read(cypher, params, schema),
    readTx: (work) => store.readTx(work),
    serverInfo: () => store.serverInfo(),
    write: refuse('write'),
    writeTx: refuse('writeTx'),
    autoCommit: refuse('autoCommit'),
    close: refuse('close'),
  };
}
