// A view of the coordinator page that asks the server nothing until the coordinator opens it: its
// heading and a line on what it shows, a button that opens and closes it, and its body while open.
import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

interface ShownOnRequestProps {
  class: string;
  title: string;
  explain: string;
  /** The button's text. */
  show: string;
  open: boolean;
  onToggle: () => void;
  /** Whether the body's figures are on their way. */
  busy: boolean;
  children: ComponentChildren;
}

export function ShownOnRequest(props: ShownOnRequestProps) {
  const id = useId();
  return (
    <section class={props.class} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{props.title}</h2>
      <p>{props.explain}</p>
      <div class="report-views">
        <button
          type="button"
          aria-expanded={props.open}
          aria-controls={`${id}-body`}
          onClick={props.onToggle}
        >
          {props.show}
        </button>
      </div>
      {props.open && (
        <div id={`${id}-body`} aria-busy={props.busy}>
          {props.children}
        </div>
      )}
    </section>
  );
}
