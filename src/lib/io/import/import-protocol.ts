import type { InfraTheme } from '../../infra/classes';
import type { CrsShiftReference } from '../../infra/crs-hint';
import type { MappingGuess } from '../../infra/mapping-types';
import type { InputFile, ReadOptions } from '../formats/types';
import type { ImportChoice, ImportResult, LayerSummary } from './import-steps';

/** Messages to the import worker. */
export type WorkerRequest =
  | {
      type: 'read';
      id: number;
      files: InputFile[];
      options: Pick<ReadOptions, 'csv' | 'encoding'>;
      seats: CrsShiftReference['seats'];
    }
  | { type: 'guess'; id: number; layer: number; theme: InfraTheme; classField?: string | null }
  | { type: 'apply'; id: number; layer: number; choice: ImportChoice };

/** Messages from the import worker. */
export type WorkerResponse =
  | { type: 'progress'; id: number; phase: 'read' | 'summarise' | 'apply'; fraction: number }
  | { type: 'read-done'; id: number; layers: LayerSummary[] }
  | { type: 'guess-done'; id: number; guess: MappingGuess }
  | { type: 'apply-done'; id: number; result: ImportResult }
  | { type: 'error'; id: number; name: string; message: string };
