import { getContext, setContext } from 'svelte';
import type { InfraTheme } from '../../infra/classes';
import type { CrsShiftReference } from '../../infra/crs-hint';
import type { FieldMapping, MappingGuess } from '../../infra/mapping-types';
import type { UserLayers } from '../../state/user-layers.svelte';
import type { CrsId, InputFile, ReadOptions } from '../formats/types';
import { ImportSession, type ImportProgress } from './import-client';
import type { ImportResult, LayerSummary } from './import-steps';
import { newUserLayerId, type UserLayerRecord } from './user-layer-record';

export type ImportStep = 'idle' | 'reading' | 'review' | 'applying' | 'result';

/**
 * The state of one import, step by step: read → review (CRS, theme, mapping) → apply → confirm.
 * Nothing reaches the map or the database before `confirm()`; `cancel()` at any step leaves
 * everything as it was.
 */
export class ImportFlow {
  step = $state<ImportStep>('idle');
  progress = $state<ImportProgress | null>(null);
  error = $state<string | null>(null);
  files = $state<string[]>([]);
  layers = $state.raw<LayerSummary[]>([]);
  current = $state(0);
  crs = $state<CrsId | null>(null);
  mapping = $state<FieldMapping | null>(null);
  useOsmTags = $state(false);
  name = $state('');
  result = $state.raw<ImportResult | null>(null);
  options = $state<Pick<ReadOptions, 'csv' | 'encoding'>>({});

  private session: ImportSession | null = null;
  private input: InputFile[] = [];

  constructor(
    private readonly userLayers: UserLayers,
    private readonly seats: () => CrsShiftReference['seats'],
    private readonly createSession: (onProgress: (p: ImportProgress) => void) => ImportSession = (p) =>
      new ImportSession(p),
  ) {}

  get summary(): LayerSummary | undefined {
    return this.layers[this.current];
  }

  /** Read the dropped files in a fresh worker. */
  async start(files: InputFile[]): Promise<void> {
    this.reset();
    this.input = files.map((f) => ({ name: f.name, bytes: f.bytes.slice() }));
    this.files = files.map((f) => f.name);
    await this.read();
  }

  /** Read again with other options (encoding, CSV columns). */
  async reread(options: Pick<ReadOptions, 'csv' | 'encoding'>): Promise<void> {
    this.options = options;
    await this.read();
  }

  private async read(): Promise<void> {
    this.session?.dispose();
    this.session = this.createSession((p) => (this.progress = p));
    this.step = 'reading';
    this.error = null;
    try {
      // The worker takes the bytes; keep our copy for a re-read.
      const files = this.input.map((f) => ({ name: f.name, bytes: f.bytes.slice() }));
      const layers = await this.session.read(files, $state.snapshot(this.options), this.seats());
      if (!layers.length) throw new Error('no layer with features was found in the files');
      this.layers = layers;
      this.select(0);
      this.step = 'review';
    } catch (e) {
      this.fail(e);
    }
  }

  /** Pick one of the layers read (a zip may hold several shapefiles). */
  select(index: number): void {
    const s = this.layers[index];
    if (!s) return;
    this.current = index;
    this.crs = s.crs.crs;
    this.adopt(s.guess);
    this.useOsmTags = s.guess.osmTagged;
    this.name = s.name;
  }

  /** Counts of the class column's values, for the mapping table. */
  valueCounts = $state<Record<string, number>>({});
  reasons = $state.raw<MappingGuess['reasons']>([]);

  /**
   * A new theme or class column: the rest of the mapping is guessed again for it (the planner's
   * other picks of name and number columns are kept).
   */
  async reguess(theme: InfraTheme, classField?: string | null): Promise<void> {
    if (!this.session || !this.mapping) return;
    try {
      const g = await this.session.guess(this.current, theme, classField);
      this.adopt(g);
    } catch (e) {
      this.fail(e);
    }
  }

  private adopt(g: MappingGuess): void {
    const { confidence: _c, reasons, osmTagged: _o, valueCounts, ...mapping } = g;
    this.mapping = mapping;
    this.valueCounts = valueCounts;
    this.reasons = reasons;
  }

