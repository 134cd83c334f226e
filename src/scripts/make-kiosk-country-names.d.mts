// Types for the generator, so the test beside the generated tables can run it.
import type { IcuSource } from './make-country-names.mjs';

export type ShippedNamesCode = 'so' | 'ti' | 'ckb' | 'kmr';
export interface ShippedNameTable {
  names: Record<string, string>;
  /** The codes ICU has no name for in this language, given in English instead. */
  english: string[];
}
export const SHIPPED_NAME_LANGUAGES: readonly ShippedNamesCode[];
export function shippedNameTable(code: ShippedNamesCode): ShippedNameTable;
export function shippedNamesSource(
  code: ShippedNamesCode,
  table?: ShippedNameTable,
  source?: IcuSource,
): string;
