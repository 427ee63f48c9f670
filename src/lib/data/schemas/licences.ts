import { z } from 'zod';
import { describeField } from './field-meta';

/**
 * The licence of one source of the shipped data, as found: the package's own licence file copied
 * byte for byte (npm), the Debian copyright file (debian), or a fixed statement (seed documents).
 */
export const licenceEntrySchema = z.object({
  kind: z
    .enum(['npm', 'debian', 'seed'])
    .meta(describeField('来源类别：npm 包、Debian 包或种子文件', 'Kind of source: npm package, Debian package or seed document')),
  name: z.string().min(1).meta(describeField('包名或种子文件名', 'Package or seed file name')),
  version: z.string().min(1).meta(describeField('版本（种子文件为文号或日期）', 'Version (for a seed document, its number or date)')),
  /** As declared: package.json's `license` (npm), the manifest's licence (debian, seed). */
  licence: z
    .string()
    .min(1)
    .meta(
      describeField(
        '声明的许可：npm 包为 package.json 的 license，其余同清单',
        "The declared licence: package.json's license (npm), else the manifest's",
      ),
    ),
  /** Path of the licence file inside the package (npm), absolute (debian); null if there is none. */
  file: z
    .string()
    .min(1)
    .nullable()
    .meta(
      describeField(
        '许可证文件路径（npm 为包内路径，Debian 为绝对路径）；没有则为空',
        'Path of the licence file (inside the package for npm, absolute for Debian); null if there is none',
      ),
    ),
  /** The file's text as found, or a statement saying why there is none. Never a reconstructed licence. */
  text: z
    .string()
    .min(1)
    .meta(
      describeField(
        '许可证原文（照录），或说明为何没有；从不重构',
        'The licence text as found, or a statement saying why there is none; never reconstructed',
      ),
    ),
  /** package.json's author (npm) or the copyright file's Upstream-Contact without e-mail addresses (debian). */
  author: z
    .string()
    .min(1)
    .nullable()
    .meta(
      describeField(
        '作者：package.json 的 author 或 Debian 版权文件的 Upstream-Contact（不含电子邮件）；无则为空',
        "Author: package.json's author or the Debian copyright file's Upstream-Contact (without e-mail); null if none",
      ),
    ),
  /** Where the declared licence and the file disagree, or how the package is installed here. */
  note: z
    .string()
    .min(1)
    .nullable()
    .meta(
      describeField(
        '说明：声明与文件不一致之处，或包在此如何安装；无则为空',
        'Where the declared licence and the file disagree, or how the package is installed here; null if nothing',
      ),
    ),
});
export type LicenceEntry = z.infer<typeof licenceEntrySchema>;

/** data/licences.json: one entry per distinct source (kind, name, version) of data/manifest.json. */
export const licencesSchema = z.object({
  sources: z
    .array(licenceEntrySchema)
    .min(1)
    .meta(describeField('数据的每个来源（种类、名称、版本各不相同）', 'Each distinct source (kind, name, version) of the data')),
});
export type Licences = z.infer<typeof licencesSchema>;
