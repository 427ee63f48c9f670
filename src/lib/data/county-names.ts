/** A county name without its kind suffix: 宽甸满族自治县 → 宽甸, 阜新蒙古族自治县 → 阜新, 凌源市 → 凌源. */
export function shortCountyName(name: string): string {
  return name.replace(/(满族自治县|蒙古族自治县|蒙古族|自治县|新区|区|县|市)$/, '');
}
