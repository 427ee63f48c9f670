/**
 * Load an ECharts map file (a UMD module calling `echarts.registerMap(name, json)`) without
 * executing it in the pipeline's own realm: it runs in a `node:vm` context that offers only
 * `exports` and a `require` answering 'echarts' with a stub that captures the registration.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import vm from 'node:vm';
import type { EchartsMap } from './decode-echarts';

/** What one `registerMap` call registered. */
export interface RegisteredMap {
  name: string;
  json: EchartsMap;
}

/**
 * Run the source text of an ECharts map module and return the maps it registered.
 * `filename` only labels errors and stack traces. Throws if the module registers nothing,
 * requires anything but 'echarts', or runs longer than a second.
 */
export function runEchartsMapModule(source: string, filename: string): RegisteredMap[] {
  const registered: RegisteredMap[] = [];
  const echartsStub = {
    registerMap(name: string, json: unknown) {
      // JSON round-trip: objects from the vm realm have foreign prototypes (Array.prototype etc.).
      registered.push({ name: String(name), json: JSON.parse(JSON.stringify(json)) as EchartsMap });
    },
  };
  const context = vm.createContext({
    exports: {},
    require(id: string) {
      if (id === 'echarts') return echartsStub;
      throw new Error(`${filename} requires '${id}', which the loader does not provide`);
    },
    console: {
      error: (msg: unknown) => {
        throw new Error(`${filename}: ${String(msg)}`);
      },
    },
  });
  vm.runInContext(source, context, { filename, timeout: 1000 });
  if (registered.length === 0) throw new Error(`${filename} registered no map`);
  return registered;
}

/** Read and run one ECharts map file; see {@link runEchartsMapModule}. Returns its single map. */
export function loadEchartsMapFile(path: string): RegisteredMap {
  const maps = runEchartsMapModule(readFileSync(path, 'utf8'), basename(path));
  if (maps.length !== 1) throw new Error(`${basename(path)} registered ${maps.length} maps, expected 1`);
  return maps[0];
}
