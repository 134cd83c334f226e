// A centre coordinator token just made: shown this once (the server keeps only its hash), with a
// copy button and a plain warning. Focus lands on the token so it can be copied at once.
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { NewCentreToken } from '../../../shared/api/centres';
import { useCentreTexts } from './centreTexts';

interface NewTokenPanelProps {
  made: NewCentreToken;
  onHide: () => void;
}

export function NewTokenPanel({ made, onHide }: NewTokenPanelProps) {
  const ct = useCentreTexts();
  const titleId = useId();
  const fieldId = useId();
  const field = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState(false);

  useEffect(() => {
    field.current?.focus();
    field.current?.select();
  }, [made.id]);

  const copy = () => {
    navigator.clipboard?.writeText(made.token).then(
      () => setCopied(true),
      // Copying may be refused: the token can still be selected and copied by hand.
      () => setCopied(false),
    );
  };

  return (
    <section class="new-token" aria-labelledby={titleId}>
      <h5 id={titleId}>{ct('tokenMade', { label: made.label })}</h5>
      <p class="new-token__warning">{ct('tokenWarning')}</p>
      <label for={fieldId}>{ct('tokenField')}</label>
      <input
        id={fieldId}
        ref={field}
        class="new-token__field"
        type="text"
        readOnly
        value={made.token}
        onFocus={(event) => event.currentTarget.select()}
      />
      <div class="new-token__actions">
        <button type="button" onClick={copy}>
          {ct('tokenCopy')}
        </button>
        <button type="button" onClick={onHide}>
          {ct('tokenHide')}
        </button>
      </div>
      <p role="status">{copied && ct('tokenCopied')}</p>
    </section>
  );
}
