import { Bar, BarChart, CartesianGrid, LabelList, Legend, XAxis, YAxis } from 'recharts';

export interface FunnelRow {
  stage: string;
  reached: number;
  current: number;
  medianDaysInStage: number | null;
}

export function formatDays(days: number | null): string {
  if (days === null) return 'no one has moved on yet';
  if (days < 1) return 'under a day';
  return days === 1 ? '1 day' : `${days} days`;
}

/**
 * Bars of candidates per stage (everyone who reached it, and who is there now), each labelled
 * with the median days spent in the stage. The same figures are in the table beside it, which is
 * what assistive technology reads; the chart itself is hidden from it.
 */
export function FunnelChart({ rows }: { rows: FunnelRow[] }) {
  const data = rows.map((row) => ({
    ...row,
    medianLabel: row.medianDaysInStage === null ? '' : `median ${formatDays(row.medianDaysInStage)}`,
  }));
  return (
    <div className="funnel-chart" aria-hidden="true">
      <BarChart
        responsive
        style={{ width: '100%', height: Math.max(220, rows.length * 56 + 60) }}
        data={data}
        layout="vertical"
        margin={{ top: 8, right: 96, bottom: 8, left: 0 }}
        accessibilityLayer={false}
      >
        <CartesianGrid horizontal={false} strokeDasharray="3 3" />
        <XAxis type="number" allowDecimals={false} />
        <YAxis type="category" dataKey="stage" width={120} />
        <Legend />
        <Bar dataKey="reached" name="Reached the stage" fill="#3657c9" isAnimationActive={false}>
          <LabelList dataKey="medianLabel" position="right" fill="#1f2937" fontSize={12} />
        </Bar>
        <Bar dataKey="current" name="There now" fill="#8fb3f2" isAnimationActive={false} />
      </BarChart>
    </div>
  );
}