  async apply(): Promise<void> {
    if (!this.session || !this.crs || !this.mapping) return;
    this.step = 'applying';
    this.error = null;
    try {
      const s = this.summary!;
      const applied = await this.session.apply(this.current, {
        crs: $state.snapshot(this.crs) as CrsId,
        mapping: this.useOsmTags ? 'osm' : ($state.snapshot(this.mapping) as FieldMapping),
        source: s.files.join(', '),
        idPrefix:
          s.name
            .toLowerCase()
            .replace(/[^a-z0-9]+/g, '-')
            .replace(/^-|-$/g, '') || 'row',
        approximate: false,
      });
      // Rows the reader could not read are rows not imported too: one report for both.
      const rejected = [...s.rowErrors, ...applied.rejected].sort((a, b) => a.row - b.row);
      this.result = {
        ...applied,
        rows: applied.rows + s.rowErrorCount,
        rejected,
        rejectedCount: applied.rejectedCount + s.rowErrorCount,
      };
      this.step = 'result';
    } catch (e) {
      this.fail(e, 'review');
    }
  }

  /** Store the result as one layer per theme. Throws (changing nothing) if storing fails. */
  async confirm(): Promise<string[]> {
    const r = this.result;
    const s = this.summary;
    if (!r || !s || !this.crs) return [];
    const mapping = this.useOsmTags ? ['OpenStreetMap tags'] : describeMapping(this.mapping!);
    const ids: string[] = [];
    for (const layer of r.layers) {
      const record: UserLayerRecord = {
        id: newUserLayerId(),
        name: r.layers.length > 1 ? `${this.name} · ${layer.theme}` : this.name,
        theme: layer.theme,
        color: null,
        provenance: {
          kind: 'file',
          files: s.files,
          format: s.format,
          crs: r.crs,
          conversion: r.conversion,
          encoding: s.encoding,
          rows: r.rows,
          imported: layer.collection.features.length,
          rejected: r.rejected.slice(0, 100),
          rejectedCount: r.rejectedCount,
          skipped: r.skipped,
          mapping,
          importedAt: new Date().toISOString(),
        },
        collection: layer.collection,
      };
      await this.userLayers.add(record);
      ids.push(record.id);
    }
    this.close();
    return ids;
  }

  back(): void {
    this.result = null;
    this.step = 'review';
  }

  /** Stop whatever runs and forget this import. */
  cancel(): void {
    this.session?.cancel();
    this.close();
  }

  close(): void {
    this.session?.dispose();
    this.session = null;
    this.reset();
  }

  private reset(): void {
    this.step = 'idle';
    this.progress = null;
    this.error = null;
    this.layers = [];
    this.result = null;
    this.mapping = null;
    this.crs = null;
    this.options = {};
  }

  private fail(e: unknown, step: ImportStep = 'idle'): void {
    if (e instanceof Error && e.name === 'AbortError') return;
    this.error = e instanceof Error ? e.message : String(e);
    this.step = step === 'idle' && this.layers.length ? 'review' : step;
    this.progress = null;
  }
}

/** The mapping in words, recorded on the layer: `道路等级 → class`, `名称 → name`. */
export function describeMapping(m: FieldMapping): string[] {
  const parts: [string | null, string][] = [
    [m.classField, 'class'],
    [m.nameField, 'name'],
    [m.refField, 'ref'],
    [m.voltageField, 'voltage_kv'],
    [m.capacityField, 'capacity_mw'],
    [m.gradeField, 'grade'],
  ];
  const out = parts.filter(([f]) => f).map(([f, k]) => `${f} → ${k}`);
  out.push(`theme ${m.theme}; default class ${m.defaultClass}`);
  for (const [v, c] of Object.entries(m.classValues)) out.push(`"${v}" → ${c}`);
  return out;
}

const KEY = Symbol('import-flow');
export const setImportFlow = (f: ImportFlow): ImportFlow => setContext(KEY, f);
export const getImportFlow = (): ImportFlow => getContext<ImportFlow>(KEY);
