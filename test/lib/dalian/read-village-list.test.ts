import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { strToU8 } from 'fflate';
import { matchVillageRows } from '../../../src/lib/dalian/match-villages';
import { readPastedVillageList, readVillageListFile } from '../../../src/lib/dalian/read-village-list';
import { VillageListError } from '../../../src/lib/dalian/village-list-types';
import { XLS_REFUSED } from '../../../src/lib/io/formats/xlsx';
import { GAZETTEER } from './gazetteer-fixture';
import { OLE_BYTES } from './file-fixtures';

const file = (name: string, text: string) => ({ name, bytes: strToU8(text) });
const names = (list: { rows: { name: string }[] }) => list.rows.map((r) => r.name);

describe('readVillageListFile: CSV', () => {
  it('reads a GBK CSV with a title row, guesses every column and reads the outcome fields', () => {
    const text = [
      '大连市2014年低收入村名单,,,,,,,,',
      '序号,县（市、区）,所属乡镇,村名,统计用区划代码,人均可支配收入（元）,出列年份,帮扶单位,帮扶项目,利益联结机制,备注',
      '1,庄河市,青堆镇,河川村,210283101215,"5,230元",2018年,庄河市农业农村局,蓝莓大棚、光伏电站,入股分红,',
      '2,,,前炉村,,0.61万元,2019.12,,,,原前卢村',
      '3,瓦房店市,赵屯乡,胜利村,,abc,2012,,,,',
      '合计,,,3个村,,,,,,,',
    ].join('\r\n');
    const list = readVillageListFile({ name: '名单.csv', bytes: iconv.encode(text, 'gbk') });
    expect(list.format).toBe('csv');
    expect(list.encoding).toBe('gbk');
    expect(list.header_row).toBe(2);
    expect(list.mapping).toEqual({
      code: '统计用区划代码',
      exit_year: '出列年份',
      income: '人均可支配收入（元）',
      aid_unit: '帮扶单位',
      linkage_model: '利益联结机制',
      projects: '帮扶项目',
      county: '县（市、区）',
      town: '所属乡镇',
      name: '村名',
      note: '备注',
    });
    expect(names(list)).toEqual(['河川村', '前炉村', '胜利村']);
    expect(list.rows[0]).toMatchObject({
      row: 3,
      town: '青堆镇',
      county: '庄河市',
      code: '210283101215',
      income_per_capita_yuan: 5230,
      exit_year: 2018,
      designated_year: null,
      aid_unit: '庄河市农业农村局',
      projects: ['蓝莓大棚', '光伏电站'],
      linkage_model: '入股分红',
      note: null,
      position: null,
    });
    // Merged county/town cells exported as blanks are carried down, and that is said.
    expect(list.rows[1]).toMatchObject({
      town: '青堆镇',
      county: '庄河市',
      income_per_capita_yuan: 6100,
      exit_year: 2019,
    });
    expect(list.rows[1].note).toBe('原前卢村');
    expect(list.warnings.map((w) => w.en)).toEqual([
      '1 row had an empty county cell (merged cells); the value above was used',
      '1 row had an empty town cell (merged cells); the value above was used',
    ]);
    expect(list.rowErrors).toEqual([
      {
        row: 5,
        message: {
          zh: '“人均可支配收入（元）”列的“abc”不是金额，已留空',
          en: '"abc" in column "人均可支配收入（元）" is not an amount; left empty',
        },
      },
    ]);
    const results = matchVillageRows(list.rows, GAZETTEER);
    expect(results.map((r) => (r.status === 'matched' ? r.candidate.code : r.status))).toEqual([
      '210283101215',
      '210283101201',
      '210281201204',
    ]);
  });

  it('reads lon/lat columns (DMS too), swaps them back when reversed, and doubts far positions', () => {
    const text = [
      '村名,经度,纬度',
      '河川村,122.9839,39.6876',
      `前炉村,"122°58'0""E","39°41'0""N"`,
      '孔家村,39.70,122.95',
      '八家村,116.4,39.9',
      '胜利村,abc,39.9',
    ].join('\n');
    const list = readVillageListFile(file('坐标.csv', text));
    expect(list.rows.map((r) => r.position)).toEqual([
      [122.9839, 39.6876],
      [122.966667, 39.683333],
      [122.95, 39.7],
      [116.4, 39.9],
      null,
    ]);
    expect(list.rowErrors.map((e) => [e.row, e.message.en])).toEqual([
      [4, 'longitude and latitude were swapped; put right'],
      [5, 'position 116.4, 39.9 is outside 普兰店/瓦房店/庄河; check it'],
      [6, '"abc, 39.9" is not a longitude/latitude; position left empty'],
    ]);
  });

  it('refuses a code Excel turned into scientific notation, and keeps a full-precision one', () => {
    const list = readVillageListFile(file('c.csv', '村名,代码\n河川村,2.10283E+11\n前炉村,2.10283101201E+11\n'));
    expect(list.rows.map((r) => r.code)).toEqual([undefined, '210283101201']);
    expect(list.rowErrors[0].message.en).toMatch(
      /^"2.10283E\+11" in column "代码" was turned into scientific notation/,
    );
  });

  it('reads a one-column list without a header, and skips blank lines', () => {
    const list = readVillageListFile(file('list.csv', '河川村\n\n前炉村\r\n孔家村委会\n'));
    expect(list.header_row).toBeNull();
    expect(list.columns).toEqual(['column_1']);
    expect(list.mapping).toEqual({ name: 'column_1' });
    expect(list.rows.map((r) => [r.row, r.name])).toEqual([
      [1, '河川村'],
      [3, '前炉村'],
      [4, '孔家村委会'],
    ]);
  });

  it('keeps HTML in names and cells verbatim', () => {
    const list = readVillageListFile(
      file('h.csv', '村名,备注\n"<img src=x onerror=alert(1)>前炉村","<script>alert(2)</script>"\n'),
    );
    expect(list.rows[0].name).toBe('<img src=x onerror=alert(1)>前炉村');
    expect(list.rows[0].note).toBe('<script>alert(2)</script>');
  });

  it('says which columns exist when no name column can be found, or a chosen one is missing', () => {
    const noName = () => readVillageListFile(file('n.csv', '序号,人口\n1,300\n2,400\n'));
    expect(noName).toThrow(VillageListError);
    expect(noName).toThrow(
      'n.csv: no village-name column found (such as 村名, 行政村, 名称); the columns are “序号”、“人口”.',
    );
    const chosen = () => readVillageListFile(file('n.csv', '序号,人口\n1,300\n'), { mapping: { name: '村' } });
    expect(chosen).toThrow('there is no column "村" (chosen for name)');
    const ok = readVillageListFile(file('n.csv', '序号,人口\n1,300\n'), { mapping: { name: '人口' } });
    expect(ok.guessed).toBe(false);
    expect(names(ok)).toEqual(['300']);
  });
});

