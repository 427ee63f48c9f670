import { z } from 'zod';

/**
 * The licence of one source of the shipped data, as found: the package's own licence file copied
 * byte for byte (npm), the Debian copyright file (debian), or a fixed statement (seed documents).
 */
export const licenceEntrySchema = z.object({
  kind: z.enum(['npm', 'debian', 'seed']),
  name: z.string().min(1),
  version: z.string().min(1),
  /** As declared: package.json's `license` (npm), the manifest's licence (debian, seed). */
  licence: z.string().min(1),
  /** Path of the licence file inside the package (npm), absolute (debian); null if there is none. */
  file: z.string().min(1).nullable(),
  /** The file's text as found, or a statement saying why there is none. Never a reconstructed licence. */
  text: z.string().min(1),
  /** package.json's author (npm) or the copyright file's Upstream-Contact without e-mail addresses (debian). */
  author: z.string().min(1).nullable(),
  /** Where the declared licence and the file disagree, or how the package is installed here. */
  note: z.string().min(1).nullable(),
});
export type LicenceEntry = z.infer<typeof licenceEntrySchema>;

/** data/licences.json: one entry per distinct source (kind, name, version) of data/manifest.json. */
export const licencesSchema = z.object({
  sources: z.array(licenceEntrySchema).min(1),
});
export type Licences = z.infer<typeof licencesSchema>;
