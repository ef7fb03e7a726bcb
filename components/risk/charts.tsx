"use client";
// Charts of the executive view. Each is a picture of a table that is also on the page (charts are described for
// screen readers by that table, not by the drawing).
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

import { LEVEL_COLOURS, LEVEL_ORDER, levelRank } from "./levels";

/** Legends list the levels from critical down (recharts sorts them alphabetically by default). */
const byLevel = (item: { value?: unknown }) => levelRank(String(item.value ?? ""));

export function LevelsByTierChart({ data }: { data: { label: string; critical: number; high: number; medium: number; low: number }[] }) {
  return (
    <div aria-hidden="true" className="h-56 w-full">
      <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 480, height: 224 }}>
        <BarChart accessibilityLayer={false} data={data} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 12 }} />
          <YAxis allowDecimals={false} tick={{ fontSize: 12 }} />
          <Tooltip />
          <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={byLevel} />
          {LEVEL_ORDER.map((level) => (
            <Bar key={level} dataKey={level} stackId="levels" fill={LEVEL_COLOURS[level]} name={level} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

export function TrendChart({ data }: { data: { month: string; averageResidual: number; critical: number; high: number }[] }) {
  return (
    <div aria-hidden="true" className="h-56 w-full">
      <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 480, height: 224 }}>
        <LineChart accessibilityLayer={false} data={data} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="month" tick={{ fontSize: 12 }} />
          <YAxis allowDecimals={false} tick={{ fontSize: 12 }} />
          <Tooltip />
          <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={byLevel} />
          <Line type="monotone" dataKey="averageResidual" name="average residual risk" stroke="#334155" isAnimationActive={false} />
          <Line type="monotone" dataKey="critical" name="critical vendors" stroke={LEVEL_COLOURS.critical} isAnimationActive={false} />
          <Line type="monotone" dataKey="high" name="high vendors" stroke={LEVEL_COLOURS.high} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
