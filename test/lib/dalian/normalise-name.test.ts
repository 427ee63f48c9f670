import { describe, expect, it } from 'vitest';
import {
  bracketedAsides,
  cleanCode,
  normaliseTownName,
  normaliseVillageName,
  villageSuffixKind,
} from '../../../src/lib/dalian/normalise-name';
import { nameSimilarity } from '../../../src/lib/dalian/similarity';

describe('normaliseVillageName', () => {
  it.each([
    ['河川村', '河川', '村'],
    ['河川村委会', '河川', '村委会'],
    ['河川村民委员会', '河川', '村民委员会'],
    ['河川村村委会', '河川', '村村委会'],
    ['河川社区', '河川', '社区'],
    ['河川社区居民委员会', '河川', '社区居民委员会'],
    ['河川社区居委会', '河川', '社区居委会'],
    ['河川居委会', '河川', '居委会'],
    ['河川', '河川', ''],
    [' 河 川 村 ', '河川', '村'],
    ['河川村\u3000', '河川', '村'],
    ['河川村（原河穿村）', '河川', '村'],
    ['“河川”村。', '河川', '村'],
    ['ＡＢ村', 'ab', '村'],
    ['大河农场生活区', '大河农场', '生活区'],
  ])('%j → core %j, suffix %j', (name, core, suffix) => {
    expect(normaliseVillageName(name)).toEqual({ core, suffix });
  });

  it('never strips a name down to nothing', () => {
    expect(normaliseVillageName('村').core).toBe('村');
    expect(normaliseVillageName('社区').core).toBe('社区');
  });

  it('drops markup for comparison only (the caller keeps the text verbatim)', () => {
    expect(normaliseVillageName('<b>光明</b>村').core).toBe('光明');
    expect(normaliseVillageName('<script>x</script>光明村').core).toBe('x光明');
  });

  it('tells 村 from 社区 by the stripped suffix', () => {
    expect(villageSuffixKind(normaliseVillageName('胜利村委会').suffix)).toBe('village');
    expect(villageSuffixKind(normaliseVillageName('胜利社区居委会').suffix)).toBe('community');
    expect(villageSuffixKind(normaliseVillageName('胜利居委会').suffix)).toBe('community');
    expect(villageSuffixKind(normaliseVillageName('胜利').suffix)).toBeNull();
  });
});

describe('normaliseTownName', () => {
  it.each([
    ['青堆镇', '青堆'],
    ['青堆镇人民政府', '青堆'],
    ['青堆', '青堆'],
    ['城子坦街道办事处', '城子坦'],
    ['城子坦街道', '城子坦'],
    ['新华办事处', '新华'],
    ['三台满族乡', '三台'],
    ['三台乡', '三台'],
    ['杨家满族乡人民政府', '杨家'],
    ['长兴岛街道', '长兴岛'],
  ])('%j → %j', (name, core) => {
    expect(normaliseTownName(name).core).toBe(core);
  });
});

describe('cleanCode and bracketedAsides', () => {
  it('reads codes as typed or exported', () => {
    expect(cleanCode('２１０２８３１０１２１５')).toBe('210283101215');
    expect(cleanCode('210283 101 215')).toBe('210283101215');
    expect(cleanCode('210283101215.0')).toBe('210283101215');
    expect(cleanCode('2.10283E+11')).toBe('2.10283E+11');
  });

  it('finds former names noted in brackets', () => {
    expect(bracketedAsides('罗沟村（原罗家沟村）')).toEqual(['罗家沟村']);
    expect(bracketedAsides('罗沟村(曾用名:罗家沟)')).toEqual(['罗家沟']);
    expect(bracketedAsides('罗沟村')).toEqual([]);
  });
});

describe('nameSimilarity', () => {
  it('ranks a homophone typo above a one-character typo of different sound', () => {
    const homophone = nameSimilarity('河穿', '河川');
    expect(homophone.kind).toBe('same pronunciation');
    expect(homophone.score).toBeCloseTo(0.98, 2);
    const other = nameSimilarity('河山', '河川');
    expect(other.score).toBe(0.5);
    expect(homophone.score).toBeGreaterThan(other.score);
  });

  it('treats the north-eastern zh/z, l/n and -ng/-n mergers as near-homophones', () => {
    const near = nameSimilarity('石林', '石岭'); // shi lin / shi ling
    expect(near.kind).toBe('similar pronunciation');
    expect(near.score).toBeCloseTo(0.98 * (1 - 0.25 / 2), 2);
  });

  it('gives 1 for identical cores and less for anything else', () => {
    expect(nameSimilarity('八家', '八家').score).toBe(1);
    expect(nameSimilarity('八家', '九家').score).toBeLessThan(1);
  });
});
