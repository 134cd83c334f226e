// Pictures staff set for the kiosk's municipality tiles (a local landmark instead of the map). They
// stay on this tablet: no visit refers to them and sync never sends them. Each is redrawn as a JPEG
// of at most 640 px on its longer side before it is kept, which keeps a dozen tiles light and drops
// the camera's metadata, its GPS position included.
import { isMunicipalityCode } from '../../shared/municipalities';
import { db, writing } from './db';

const MAX_PHOTO_SIDE = 640;
/** The most kept for one photo; only a browser that cannot redraw images keeps an original this large. */
export const MAX_PHOTO_BYTES = 3 * 1024 * 1024;
const JPEG_QUALITY = 0.85;

type PhotoProblem = 'unknownMunicipality' | 'notImage' | 'unreadable' | 'tooLarge';

/** A photo that was not kept; whatever photo the municipality had before is still there. */
export class PhotoError extends Error {
  readonly problem: PhotoProblem;

  constructor(problem: PhotoProblem, message: string) {
    super(message);
    this.name = 'PhotoError';
    this.problem = problem;
  }
}

/** The size that fits within maxSide on both sides, keeping the shape; never larger than it was. */
export function fitWithin(
  width: number,
  height: number,
  maxSide: number = MAX_PHOTO_SIDE,
): { width: number; height: number } {
  const scale = Math.min(1, maxSide / Math.max(width, height, 1));
  return {
    width: Math.max(1, Math.round(width * scale)),
    height: Math.max(1, Math.round(height * scale)),
  };
}

type Canvas2D = OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D;

function canvasOf(
  width: number,
  height: number,
): { context: Canvas2D | null; toJpeg: () => Promise<Blob | null> } {
  if (typeof OffscreenCanvas === 'function') {
    const canvas = new OffscreenCanvas(width, height);
    return {
      context: canvas.getContext('2d'),
      toJpeg: () => canvas.convertToBlob({ type: 'image/jpeg', quality: JPEG_QUALITY }),
    };
  }
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  return {
    context: canvas.getContext('2d'),
    toJpeg: () => new Promise((resolve) => canvas.toBlob(resolve, 'image/jpeg', JPEG_QUALITY)),
  };
}

/**
 * The photo redrawn as a JPEG within maxSide px, upright as the camera meant it; null when this
 * browser cannot redraw images. Throws a PhotoError when the file cannot be read as an image.
 */
export async function downscalePhoto(
  blob: Blob,
  maxSide: number = MAX_PHOTO_SIDE,
): Promise<Blob | null> {
  if (typeof createImageBitmap !== 'function') return null;
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(blob, { imageOrientation: 'from-image' });
  } catch (error) {
    throw new PhotoError('unreadable', `The picture could not be read: ${String(error)}`);
  }
  try {
    const size = fitWithin(bitmap.width, bitmap.height, maxSide);
    const { context, toJpeg } = canvasOf(size.width, size.height);
    if (context === null) return null;
    // JPEG has no transparency: a transparent picture gets a white background, not a black one.
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, size.width, size.height);
    context.drawImage(bitmap, 0, 0, size.width, size.height);
    return await toJpeg();
  } finally {
    bitmap.close();
  }
}

function bytesOf(blob: Blob): Promise<ArrayBuffer> {
  if (typeof blob.arrayBuffer === 'function') return blob.arrayBuffer();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () =>
      reader.result instanceof ArrayBuffer
        ? resolve(reader.result)
        : reject(new Error('The picture could not be read.'));
    reader.onerror = () => reject(reader.error ?? new Error('The picture could not be read.'));
    reader.readAsArrayBuffer(blob);
  });
}

function dataUrl(type: string, bytes: ArrayBuffer): string {
  const view = new Uint8Array(bytes);
  let binary = '';
  // In slices, so a large picture does not overflow the argument list.
  for (let start = 0; start < view.length; start += 0x8000) {
    binary += String.fromCharCode(...view.subarray(start, start + 0x8000));
  }
  return `data:${type};base64,${btoa(binary)}`;
}

// The last address read for each municipality, so a tile that appears again shows its photo at
// once instead of the map first. Data URLs hold their bytes: nothing to release when they go.
const lastUrls = new Map<string, string | null>();

/** The address last read for the municipality's photo: null for none, undefined when not read yet. */
export function cachedPhotoUrl(code: string): string | null | undefined {
  return lastUrls.get(code);
}

/** The municipality's photo as a data: URL for an <img>, or null when it has none. */
export async function getPhotoUrl(code: string): Promise<string | null> {
  const row = await db.photos.get(code);
  const url = row ? dataUrl(row.type, row.bytes) : null;
  lastUrls.set(code, url);
  return url;
}

/** The municipalities that have a photo. */
export async function photoCodes(): Promise<string[]> {
  return (await db.photos.toCollection().primaryKeys()).map(String);
}

/**
 * Keeps a photo for a municipality, replacing its earlier one. Throws a PhotoError, keeping the
 * earlier one, when the file is not a picture that can be used.
 */
export async function savePhoto(code: string, blob: Blob): Promise<void> {
  if (!isMunicipalityCode(code)) {
    throw new PhotoError(
      'unknownMunicipality',
      `${JSON.stringify(code)} is not a municipality code.`,
    );
  }
  if (!blob.type.startsWith('image/')) {
    throw new PhotoError('notImage', `The file is not a picture (${blob.type || 'unknown type'}).`);
  }
  const picture = (await downscalePhoto(blob)) ?? blob;
  if (picture.size > MAX_PHOTO_BYTES) {
    throw new PhotoError(
      'tooLarge',
      `The picture is ${Math.ceil(picture.size / 1024)} kB; at most ${MAX_PHOTO_BYTES / 1024} kB is kept.`,
    );
  }
  const type = picture.type || blob.type;
  const bytes = await bytesOf(picture);
  await writing(() => db.photos.put({ code, bytes, type, savedAt: Date.now() }));
  lastUrls.set(code, dataUrl(type, bytes));
}

/** Removes the municipality's photo; its tile shows the map again. */
export async function removePhoto(code: string): Promise<void> {
  await writing(() => db.photos.delete(code));
  lastUrls.set(code, null);
}
