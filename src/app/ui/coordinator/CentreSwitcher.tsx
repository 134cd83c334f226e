// The municipality's choice of centre: "All centres" or one by name. The report, the week's shape,
// the downloads and the tablets below all follow it.
import { useId } from 'preact/hooks';
import type { Centre } from '../../../shared/api/centres';
import { useCentreTexts } from './centreTexts';
import './centres.css';

interface CentreSwitcherProps {
  centres: readonly Centre[];
  chosen: string | null;
  onChoose: (id: string | null) => void;
}

const ALL = '';

export function CentreSwitcher({ centres, chosen, onChoose }: CentreSwitcherProps) {
  const ct = useCentreTexts();
  const id = useId();
  const explainId = useId();
  return (
    <div class="centre-switcher no-print">
      <label for={id}>{ct('switcher')}</label>
      <select
        id={id}
        aria-describedby={explainId}
        value={chosen ?? ALL}
        onChange={(event) => {
          const value = event.currentTarget.value;
          onChoose(value === ALL ? null : value);
        }}
      >
        <option value={ALL}>{ct('all')}</option>
        {centres.map((centre) => (
          <option key={centre.id} value={centre.id}>
            {centre.name}
          </option>
        ))}
      </select>
      <p id={explainId}>{ct('switcherExplain')}</p>
    </div>
  );
}
