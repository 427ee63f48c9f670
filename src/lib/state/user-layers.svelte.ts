import { getContext, setContext } from 'svelte';
import type { DatasetStore } from '../data/datasets.svelte';
import { INFRA_THEME_LABELS } from '../infra/classes';
import { defineInfraLayer } from '../layers/infrastructure/define-infra-layer';
import type { LayerDefinition } from '../layers/types';
import type { UserLayerDb } from '../io/import/user-layer-db';
import { userLayerRecordSchema, type UserLayerRecord } from '../io/import/user-layer-record';

/**
 * The layers the user imported (files, OpenStreetMap downloads), persisted in IndexedDB. Every
 * change is written first and applied after, so a failed write leaves the app as it was.
 */
export class UserLayers {
  /** Raw: collections may hold 10⁵ features; records are replaced, never mutated. */
  records = $state.raw<UserLayerRecord[]>([]);
  /** Stored records that failed validation on load (kept in the database, reported once). */
  unreadable = $state<string[]>([]);
  loaded = $state(false);
  persistent = $state(true);

  readonly definitions: LayerDefinition[] = $derived(this.records.map(toDefinition));

  constructor(
    private readonly db: Promise<UserLayerDb>,
    private readonly datasets: DatasetStore,
  ) {}

  /** Read what was stored and put it on the map. */
  async load(): Promise<void> {
    const db = await this.db;
    this.persistent = db.persistent;
    const rows = await db.all().catch(() => []);
    const ok: UserLayerRecord[] = [];
    for (const row of rows) {
      const parsed = userLayerRecordSchema.safeParse(row);
      if (parsed.success) ok.push(parsed.data);
      else this.unreadable.push(String((row as { name?: unknown })?.name ?? (row as { id?: unknown })?.id ?? '?'));
    }
    ok.sort((a, b) => a.provenance.importedAt.localeCompare(b.provenance.importedAt));
    for (const r of ok) this.datasets.putLocal(r.id, r.collection);
    this.records = ok;
    this.loaded = true;
  }

  get(id: string): UserLayerRecord | undefined {
    return this.records.find((r) => r.id === id);
  }

  /** Store a new layer, then show it. Throws (and changes nothing) if it cannot be stored. */
  async add(record: UserLayerRecord): Promise<void> {
    const checked = userLayerRecordSchema.parse(record);
    await (await this.db).put(checked);
    this.datasets.putLocal(checked.id, checked.collection);
    this.records = [...this.records, checked];
  }

  /** Rename or restyle: stored first, then applied. */
  async update(id: string, patch: Partial<Pick<UserLayerRecord, 'name' | 'color'>>): Promise<void> {
    const current = this.get(id);
    if (!current) throw new Error(`no imported layer "${id}"`);
    const next = userLayerRecordSchema.parse({ ...current, ...patch });
    await (await this.db).put(next);
    this.records = this.records.map((r) => (r.id === id ? next : r));
  }

  async remove(id: string): Promise<void> {
    await (await this.db).delete(id);
    this.records = this.records.filter((r) => r.id !== id);
    this.datasets.removeLocal(id);
  }
}

/** The layer definition of an imported layer: the infrastructure style of its theme. */
function toDefinition(r: UserLayerRecord): LayerDefinition {
  const theme = INFRA_THEME_LABELS[r.theme];
  return defineInfraLayer({
    id: r.id,
    dataset: r.id,
    theme: r.theme,
    title: { zh: r.name, en: r.name },
    description: {
      zh: `${theme.zh} · 导入自 ${r.provenance.files.join('、')}`,
      en: `${theme.en} · imported from ${r.provenance.files.join(', ')}`,
    },
    defaultVisible: true,
    color: r.color ?? undefined,
  });
}

const KEY = Symbol('user-layers');
export const setUserLayers = (s: UserLayers): UserLayers => setContext(KEY, s);
export const getUserLayers = (): UserLayers => getContext<UserLayers>(KEY);
