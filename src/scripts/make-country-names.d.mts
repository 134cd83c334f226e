// Types for the generator, so the test beside the generated table can run it.
export type CountryNameTable = Record<'da' | 'en', Record<string, string>>;
export interface IcuSource {
  node: string;
  icu: string;
  cldr: string;
}
export const LANGS: readonly ['da', 'en'];
export function icuSource(): IcuSource;
export function countryNameTable(): CountryNameTable;
export function literal(text: string): string;
export function sourceDeclaration(source: IcuSource): string[];
export function generatedSource(table?: CountryNameTable, source?: IcuSource): string;
