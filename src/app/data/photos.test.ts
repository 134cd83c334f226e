import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from './db';
import {
  cachedPhotoUrl,
  downscalePhoto,
  fitWithin,
  getPhotoUrl,
  MAX_PHOTO_BYTES,
  photoCodes,
  PhotoError,
  removePhoto,
  savePhoto,
} from './photos';

const jpeg = (bytes: number[] = [0xff, 0xd8, 0xff, 0xd9]) =>
  new File([new Uint8Array(bytes)], 'landmark.jpg', { type: 'image/jpeg' });

beforeEach(async () => {
  await db.delete();
  await db.open();
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('municipality photos', () => {
  it('are kept on the tablet and read back as a picture address', async () => {
    await savePhoto('165', jpeg());

    expect(await getPhotoUrl('165')).toBe('data:image/jpeg;base64,/9j/2Q==');
    expect(cachedPhotoUrl('165')).toBe('data:image/jpeg;base64,/9j/2Q==');
    expect(await photoCodes()).toEqual(['165']);
    expect(await getPhotoUrl('101')).toBeNull();
  });

  it('replace the earlier photo of the same municipality', async () => {
    await savePhoto('165', jpeg([1]));
    await savePhoto('165', jpeg([2]));

    expect(await getPhotoUrl('165')).toBe('data:image/jpeg;base64,Ag==');
    expect(await db.photos.count()).toBe(1);
  });

  it('are removed, and the municipality then has none', async () => {
    await savePhoto('165', jpeg());
    await removePhoto('165');

    expect(await getPhotoUrl('165')).toBeNull();
    expect(cachedPhotoUrl('165')).toBeNull();
    expect(await photoCodes()).toEqual([]);
  });

  it.each([
    [
      'a file that is not a picture',
      '165',
      new File(['hello'], 'notes.txt', { type: 'text/plain' }),
      'notImage',
    ],
    ['a file of no known type', '165', new File(['?'], 'photo'), 'notImage'],
    ['an unknown municipality', '999', jpeg(), 'unknownMunicipality'],
    [
      'a picture too large to keep',
      '165',
      new File([new Uint8Array(MAX_PHOTO_BYTES + 1)], 'huge.png', { type: 'image/png' }),
      'tooLarge',
    ],
  ])('refuse %s and keep the earlier photo', async (_what, code, file, problem) => {
    await savePhoto('165', jpeg());

    const refusal = await savePhoto(code, file).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(PhotoError);
    expect(refusal).toMatchObject({ problem });
    expect(await getPhotoUrl('165')).toBe('data:image/jpeg;base64,/9j/2Q==');
  });
});

describe('downscaling', () => {
  it('fits the longer side within 640 px and keeps the shape', () => {
    expect(fitWithin(4032, 3024)).toEqual({ width: 640, height: 480 });
    expect(fitWithin(3024, 4032)).toEqual({ width: 480, height: 640 });
    expect(fitWithin(320, 200)).toEqual({ width: 320, height: 200 });
  });

  it('redraws a camera photo as a small JPEG when the browser can', async () => {
    const drawn: { width: number; height: number }[] = [];
    const close = vi.fn();
    vi.stubGlobal('createImageBitmap', async () => ({ width: 4000, height: 3000, close }));
    vi.stubGlobal(
      'OffscreenCanvas',
      class {
        constructor(
          readonly width: number,
          readonly height: number,
        ) {}
        getContext() {
          return {
            fillStyle: '',
            fillRect: () => undefined,
            drawImage: (_image: unknown, _x: number, _y: number, width: number, height: number) =>
              drawn.push({ width, height }),
          };
        }
        async convertToBlob(options: { type: string }) {
          return new Blob([new Uint8Array([7, 7])], { type: options.type });
        }
      },
    );

    const small = await downscalePhoto(jpeg());
    expect(drawn).toEqual([{ width: 640, height: 480 }]);
    expect(small?.type).toBe('image/jpeg');
    expect(close).toHaveBeenCalled();

    await savePhoto('101', jpeg());
    expect(await getPhotoUrl('101')).toBe('data:image/jpeg;base64,Bwc=');
  });

  it('refuses a file the browser cannot read as a picture', async () => {
    vi.stubGlobal('createImageBitmap', async () => {
      throw new DOMException('The source image could not be decoded.', 'InvalidStateError');
    });

    await expect(savePhoto('101', jpeg())).rejects.toMatchObject({ problem: 'unreadable' });
    expect(await getPhotoUrl('101')).toBeNull();
  });

  it('keeps the file as it is where nothing can redraw it', async () => {
    expect(await downscalePhoto(jpeg())).toBeNull();
  });
});
