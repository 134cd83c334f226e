import { cleanup, render, screen } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { useErrorBoundary } from 'preact/hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { chunk, fromChunk } from './fromChunk';

afterEach(cleanup);

function Greeting({ name }: { name: string }) {
  return <p>Velkommen, {name}</p>;
}

/** A chunk whose import() answers only when the test lets it. */
function heldChunk() {
  let arrive: () => void = () => undefined;
  let fail: (error: Error) => void = () => undefined;
  const held = chunk(
    () =>
      new Promise<{ Greeting: typeof Greeting }>((resolve, reject) => {
        arrive = () => resolve({ Greeting });
        fail = reject;
      }),
  );
  return { held, arrive: () => arrive(), fail: (error: Error) => fail(error) };
}

function Boundary({ children }: { children: ComponentChildren }) {
  const [error] = useErrorBoundary();
  return error ? <p role="alert">{String(error)}</p> : <>{children}</>;
}

describe('fromChunk', () => {
  it('shows nothing until its chunk is in, then the component with its props', async () => {
    const { held, arrive } = heldChunk();
    const Later = fromChunk(held, (m) => m.Greeting);
    render(<Later name="Amina" />);
    expect(screen.queryByText(/Velkommen/)).not.toBeInTheDocument();
    arrive();
    expect(await screen.findByText('Velkommen, Amina')).toBeInTheDocument();
  });

  it('draws in the same render once the chunk was fetched ahead, without asking for it again', async () => {
    const importer = vi.fn(() => Promise.resolve({ Greeting }));
    const ahead = chunk(importer);
    await ahead.load();
    const Later = fromChunk(ahead, (m) => m.Greeting);
    render(<Later name="Sara" />);
    expect(screen.getByText('Velkommen, Sara')).toBeInTheDocument();
    expect(importer).toHaveBeenCalledTimes(1);
  });

  it('gives a chunk that cannot load to the nearest error boundary', async () => {
    const { held, fail } = heldChunk();
    const Later = fromChunk(held, (m) => m.Greeting);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <Boundary>
        <Later name="Hana" />
      </Boundary>,
    );
    fail(new Error('The chunk is not in the precache'));
    expect(await screen.findByRole('alert')).toHaveTextContent('The chunk is not in the precache');
  });
});
