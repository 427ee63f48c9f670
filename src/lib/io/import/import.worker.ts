/// <reference lib="webworker" />
/**
 * The import worker: reads files, summarises and maps them off the main thread, so a large file
 * never freezes the page. A thin wrapper over readFiles and import-steps; parsed layers stay here
 * between the read and the apply step. Cancelling is terminating the worker.
 */
import { readFilesSettled } from '../formats/read-files';
import type { ParsedLayer } from '../formats/types';
import { guessMapping } from '../../infra/guess-mapping';
import { applyChoice, summariseLayer } from './import-steps';
import type { WorkerRequest, WorkerResponse } from './import-protocol';

let parsed: ParsedLayer[] = [];

const post = (message: WorkerResponse, transfer: Transferable[] = []) => self.postMessage(message, transfer);

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const req = event.data;
  try {
    if (req.type === 'read') {
      parsed = [];
      let last = 0;
      // One unreadable file among several (a notes file inside a zip) does not block the others.
      const { layers, errors } = await readFilesSettled(req.files, {
        ...req.options,
        onProgress: (fraction) => {
          const now = Date.now();
          if (now - last < 100 && fraction < 1) return;
          last = now;
          post({ type: 'progress', id: req.id, phase: 'read', fraction });
        },
      });
      if (!layers.length) throw errors[0] ?? new Error('no layer with features was found in the files');
      if (errors.length) layers[0].warnings.push(...errors.map((e) => e.message));
      parsed = layers;
      post({ type: 'progress', id: req.id, phase: 'summarise', fraction: 1 });
      post({ type: 'read-done', id: req.id, layers: layers.map((l, i) => summariseLayer(l, i, req.seats)) });
    } else if (req.type === 'guess') {
      post({
        type: 'guess-done',
        id: req.id,
        guess: guessMapping(layerAt(req.layer), req.theme, { classField: req.classField }),
      });
    } else if (req.type === 'apply') {
      post({ type: 'progress', id: req.id, phase: 'apply', fraction: 0 });
      post({ type: 'apply-done', id: req.id, result: applyChoice(layerAt(req.layer), req.choice) });
    }
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    post({ type: 'error', id: req.id, name: e.name, message: e.message });
  }
};

function layerAt(i: number): ParsedLayer {
  const layer = parsed[i];
  if (!layer) throw new Error(`no parsed layer ${i}: read the files first`);
  return layer;
}
