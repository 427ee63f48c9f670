import { getContext, setContext } from 'svelte';

const KEY_COUNTIES_STORE = 'atlas.keyCounties';

function readStored(): string[] {
  try {
    const v: unknown = JSON.parse(localStorage.getItem(KEY_COUNTIES_STORE) ?? '[]');
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && /^21\d{4}$/.test(x)) : [];
  } catch {
    return [];
  }
}

/**
 * The planner's picks in the plan panel: industries (in the link), a hover preview (not), and the
 * provincial key counties if the user loaded the list (kept in this browser).
 */
export class FocusState {
  industries = $state<string[]>([]);
  preview = $state<{ industries: string[]; prefecture?: string } | null>(null);
  keyCounties = $state<string[]>(typeof localStorage === 'undefined' ? [] : readStored());

  setKeyCounties(codes: string[]): void {
    this.keyCounties = [...new Set(codes)].sort();
    try {
      if (codes.length) localStorage.setItem(KEY_COUNTIES_STORE, JSON.stringify(this.keyCounties));
      else localStorage.removeItem(KEY_COUNTIES_STORE);
    } catch {
      /* private mode: keep for this session */
    }
  }

  toggleIndustry(id: string): void {
    this.industries = this.industries.includes(id) ? this.industries.filter((i) => i !== id) : [...this.industries, id];
  }

  clear(): void {
    this.industries = [];
    this.preview = null;
  }
}

const KEY = Symbol('focus');
export const setFocus = (s: FocusState): FocusState => setContext(KEY, s);
export const getFocus = (): FocusState => getContext<FocusState>(KEY);