describe('readVillageListFile: XLSX, GeoJSON, .xls', () => {
  it('reads an Excel list written by exceljs, exact Chinese text and numbers, merged town cells filled', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('说明').addRow(['数据来源：大连市乡村振兴局']);
    const ws = wb.addWorksheet('名单');
    ws.addRow(['大连市2014年低收入村名单']);
    ws.mergeCells('A1:F1');
    ws.addRow(['序号', '乡镇（街道）', '行政村', '区划代码', '人均纯收入（万元）', '脱贫年份']);
    ws.addRow([1, '青堆镇', '河川村委会', 210283101215, 0.523, 2018]);
    ws.addRow([2, null, '前炉村', '210283101201', 0.6, new Date(Date.UTC(2019, 11, 31))]);
    ws.mergeCells('B3:B4');
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const list = readVillageListFile({ name: '名单.xlsx', bytes }, { sheet: '名单' });
    expect(list.format).toBe('xlsx');
    expect(list.sheet_names).toEqual(['说明', '名单']);
    expect(list.header_row).toBe(2);
    expect(list.rows).toMatchObject([
      {
        row: 3,
        name: '河川村委会',
        town: '青堆镇',
        code: '210283101215',
        income_per_capita_yuan: 5230,
        exit_year: 2018,
      },
      { row: 4, name: '前炉村', town: '青堆镇', code: '210283101201', income_per_capita_yuan: 6000, exit_year: 2019 },
    ]);
    expect(list.rows[0].cells).toEqual({
      序号: 1,
      '乡镇（街道）': '青堆镇',
      行政村: '河川村委会',
      区划代码: 210283101215,
      '人均纯收入（万元）': 0.523,
      脱贫年份: 2018,
    });
    expect(list.warnings).toEqual([]);
    // The first sheet has no village column: that is said, with its columns.
    expect(() => readVillageListFile({ name: '名单.xlsx', bytes })).toThrow(/no village-name column found/);
  });

  it.each([
    ['名单.xls', OLE_BYTES],
    ['名单.xlsx', OLE_BYTES],
    ['名单.xls', strToU8('not really excel')],
  ])('refuses %s (old binary Excel) with the advice to save as .xlsx or CSV', (name, bytes) => {
    try {
      readVillageListFile({ name, bytes });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(VillageListError);
      expect((error as VillageListError).text).toEqual(XLS_REFUSED);
    }
  });

  it('reads GeoJSON properties as columns and Point geometry as the position', () => {
    const fc = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [122.98391234, 39.6876] },
          properties: { 名称: '河川村', 乡镇: '青堆镇', 项目: ['蓝莓', '光伏'] },
        },
        { type: 'Feature', geometry: null, properties: { 名称: '前炉村', 乡镇: '青堆镇', 人均收入: 6100 } },
        { type: 'Feature', geometry: { type: 'Polygon', coordinates: [] }, properties: { 名称: '孔家村' } },
      ],
    };
    const list = readVillageListFile(file('villages.geojson', JSON.stringify(fc)));
    expect(list.format).toBe('geojson');
    expect(list.columns).toEqual(['名称', '乡镇', '项目', '人均收入']);
    expect(list.mapping).toMatchObject({ name: '名称', town: '乡镇', projects: '项目', income: '人均收入' });
    expect(list.rows.map((r) => [r.row, r.name, r.position])).toEqual([
      [1, '河川村', [122.983912, 39.6876]],
      [2, '前炉村', null],
      [3, '孔家村', null],
    ]);
    expect(list.rows[0].projects).toEqual(['蓝莓', '光伏']);
    expect(list.rows[0].cells['项目']).toBe('蓝莓、光伏');
    expect(list.rows[1].income_per_capita_yuan).toBe(6100);
    expect(list.warnings[0].en).toBe('1 features have a geometry other than a point; not used as positions');
  });

  it('refuses broken JSON and an empty file plainly', () => {
    expect(() => readVillageListFile(file('a.geojson', '{"type": '))).toThrow(/a.geojson: is not valid JSON/);
    expect(() => readVillageListFile({ name: 'a.csv', bytes: new Uint8Array() })).toThrow('a.csv: the file is empty');
  });
});

