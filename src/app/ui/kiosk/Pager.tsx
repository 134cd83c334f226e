// Many tiles as sideways pages rather than a long scroll or nested menus: as many tiles as fit
// the screen, large previous/next buttons, "2 / 14" in digits, and a swipe that turns the page.
// The speaker reads the question and the page shown; turning the page stops a reading under way.
import type { RefObject } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { PromptId } from '../../data/soundItems';
import { useI18n } from '../../i18n/I18n';
import { Back, Forward } from '../pictograms';
import { useScreenScript } from '../sound/ReadAloud';
import type { Choice } from './ChoiceGrid';
import { ChoiceGrid } from './ChoiceGrid';
import { choiceScript } from './choiceScript';
import type { GridFit } from './paging';
import { clampPage, fitPageArea, pageCount, pageItems, pageOf, swipeStep } from './paging';
import './Pager.css';

/** How many columns and rows of tiles fit the page area, measured again when the screen turns. */
function useGridFit(area: RefObject<HTMLElement>): GridFit {
  const [fit, setFit] = useState<GridFit>(() => measure(null));
  useLayoutEffect(() => {
    const update = () => {
      const next = measure(area.current);
      setFit((old) => (old.columns === next.columns && old.rows === next.rows ? old : next));
    };
    update();
    window.addEventListener('resize', update);
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(update) : null;
    if (observer && area.current) observer.observe(area.current);
    return () => {
      window.removeEventListener('resize', update);
      observer?.disconnect();
    };
  }, [area]);
  return fit;
}

function measure(element: HTMLElement | null): GridFit {
  return fitPageArea(
    window.innerWidth,
    window.innerHeight,
    element?.clientWidth,
    element?.clientHeight,
  );
}

interface PagerProps {
  /** The question the speaker reads before the tiles of the page shown. */
  question: PromptId;
  choices: readonly Choice[];
}

export function Pager({ question, choices }: PagerProps) {
  const { t, dir, formatNumber } = useI18n();
  const area = useRef<HTMLDivElement>(null);
  const fit = useGridFit(area);
  const perPage = fit.columns * fit.rows;
  // The first tile in view, not the page number: when the screen turns and the page size
  // changes, the same tiles stay in view.
  const [first, setFirst] = useState(0);
  const pages = pageCount(choices.length, perPage);
  const page = clampPage(pageOf(first, perPage), pages);
  const turnTo = (next: number) => setFirst(clampPage(next, pages) * perPage);

  const swipeStart = useRef<{ x: number; y: number; pointer: number } | null>(null);
  const swiped = useRef(false);

  const onPointerDown = (event: PointerEvent) => {
    swipeStart.current = { x: event.clientX, y: event.clientY, pointer: event.pointerId };
    swiped.current = false;
  };
  const onPointerUp = (event: PointerEvent) => {
    const start = swipeStart.current;
    swipeStart.current = null;
    if (!start || start.pointer !== event.pointerId) return;
    const step = swipeStep(event.clientX - start.x, event.clientY - start.y, dir);
    if (step === 0) return;
    swiped.current = true;
    turnTo(page + step);
  };
  // The click that follows a swipe lands on a tile of the page that has just gone (the browser
  // chose its target at pointerup); it must not choose that tile.
  const onPage = pageItems(choices, page, perPage);
  useScreenScript(choiceScript(question, onPage));
  const shown = onPage.map((choice) => ({
    ...choice,
    onChoose: () => {
      if (swiped.current) {
        swiped.current = false;
        return;
      }
      choice.onChoose();
    },
  }));

  return (
    <div class="pager">
      <div
        ref={area}
        class="pager__pages"
        onPointerDown={onPointerDown}
        onPointerUp={onPointerUp}
        onPointerCancel={() => (swipeStart.current = null)}
      >
        <ChoiceGrid choices={shown} columns={fit.columns} rows={fit.rows} />
      </div>
      <div class="pager__controls">
        <button
          type="button"
          class="pager__button pager__button--previous"
          disabled={page === 0}
          onClick={() => turnTo(page - 1)}
        >
          <Back />
          {t('nav.previousPage')}
        </button>
        <p class="pager__count" role="status" aria-label={t('nav.page', { page: page + 1, pages })}>
          {formatNumber(page + 1)} / {formatNumber(pages)}
        </p>
        <button
          type="button"
          class="pager__button pager__button--next"
          disabled={page >= pages - 1}
          onClick={() => turnTo(page + 1)}
        >
          {t('nav.nextPage')}
          <Forward />
        </button>
      </div>
    </div>
  );
}
