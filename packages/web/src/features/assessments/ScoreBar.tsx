/**
 * A horizontal bar for one score between its lowest and highest possible value. Drawn as SVG
 * attributes (no inline styles, so the strict CSP holds) and hidden from screen readers: the
 * score is always written out in words next to it.
 */
export function ScoreBar({
  percent,
  tone = "mine",
}: {
  /** 0–100 */
  percent: number;
  tone?: "mine" | "partner";
}) {
  const width = Math.max(1.5, Math.min(100, percent));
  return (
    <svg
      className={`score-bar score-bar--${tone}`}
      viewBox="0 0 100 10"
      preserveAspectRatio="none"
      aria-hidden="true"
      focusable="false"
    >
      <rect className="score-bar__track" x="0" y="0" width="100" height="10" />
      <rect className="score-bar__fill" x="0" y="0" width={width} height="10" />
      <line className="score-bar__mid" x1="50" y1="0" x2="50" y2="10" />
    </svg>
  );
}
