import { tierLabels } from "@/components/vendors/labels";
import type { ReachSource } from "@/lib/fourth-parties/fourth-parties";
import type { BlastRadius } from "@/lib/risk/blast-radius";

const ROW = 34;
const COLUMN_X = [10, 230, 450, 700];
const BOX_W = 200;
const criticalityFill = { CRITICAL: "#fecaca", HIGH: "#fed7aa", MEDIUM: "#fef3c7", LOW: "#d1fae5" } as const;

function Box({ x, y, label, fill, stroke = "#94a3b8", bold = false }: { x: number; y: number; label: string; fill: string; stroke?: string; bold?: boolean }) {
  return (
    <g>
      <rect x={x} y={y} width={BOX_W} height={ROW - 8} rx={4} fill={fill} stroke={stroke} />
      <text x={x + 8} y={y + 17} fontSize={12} fontWeight={bold ? 700 : 400} fill="#0f172a">
        {label.length > 30 ? `${label.slice(0, 29)}…` : label}
      </text>
    </g>
  );
}

function Edge({ x1, y1, x2, y2, strong }: { x1: number; y1: number; x2: number; y2: number; strong: boolean }) {
  return <path d={`M${x1},${y1 + 13} C${x1 + 60},${y1 + 13} ${x2 - 60},${y2 + 13} ${x2},${y2 + 13}`} fill="none" stroke={strong ? "#b91c1c" : "#94a3b8"} strokeWidth={strong ? 2 : 1} />;
}

/** Columns of boxes joined by curves; drawn for the eye only (pages state the same facts in words). */
function Graph({ titles, rows, children }: { titles: string[]; rows: number; children: React.ReactNode }) {
  const lastX = COLUMN_X[titles.length - 1]!;
  return (
    <svg viewBox={`0 0 ${lastX + BOX_W + 10} ${rows * ROW + 40}`} className="w-full min-w-[720px]" aria-hidden="true">
      {titles.map((t, i) => (
        <text key={t} x={COLUMN_X[i]} y={16} fontSize={12} fontWeight={600} fill="#475569">
          {t}
        </text>
      ))}
      {children}
    </svg>
  );
}

/** Vertical position of item `index` of `count`, centred among `rows`. */
const rowY = (rows: number) => (index: number, count: number) => 30 + ((rows - count) * ROW) / 2 + index * ROW;

/** Fourth parties → vendor → channels → systems. */
export function BlastRadiusGraph({ vendorName, data }: { vendorName: string; data: BlastRadius }) {
  const rows = Math.max(data.subSuppliers.length, 1, data.channels.length, data.systems.length);
  const y = rowY(rows);
  const systemY = new Map(data.systems.map((s, i) => [s.id, y(i, data.systems.length)]));
  const vendorY = y(0, 1);
  const [c0, c1, c2, c3] = COLUMN_X as [number, number, number, number];
  return (
    <Graph titles={["Fourth parties", "Vendor", "Access channels", "Our systems"]} rows={rows}>
      {data.subSuppliers.map((s, i) => (
        <g key={`s-${i}`}>
          <Edge x1={c0 + BOX_W} y1={y(i, data.subSuppliers.length)} x2={c1} y2={vendorY} strong={s.touchesChannels} />
          <Box x={c0} y={y(i, data.subSuppliers.length)} label={s.name} fill={s.touchesChannels ? "#fee2e2" : "#f8fafc"} />
        </g>
      ))}
      <Box x={c1} y={vendorY} label={vendorName} fill="#e0e7ff" stroke="#4338ca" bold />
      {data.channels.map((c, i) => {
        const cy = y(i, data.channels.length);
        return (
          <g key={c.id}>
            <Edge x1={c1 + BOX_W} y1={vendorY} x2={c2} y2={cy} strong={c.canPushCode} />
            {c.systemIds.map((sid) => (
              <Edge key={sid} x1={c2 + BOX_W} y1={cy} x2={c3} y2={systemY.get(sid)!} strong={c.canPushCode} />
            ))}
            <Box x={c2} y={cy} label={`${c.name}${c.canPushCode ? " (pushes code)" : ""}`} fill={c.canPushCode ? "#fee2e2" : "#f8fafc"} stroke={c.canPushCode ? "#b91c1c" : "#94a3b8"} />
          </g>
        );
      })}
      {data.systems.map((s, i) => (
        <Box key={s.id} x={c3} y={y(i, data.systems.length)} label={`${s.name} · ${tierLabels[s.criticality]}`} fill={criticalityFill[s.criticality]} />
      ))}
    </Graph>
  );
}

/** The whole portfolio: sub-suppliers and remote tools → the vendors behind them → the critical systems those vendors reach. */
export function PortfolioReachGraph({ sources, vendorCriticalSystems }: { sources: ReachSource[]; vendorCriticalSystems: Record<string, string[]> }) {
  const vendors = [...new Map(sources.flatMap((s) => s.vendors).map((v) => [v.id, v])).values()];
  const systems = [...new Set(vendors.flatMap((v) => vendorCriticalSystems[v.id] ?? []))].sort();
  const rows = Math.max(sources.length, vendors.length, systems.length, 1);
  const y = rowY(rows);
  const vendorY = new Map(vendors.map((v, i) => [v.id, y(i, vendors.length)]));
  const systemY = new Map(systems.map((s, i) => [s, y(i, systems.length)]));
  const [c0, c1, c2] = COLUMN_X as [number, number, number];
  return (
    <Graph titles={["Sub-suppliers and remote tools", "Our vendors", "Critical systems they reach"]} rows={rows}>
      {sources.map((s, i) => (
        <g key={`${s.kind}-${s.name}`}>
          {s.vendors.map((v) => (
            <Edge key={v.id} x1={c0 + BOX_W} y1={y(i, sources.length)} x2={c1} y2={vendorY.get(v.id)!} strong={s.criticalSystems.length > 0} />
          ))}
          <Box x={c0} y={y(i, sources.length)} label={`${s.name} · ${s.criticalSystems.length} critical`} fill={s.criticalSystems.length ? "#fee2e2" : "#f8fafc"} />
        </g>
      ))}
      {vendors.map((v) => (
        <g key={v.id}>
          {(vendorCriticalSystems[v.id] ?? []).map((name) => (
            <Edge key={name} x1={c1 + BOX_W} y1={vendorY.get(v.id)!} x2={c2} y2={systemY.get(name)!} strong />
          ))}
          <Box x={c1} y={vendorY.get(v.id)!} label={v.name} fill="#e0e7ff" stroke="#4338ca" />
        </g>
      ))}
      {systems.map((name) => (
        <Box key={name} x={c2} y={systemY.get(name)!} label={name} fill={criticalityFill.CRITICAL} />
      ))}
    </Graph>
  );
}
