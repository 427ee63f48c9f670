import { getContext, setContext } from 'svelte';
import { en } from './en';
import { zh, type MessageKey } from './zh';

export type Lang = 'zh' | 'en';
export const LANGS: readonly Lang[] = ['zh', 'en'];

const DICTIONARIES: Record<Lang, Record<MessageKey, string>> = { zh, en };

/** Fill `{name}` placeholders; unknown placeholders are left as they are. */
export function formatMessage(template: string, params?: Record<string, string | number>): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole));
}

/** Translate `key` into `lang`. */
export function translate(lang: Lang, key: MessageKey, params?: Record<string, string | number>): string {
  return formatMessage(DICTIONARIES[lang][key], params);
}

/** The interface language, shared through context; zh-CN by default. */
export class Locale {
  lang = $state<Lang>('zh');

  constructor(lang: Lang = 'zh') {
    this.lang = lang;
  }

  t = (key: MessageKey, params?: Record<string, string | number>): string => translate(this.lang, key, params);

  /** Pick the zh or en member of a bilingual record. */
  pick = (text: { zh: string; en: string }): string => text[this.lang];

  toggle(): void {
    this.lang = this.lang === 'zh' ? 'en' : 'zh';
  }
}

const KEY = Symbol('locale');
export function setLocale(locale: Locale): Locale {
  return setContext(KEY, locale);
}
export function getLocale(): Locale {
  return getContext<Locale>(KEY);
}
