import { type RefObject, useLayoutEffect } from "react";

/** Everything that decides where a character lands, copied from the textarea to its mirror. */
const COPIED = [
  "font-family",
  "font-size",
  "font-weight",
  "font-style",
  "font-variant",
  "font-stretch",
  "font-kerning",
  "font-feature-settings",
  "line-height",
  "letter-spacing",
  "word-spacing",
  "text-transform",
  "text-indent",
  "text-align",
  "text-rendering",
  "tab-size",
  "direction",
  "padding-top",
  "padding-right",
  "padding-bottom",
  "padding-left",
] as const;

/**
 * Keeps the highlight layer exactly under the textarea's text: same font and padding, same inner
 * size (so a scrollbar narrows both alike), same scroll position. Styles are set through the
 * CSSOM, which a strict Content-Security-Policy allows.
 */
export function useMirror(
  textareaRef: RefObject<HTMLTextAreaElement | null>,
  mirrorRef: RefObject<HTMLDivElement | null>,
  active: boolean,
): void {
  useLayoutEffect(() => {
    const area = textareaRef.current;
    const mirror = mirrorRef.current;
    if (!active || !area || !mirror) return;
    const sync = () => {
      const style = window.getComputedStyle(area);
      for (const property of COPIED) mirror.style.setProperty(property, style.getPropertyValue(property));
      mirror.style.top = `${area.offsetTop + area.clientTop}px`;
      mirror.style.left = `${area.offsetLeft + area.clientLeft}px`;
      mirror.style.width = `${area.clientWidth}px`;
      mirror.style.height = `${area.clientHeight}px`;
      mirror.scrollTop = area.scrollTop;
      mirror.scrollLeft = area.scrollLeft;
    };
    const follow = () => {
      mirror.scrollTop = area.scrollTop;
      mirror.scrollLeft = area.scrollLeft;
    };
    sync();
    const observer = new ResizeObserver(sync);
    observer.observe(area);
    area.addEventListener("scroll", follow, { passive: true });
    // Typing can change the scroll position and the scrollbar without resizing the box.
    area.addEventListener("input", sync);
    void document.fonts.ready.then(sync);
    return () => {
      observer.disconnect();
      area.removeEventListener("scroll", follow);
      area.removeEventListener("input", sync);
    };
  }, [textareaRef, mirrorRef, active]);

  // After each render the mirror holds new text; match the textarea's scroll again.
  useLayoutEffect(() => {
    const area = textareaRef.current;
    const mirror = mirrorRef.current;
    if (!active || !area || !mirror) return;
    mirror.style.width = `${area.clientWidth}px`;
    mirror.style.height = `${area.clientHeight}px`;
    mirror.scrollTop = area.scrollTop;
  });
}
