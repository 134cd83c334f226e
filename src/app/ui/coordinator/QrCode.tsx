// The pairing link's QR code, drawn as SVG on the page. The encoder (a CommonJS package) comes with
// the coordinator page's own chunk: fetched apart, it split the bundler's shared helpers out of the
// kiosk's first chunk into one more request on every start.
import { create } from 'qrcode';
import { useMemo } from 'preact/hooks';
import { qrPath } from './qrPath';

interface QrCodeProps {
  text: string;
  /** What the code holds, for those who cannot see it. */
  label: string;
}

const MARGIN = 4;

export function QrCode({ text, label }: QrCodeProps) {
  const drawn = useMemo(() => {
    const { modules } = create(text, { errorCorrectionLevel: 'M' });
    return { size: modules.size + 2 * MARGIN, path: qrPath(modules, MARGIN) };
  }, [text]);
  return (
    <svg
      class="qr-code"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${drawn.size} ${drawn.size}`}
      shape-rendering="crispEdges"
    >
      <rect width={drawn.size} height={drawn.size} fill="#fff" />
      <path d={drawn.path} fill="#000" />
    </svg>
  );
}
