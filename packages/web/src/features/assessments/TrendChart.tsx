/**
 * The trend chart, loaded only when a history screen needs it (uPlot: small, canvas-based, no
 * injected <style> tags; its stylesheet is an imported file, so the strict CSP holds).
 * The canvas is decorative for assistive technology: the table next to it carries the numbers.
 */
import { useEffect, useRef } from "react";
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";

export interface TrendSeries {
  label: string;
  /** One value per point in time; null where a result has no such subscale. */
  values: (number | null)[];
}

/** Calm, distinct colours (no red), each line also has its own dash pattern. */
const palette = [
  { stroke: "#2c6a5c", dash: [] },
  { stroke: "#245a80", dash: [8, 4] },
  { stroke: "#6f5a96", dash: [2, 4] },
  { stroke: "#8a5a12", dash: [12, 4, 2, 4] },
];

const monthYear = new Intl.DateTimeFormat("en", { month: "short", year: "2-digit" });
const dayMonth = new Intl.DateTimeFormat("en", { day: "numeric", month: "short" });
const time = new Intl.DateTimeFormat("en", { hour: "numeric", minute: "2-digit" });

export default function TrendChart({
  times,
  series,
  min,
  max,
}: {
  /** Seconds since 1970, oldest first. */
  times: number[];
  series: TrendSeries[];
  min: number;
  max: number;
}) {
  const hostRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    const width = () => Math.max(240, Math.floor(host.clientWidth));
    const height = () => (host.clientWidth < 480 ? 220 : 280);
    const spanDays = times.length > 1 ? ((times.at(-1) ?? 0) - (times[0] ?? 0)) / 86_400 : 0;
    const options: uPlot.Options = {
      width: width(),
      height: height(),
      legend: { show: true, live: false },
      cursor: { show: false },
      scales: { x: { time: true }, y: { range: [min, max] } },
      axes: [
        {
          stroke: "#5a5049",
          grid: { stroke: "#ddd2c4", width: 1 },
          ticks: { stroke: "#ddd2c4", width: 1 },
          font: "13px system-ui, sans-serif",
          values: (_chart, splits) =>
            splits.map((s) =>
              (spanDays > 60 ? monthYear : spanDays >= 2 ? dayMonth : time).format(new Date(s * 1000)),
            ),
        },
        {
          stroke: "#5a5049",
          grid: { stroke: "#ddd2c4", width: 1 },
          ticks: { stroke: "#ddd2c4", width: 1 },
          font: "13px system-ui, sans-serif",
          size: 36,
        },
      ],
      series: [
        {},
        ...series.map((line, i) => {
          const style = palette[i % palette.length] ?? { stroke: "#2c6a5c", dash: [] };
          return {
            label: line.label,
            stroke: style.stroke,
            dash: style.dash,
            width: 2.5,
            points: { show: true, size: 7, fill: style.stroke },
            spanGaps: true,
          };
        }),
      ],
    };
    const data: uPlot.AlignedData = [times, ...series.map((line) => line.values)];
    const chart = new uPlot(options, data, host);
    const observer = new ResizeObserver(() => chart.setSize({ width: width(), height: height() }));
    observer.observe(host);
    return () => {
      observer.disconnect();
      chart.destroy();
    };
  }, [times, series, min, max]);

  return <div ref={hostRef} className="trend-chart__canvas" aria-hidden="true" />;
}
