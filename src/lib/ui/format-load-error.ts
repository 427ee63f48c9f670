import type { LoadError } from '../data/load-dataset';
import type { MessageKey } from '../i18n/zh';

type T = (key: MessageKey, params?: Record<string, string | number>) => string;

/** One sentence naming the file and what was wrong with it, in the interface language. */
export function formatLoadError(error: LoadError, t: T): string {
  switch (error.kind) {
    case 'fetch':
      return t('error_fetch', { file: error.file, detail: error.detail });
    case 'hash':
      return t('error_hash', {
        file: error.file,
        expected: error.expected.slice(0, 12),
        actual: error.actual.slice(0, 12),
      });
    case 'json':
      return t('error_json', { file: error.file, detail: error.detail });
    case 'schema':
      return t('error_schema', { file: error.file, detail: error.detail });
    case 'not_in_manifest':
      return t('error_not_in_manifest', { file: error.file });
  }
}
