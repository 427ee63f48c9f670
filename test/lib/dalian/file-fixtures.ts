/** The first bytes of an Excel 97–2003 (.xls) file: the OLE2 compound-file signature. */
export const OLE_BYTES = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
