// The week's shape for every tablet of the centre: the period's visit log from the server, counted
// here by weekday and hour (shared/reports/weekShape.ts), fetched again when the period changes.
import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../../i18n/I18n';
import type { Period } from '../../../shared/periods';
import type { WeekShape } from '../../../shared/reports/weekShape';
import { weekShape } from '../../../shared/reports/weekShape';
import { getVisitList } from '../../coordinator/api';
import type { Connection } from '../../coordinator/credentials';
import { WeekShapeTable } from '../reports/WeekShapeTable';
import { problemText } from './problemText';

interface ServerWeekShapeProps {
  connection: Connection;
  period: Period;
  /** One centre's id; null for every centre the token sees. */
  centre?: string | null;
  /** Changes when the figures must be fetched again (e.g. after unsent visits were loaded). */
  reloadKey: number;
}

export function ServerWeekShape(props: ServerWeekShapeProps) {
  const { connection, period, centre = null, reloadKey } = props;
  const { t } = useI18n();
  const [shape, setShape] = useState<WeekShape | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    setProblem(null);
    getVisitList(connection, { ...period, centre }).then(
      (list) => {
        if (current) setShape(weekShape(list.visits));
      },
      (error: unknown) => {
        if (current) setProblem(problemText(t, error));
      },
    );
    return () => {
      current = false;
    };
  }, [connection.endpoint, connection.token, period.from, period.to, centre, reloadKey]);

  return (
    <div class="server-week-shape">
      {problem && (
        <p role="status" class="report-problem">
          {problem}
        </p>
      )}
      {shape && <WeekShapeTable shape={shape} />}
    </div>
  );
}
