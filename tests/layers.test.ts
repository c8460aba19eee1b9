// The folders of src/ in layers: no folder imports one that imports it back,
// the composition root is imported only by the command line, and src/core
// imports no other folder.
import { expect, it } from 'vitest';
import { folderCycles, folderGraph, KNOWN_CYCLES } from '../scripts/check-layers.ts';

const graph = folderGraph();

it('has no import cycle between folders', () => {
  expect(KNOWN_CYCLES).toEqual([]);
  expect(folderCycles(graph).map((c) => c.join(','))).toEqual([]);
});

it('imports src/app only from the command line', () => {
  const into = [...graph].filter(([from, to]) => from !== 'app' && to.has('app')).map(([from]) => from);
  expect(into).toEqual(['cli']);
});

it('keeps src/core free of the other folders', () => {
  expect([...graph.get('core')!.keys()]).toEqual([]);
});
