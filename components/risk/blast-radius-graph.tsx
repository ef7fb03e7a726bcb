import { tierLabels } from "@/components/vendors/labels";
import type { BlastRadius } from "@/lib/risk/blast-radius";

const ROW = 34;
const COLUMN_X = [10, 230, 450, 700];
const BOX_W = 200;
const criticalityFill = { CRITICAL: "#fecaca", HIGH: "#fed7aa", MEDIUM: "#fef3c7", LOW: "#d1fae5" } as const;

/**
 * Fourth parties → vendor → channels → systems, as a drawing; the same facts are listed in words next to it (the
 * drawing is hidden from screen readers).
 */
export function BlastRadiusGraph({ vendorName, data }: { vendorName: string; data: BlastRadius }) {
  const rows = Math.max(data.subSuppliers.length, 1, data.channels.length, data.systems.length);
  const height = rows * ROW + 40;
  const y = (index: number, count: number) => 30 + ((rows - count) * ROW) / 2 + index * ROW;
  const systemY = new Map(data.systems.map((s, i) => [s.id, y(i, data.systems.length)]));
  const vendorY = y(0, 1);
  const box = (x: number, top: number, label: string, fill: string, stroke = "#94a3b8", bold = false) => (
    <g key={`${x}-${top}-${label}`}>
      <rect x={x} y={top} width={BOX_W} height={ROW - 8} rx={4} fill={fill} stroke={stroke} />
      <text x={x + 8} y={top + 17} fontSize={12} fontWeight={bold ? 700 : 400} fill="#0f172a">
        {label.length > 30 ? `${label.slice(0, 29)}…` : label}
      </text>
    </g>
  );
  const edge = (x1: number, y1: number, x2: number, y2: number, strong: boolean, key: string) => (
    <path key={key} d={`M${x1},${y1 + 13} C${x1 + 60},${y1 + 13} ${x2 - 60},${y2 + 13} ${x2},${y2 + 13}`} fill="none" stroke={strong ? "#b91c1c" : "#94a3b8"} strokeWidth={strong ? 2 : 1} />
  );
  return (
    <svg viewBox={`0 0 ${COLUMN_X[3]! + BOX_W + 10} ${height}`} className="w-full min-w-[720px]" aria-hidden="true">
      {["Fourth parties", "Vendor", "Access channels", "Our systems"].map((t, i) => (
        <text key={t} x={COLUMN_X[i]} y={16} fontSize={12} fontWeight={600} fill="#475569">
          {t}
        </text>
      ))}
      {data.subSuppliers.map((s, i) => [
        edge(COLUMN_X[0]! + BOX_W, y(i, data.subSuppliers.length), COLUMN_X[1]!, vendorY, s.touchesChannels, `se-${i}`),
        box(COLUMN_X[0]!, y(i, data.subSuppliers.length), s.name, s.touchesChannels ? "#fee2e2" : "#f8fafc"),
      ])}
      {box(COLUMN_X[1]!, vendorY, vendorName, "#e0e7ff", "#4338ca", true)}
      {data.channels.map((c, i) => {
        const cy = y(i, data.channels.length);
        return [
          edge(COLUMN_X[1]! + BOX_W, vendorY, COLUMN_X[2]!, cy, c.canPushCode, `vc-${c.id}`),
          ...c.systemIds.map((sid) => edge(COLUMN_X[2]! + BOX_W, cy, COLUMN_X[3]!, systemY.get(sid)!, c.canPushCode, `cs-${c.id}-${sid}`)),
          box(COLUMN_X[2]!, cy, `${c.name}${c.canPushCode ? " (pushes code)" : ""}`, c.canPushCode ? "#fee2e2" : "#f8fafc", c.canPushCode ? "#b91c1c" : "#94a3b8"),
        ];
      })}
      {data.systems.map((s, i) => box(COLUMN_X[3]!, y(i, data.systems.length), `${s.name} · ${tierLabels[s.criticality]}`, criticalityFill[s.criticality]))}
    </svg>
  );
}
