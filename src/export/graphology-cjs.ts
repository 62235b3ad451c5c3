// graphology's standard-library packages are CommonJS with `export default` typings; under NodeNext
// the default import is the module object at type level but the function itself at run time.
import circularModule from 'graphology-layout/circular.js';
import forceAtlas2Module from 'graphology-layout-forceatlas2';
import noverlapModule from 'graphology-layout-noverlap';
import pagerankModule from 'graphology-metrics/centrality/pagerank.js';

function cjsDefault<T>(mod: { default: T }): T {
  return ((mod as { default?: T }).default ?? mod) as T;
}

export const circular = cjsDefault(circularModule);
export const forceAtlas2 = cjsDefault(forceAtlas2Module);
export const noverlap = cjsDefault(noverlapModule);
export const pagerank = cjsDefault(pagerankModule);
