import { describe, expect, it } from 'vitest';
import { isoFromWritten, readGshhgRelease, readNbsEdition } from '../../../scripts/build-data/lib/dataset-date';

describe('isoFromWritten', () => {
  it('reads the date formats the seeds and package documents use', () => {
    expect(isoFromWritten('2016年8月27日')).toBe('2016-08-27');
    expect(isoFromWritten('2021-01-06 17:54')).toBe('2021-01-06');
    expect(isoFromWritten('July 25, 2018')).toBe('2018-07-25');
    expect(isoFromWritten('June 15, 2017')).toBe('2017-06-15');
  });

  it('throws on a format it does not know, rather than guessing', () => {
    expect(() => isoFromWritten('27/08/2016')).toThrow(/no format/);
    expect(() => isoFromWritten('Juin 15, 2017')).toThrow(/no format/);
  });
});

describe('readGshhgRelease', () => {
  it('takes the first (current) version line, not the older ones below it', () => {
    const readme =
      '$LastChangedDate: 2017-06-14 17:11:54 -1000 (Wed, 14 Jun 2017) $\n\n' +
      '                Version 2.3.7 June 15, 2017\n' +
      'Earlier GSHHG Version-specific comments:\n' +
      'Version 2.3.6 August 19, 2016\n';
    expect(readGshhgRelease(readme)).toEqual({ version: '2.3.7', written: 'June 15, 2017', iso: '2017-06-15' });
    expect(() => readGshhgRelease('GSHHG\n')).toThrow(/no "Version/);
  });
});

describe('readNbsEdition', () => {
  it('quotes the edition line as written and pads the cut-off', () => {
    const readme =
      '* [最新县及县以上行政区划代码（截止时间：2015-9-30，发布时间：2016-08-09）](http://x)\n' +
      '* [2015年统计用区划代码和城乡划分代码（截止时间：2015-9-30，发布时间：2016-7-27）](http://y)\n';
    expect(readNbsEdition(readme)).toEqual({
      line: '2015年统计用区划代码和城乡划分代码（截止时间：2015-9-30，发布时间：2016-7-27）',
      cutoff: '2015-09-30',
    });
  });
});
