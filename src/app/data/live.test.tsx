import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/preact';
import { useErrorBoundary } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { recordCheckIn } from './checkins';
import { db } from './db';
import { useLiveQuery } from './live';
import { dayStats } from './stats';

function Headcount({ day }: { day: string }) {
  const stats = useLiveQuery(() => dayStats(day), [day], null);
  if (stats === null) return <p>Counting…</p>;
  return (
    <p>
      {day}: {stats.headcount.adults} women, {stats.headcount.children} children
    </p>
  );
}

function Boundary({ children }: { children: ComponentChildren }) {
  const [error] = useErrorBoundary();
  if (error !== undefined)
    return <p role="alert">{error instanceof Error ? error.message : 'Failed'}</p>;
  return <>{children}</>;
}

function Failing() {
  const value = useLiveQuery(
    () => Promise.reject(new Error('The storage is closed.')),
    [],
    'waiting',
  );
  return <p>{value}</p>;
}

const party = (children: number, at = new Date('2026-11-23T10:00:00+01:00')) => ({
  partyId: crypto.randomUUID(),
  kind: 'visitor' as const,
  country: 'IQ',
  municipality: '101',
  adult: true,
  children,
  at,
});

beforeEach(async () => {
  await db.delete();
  await db.open();
});

afterEach(() => {
  cleanup();
});

describe('useLiveQuery', () => {
  it('shows the initial value, then the result, and follows each new check-in', async () => {
    render(<Headcount day="2026-11-23" />);
    expect(screen.getByText('Counting…')).toBeInTheDocument();
    expect(await screen.findByText('2026-11-23: 0 women, 0 children')).toBeInTheDocument();

    await recordCheckIn(party(2));

    expect(await screen.findByText('2026-11-23: 1 women, 2 children')).toBeInTheDocument();
  });

  it('runs the query again when its deps change', async () => {
    await recordCheckIn(party(3, new Date('2026-11-24T10:00:00+01:00')));
    const { rerender } = render(<Headcount day="2026-11-23" />);
    expect(await screen.findByText('2026-11-23: 0 women, 0 children')).toBeInTheDocument();

    rerender(<Headcount day="2026-11-24" />);

    expect(await screen.findByText('2026-11-24: 1 women, 3 children')).toBeInTheDocument();
  });

  it('stops running the query once the component is gone', async () => {
    let runs = 0;
    function Counted() {
      const count = useLiveQuery(
        () => {
          runs += 1;
          return dayStats('2026-11-23');
        },
        [],
        null,
      );
      return <p>{count === null ? 'Counting…' : `${count.headcount.visits} visits`}</p>;
    }
    const { unmount } = render(<Counted />);
    await screen.findByText('0 visits');
    await recordCheckIn(party(0));
    await screen.findByText('1 visits');
    const runsWhileShown = runs;
    unmount();

    await recordCheckIn(party(1));
    await new Promise((resolve) => setTimeout(resolve, 50));

    expect(runsWhileShown).toBeGreaterThanOrEqual(2);
    expect(runs).toBe(runsWhileShown);
  });

  it('hands a failed query to the nearest error boundary', async () => {
    render(
      <Boundary>
        <Failing />
      </Boundary>,
    );

    expect(await screen.findByRole('alert')).toHaveTextContent('The storage is closed.');
  });
});
