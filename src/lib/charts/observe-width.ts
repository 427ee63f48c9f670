import type { Attachment } from 'svelte/attachments';

/**
 * Attachment that reports the element's content width (whole px) now and on every resize, so a
 * chart can lay itself out for a 360 px sidebar or a wide panel. Does nothing where there is no
 * ResizeObserver (jsdom): the chart keeps its default width.
 */
export function observeWidth(onWidth: (width: number) => void): Attachment<HTMLElement> {
  return (element) => {
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => onWidth(Math.round(entry.contentRect.width)));
    observer.observe(element);
    return () => observer.disconnect();
  };
}
