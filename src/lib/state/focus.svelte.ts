import { getContext, setContext } from 'svelte';

/** The planner's picks in the plan panel: industries (in the link), and a hover preview (not). */
export class FocusState {
  industries = $state<string[]>([]);
  preview = $state<{ industries: string[]; prefecture?: string } | null>(null);

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