describe('readPastedVillageList', () => {
  it('reads a Word table (tabs), with an empty merged town cell and a trailing tab', () => {
    const text =
      '序号\t乡镇\t村\t帮扶单位\n1\t青堆镇\t河川村\t市财政局\t\n2\t\t前炉村\t\n3\t大营镇\t八家村\t市教育局\n';
    const list = readPastedVillageList(text);
    expect(list.format).toBe('text');
    expect(list.file).toBe('pasted text');
    expect(list.rows.map((r) => [r.row, r.name, r.town, r.aid_unit])).toEqual([
      [2, '河川村', '青堆镇', '市财政局'],
      [3, '前炉村', '青堆镇', null],
      [4, '八家村', '大营镇', '市教育局'],
    ]);
  });

  it('reads a table copied from a PDF (runs of spaces): title, repeated page header, short rows under a merged town, total row', () => {
    const text = [
      '附件：2014年低收入村名单',
      '序号   乡镇        村名      出列时间',
      '1      青堆镇      河川村    2017年',
      '2                  前炉村    2018年',
      '序号   乡镇        村名      出列时间',
      '3      大营镇      八家村    2018年',
      '4      孔家村      2019年',
      '合计   3个村',
    ].join('\n');
    const list = readPastedVillageList(text);
    expect(list.header_row).toBe(2);
    expect(list.rows.map((r) => [r.row, r.town, r.name, r.exit_year])).toEqual([
      [3, '青堆镇', '河川村', 2017],
      [4, '青堆镇', '前炉村', 2018],
      [6, '大营镇', '八家村', 2018],
      [7, '大营镇', '孔家村', 2019],
    ]);
    expect(list.warnings.map((w) => w.en)).toEqual([
      'the header repeats once in the body (page breaks); skipped',
      '2 rows had an empty town cell (merged cells); the value above was used',
    ]);
  });

  it('reads one name per line, and single-space columns without a header', () => {
    expect(names(readPastedVillageList('河川村\n前炉村\n\n孔家村\n'))).toEqual(['河川村', '前炉村', '孔家村']);
    const list = readPastedVillageList('青堆镇 河川村\n青堆镇 前炉村\n大营镇 八家村\n');
    expect(list.header_row).toBeNull();
    expect(list.mapping).toEqual({ town: 'column_1', name: 'column_2' });
    expect(list.rows.map((r) => `${r.town}/${r.name}`)).toEqual(['青堆镇/河川村', '青堆镇/前炉村', '大营镇/八家村']);
  });

  it('refuses empty text', () => {
    expect(() => readPastedVillageList('  \n ')).toThrow('pasted text: nothing was pasted');
  });
});
