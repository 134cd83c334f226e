// Today's date at the centre for the staff screens, moving on by itself at midnight, so a tablet
// left on the staff view overnight shows the new day's figures without a reload.
import { useEffect, useState } from 'preact/hooks';
import { localDate } from '../../../shared/time';

const CHECK_EVERY_MS = 30_000;

export function useToday(): string {
  const [today, setToday] = useState(() => localDate(new Date()));
  useEffect(() => {
    const timer = setInterval(() => setToday(localDate(new Date())), CHECK_EVERY_MS);
    return () => clearInterval(timer);
  }, []);
  return today;
}
