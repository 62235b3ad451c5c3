// A token trie: longest match of a sequence of token keys against many multi-token names.

export interface TrieNode<T> {
  children: Map<string, TrieNode<T>>;
  values: T[];
}

export function createTrie<T>(): TrieNode<T> {
  return { children: new Map(), values: [] };
}

export function trieInsert<T>(root: TrieNode<T>, keys: readonly string[], value: T): void {
  if (!keys.length) return;
  let node = root;
  for (const k of keys) {
    let next = node.children.get(k);
    if (!next) {
      next = createTrie<T>();
      node.children.set(k, next);
    }
    node = next;
  }
  node.values.push(value);
}

export interface TrieMatch<T> {
  length: number; // number of tokens matched
  values: T[];
}

/**
 * Longest match starting at `from` among the keys given by `keyAt(i)`; `accept` filters the
 * values of a candidate length (so a case-sensitive acronym can be refused and a shorter match kept).
 */
export function trieLongest<T>(
  root: TrieNode<T>,
  from: number,
  end: number,
  keyAt: (i: number) => string,
  accept: (value: T, length: number) => boolean = () => true,
): TrieMatch<T> | undefined {
  let node: TrieNode<T> | undefined = root;
  let best: TrieMatch<T> | undefined;
  for (let i = from; i < end && node; i++) {
    node = node.children.get(keyAt(i));
    if (!node) break;
    if (node.values.length) {
      const length = i - from + 1;
      const values = node.values.filter((v) => accept(v, length));
      if (values.length) best = { length, values };
    }
  }
  return best;
}
