import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';
import { isOleCompoundFile, readXlsx, XLS_REFUSED } from '../../../src/lib/io/formats/xlsx';
import { ReadError } from '../../../src/lib/io/formats/types';
import { OLE_BYTES } from './file-fixtures';

async function workbookBytes(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('readXlsx (workbooks written by exceljs)', () => {
  it('reads shared strings, numbers, booleans, rich text and formula results exactly', async () => {
    const bytes = await workbookBytes((wb) => {
      const ws = wb.addWorksheet('低收入村');
      ws.addRow(['村名', '代码', '收入', '已出列', '备注']);
      ws.addRow([
        '河川村',
        '210283101215',
        5230.5,
        true,
        { richText: [{ text: '蓝莓' }, { text: '、光伏', font: { bold: true } }] },
      ]);
      ws.addRow(['前炉村', 210283101201, 0.1 + 0.2, false, { formula: 'C3*2', result: 0.6000000000000001 }]);
      ws.addRow([]);
      ws.getCell('A5').value = '<b>孔家</b>村 & "引号"';
      ws.getCell('C5').value = -12;
    });
    const t = readXlsx({ name: '名单.xlsx', bytes });
    expect(t.sheetNames).toEqual(['低收入村']);
    expect(t.sheet).toBe('低收入村');
    expect(t.rows).toEqual([
      ['村名', '代码', '收入', '已出列', '备注'],
      ['河川村', '210283101215', 5230.5, true, '蓝莓、光伏'],
      ['前炉村', 210283101201, 0.30000000000000004, false, 0.6000000000000001],
      [],
      ['<b>孔家</b>村 & "引号"', null, -12],
    ]);
  });

  it('reads a chosen sheet by name or index, and lists the sheets when the name is wrong', async () => {
    const bytes = await workbookBytes((wb) => {
      wb.addWorksheet('说明').addRow(['本表为示例']);
      wb.addWorksheet('名单').addRow(['胜利村', '赵屯乡']);
    });
    expect(readXlsx({ name: 'a.xlsx', bytes }, { sheet: '名单' }).rows).toEqual([['胜利村', '赵屯乡']]);
    expect(readXlsx({ name: 'a.xlsx', bytes }, { sheet: 1 }).sheet).toBe('名单');
    expect(() => readXlsx({ name: 'a.xlsx', bytes }, { sheet: '村' })).toThrow(
      'a.xlsx: has no sheet "村"; its sheets are "说明", "名单"',
    );
  });

  it('fills vertically merged cells (a town over its villages) but not horizontal titles', async () => {
    const bytes = await workbookBytes((wb) => {
      const ws = wb.addWorksheet('Sheet1');
      ws.addRow(['大连市2014年低收入村名单']);
      ws.mergeCells('A1:C1');
      ws.addRow(['乡镇', '村名']);
      ws.addRow(['青堆镇', '河川村']);
      ws.addRow([null, '前炉村']);
      ws.addRow([null, '孔家村']);
      ws.mergeCells('A3:A5');
    });
    const rows = readXlsx({ name: 'm.xlsx', bytes }).rows;
    expect(rows[0]).toEqual(['大连市2014年低收入村名单']);
    expect(rows.slice(2).map((r) => r[0])).toEqual(['青堆镇', '青堆镇', '青堆镇']);
    expect(readXlsx({ name: 'm.xlsx', bytes }, { fillVerticalMerges: false }).rows[3][0]).toBeNull();
  });
});

describe('readXlsx (hand-made parts)', () => {
  const ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  function handMade(sheetXml: string): Uint8Array {
    return zipSync({
      '_rels/.rels': strToU8(
        `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      ),
      'xl/workbook.xml': strToU8(
        `<?xml version="1.0"?><x:workbook xmlns:x="${ns}" xmlns:r="${rel}"><x:sheets><x:sheet name="名单" sheetId="1" r:id="rId7"/></x:sheets></x:workbook>`,
      ),
      'xl/_rels/workbook.xml.rels': strToU8(
        `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId7" Type="${rel}/worksheet" Target="/xl/worksheets/data.xml"/></Relationships>`,
      ),
      'xl/worksheets/data.xml': strToU8(
        `<?xml version="1.0"?><x:worksheet xmlns:x="${ns}"><x:sheetData>${sheetXml}</x:sheetData></x:worksheet>`,
      ),
    });
  }

  it('reads inline strings, prefixed elements, absolute targets, gaps, errors and _x escapes', () => {
    const bytes = handMade(
      '<x:row r="2"><x:c r="B2" t="inlineStr"><x:is><x:t>八家村</x:t></x:is></x:c><x:c r="D2" t="b"><x:v>1</x:v></x:c></x:row>' +
        '<x:row r="3"><x:c t="inlineStr"><x:is><x:t>第一行_x000A_第二行</x:t></x:is></x:c><x:c t="e"><x:v>#N/A</x:v></x:c><x:c t="str"><x:v>公式文本</x:v></x:c><x:c><x:v>1.5E3</x:v></x:c></x:row>',
    );
    const t = readXlsx({ name: 'h.xlsx', bytes });
    expect(t.sheet).toBe('名单');
    expect(t.rows).toEqual([[], [null, '八家村', null, true], ['第一行\n第二行', '#N/A', '公式文本', 1500]]);
  });

  it('refuses .xls (OLE2) bytes with the advice to save as .xlsx or CSV', () => {
    expect(isOleCompoundFile(OLE_BYTES)).toBe(true);
    expect(() => readXlsx({ name: '名单.xlsx', bytes: OLE_BYTES })).toThrow(ReadError);
    expect(() => readXlsx({ name: '名单.xlsx', bytes: OLE_BYTES })).toThrow(XLS_REFUSED.en);
    expect(XLS_REFUSED.zh).toContain('另存为 .xlsx');
  });

  it('refuses non-zip bytes and a zip without a workbook', () => {
    expect(() => readXlsx({ name: 'x.xlsx', bytes: strToU8('村名\n河川村') })).toThrow(/not a zip archive/);
    const zip = zipSync({ 'readme.txt': strToU8('hi') });
    expect(() => readXlsx({ name: 'x.xlsx', bytes: zip })).toThrow(
      'x.xlsx: is not an .xlsx workbook: xl/workbook.xml is missing',
    );
  });
});
