import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AnyCollection } from '../../src/lib/layers/types';
import { manifestSchema, type Manifest } from '../../src/lib/data/schemas/manifest';

const DATA = resolve(import.meta.dirname, '../../data');

/** The real shipped dataset, read from data/. */
export function readDataset(path: string): AnyCollection {
  return JSON.parse(readFileSync(resolve(DATA, path), 'utf8')) as AnyCollection;
}

export function readManifest(): Manifest {
  return manifestSchema.parse(JSON.parse(readFileSync(resolve(DATA, 'manifest.json'), 'utf8')));
}
