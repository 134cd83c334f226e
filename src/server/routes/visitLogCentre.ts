// The visit log of several centres: each visit names its centre, as the first field of the JSON and
// the first column of the CSV ("centre", in Danish "center"). A server with one centre never
// adds it, so its answers stay as they always were.
import type { Centre } from '../../shared/api/centres';
import type { ReportLang } from '../../shared/api/report';
import { CSV_BOM, CSV_LINE_END, csvCell, csvSeparator, type CsvOptions } from '../../shared/csv';
import type { LoggedVisit } from '../../shared/api/visits';
import type { CentredVisit } from '../store/VisitStore';

/** The log's centre column's header, by how the header is written. */
export function centreHeader(header: 'columns' | 'named', lang: ReportLang): string {
  return header === 'named' && lang === 'da' ? 'center' : 'centre';
}

export function centreColumn(
  centres: readonly Centre[],
  visits: readonly CentredVisit[],
): {
  json(): (LoggedVisit & { centre: string })[];
  csv(log: string, header: string, options: CsvOptions): string;
} {
  const names = new Map(centres.map((centre) => [centre.id, centre.name]));
  const nameOf = (id: string) => names.get(id) ?? id;
  return {
    json: () => visits.map(({ centreId, ...visit }) => ({ centre: nameOf(centreId), ...visit })),
    // The log has a header line and then one line per visit, in the same order, none of whose
    // cells holds a line break; each line gets the centre's cell in front.
    csv: (log, header, options) => {
      const sep = csvSeparator(options);
      const lines = log.slice(CSV_BOM.length).split(CSV_LINE_END);
      let out = CSV_BOM;
      lines.forEach((line, i) => {
        if (i === lines.length - 1 && line === '') return;
        const visit = i === 0 ? null : visits[i - 1];
        const first = visit === null ? header : visit === undefined ? '' : nameOf(visit.centreId);
        out += csvCell(first, sep) + sep + line + CSV_LINE_END;
      });
      return out;
    },
  };
}
