import { Globe } from '../pictograms/Globe';
import { flagUrl } from './flagUrls';
import './flags.css';

interface FlagProps {
  code: string;
  class?: string;
}

/** A country's flag, decorative: the button around it is named by the country's visible name. */
export function Flag({ code, class: className }: FlagProps) {
  const url = flagUrl(code);
  const classes = ['flag', className ?? ''].filter(Boolean).join(' ');
  if (!url) return <Globe class={`${classes} flag--missing`} />;
  return <img class={classes} src={url} alt="" decoding="async" draggable={false} />;
}
