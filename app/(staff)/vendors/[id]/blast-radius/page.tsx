import type { Metadata } from "next";
import { BlastRadiusGraph } from "@/components/risk/blast-radius-graph";
import { TierBadge } from "@/components/vendors/tier-badge";
import { Card, EmptyState } from "@/components/ui/page";
import { blastRadius } from "@/lib/risk/blast-radius";
import { loadVendorPage } from "@/lib/vendors/page-data";
import { countOf } from "@/lib/format";

export const metadata: Metadata = { title: "Blast radius" };

export default async function BlastRadiusPage({ params }: { params: Promise<{ id: string }> }) {
  const { actor, vendor } = await loadVendorPage((await params).id);
  const data = (await blastRadius(actor, vendor.id))!;
  if (!data.channels.length) {
    return <EmptyState title="No access channel into our systems">{vendor.name} reaches none of our systems through a recorded, enabled channel.</EmptyState>;
  }
  const systemName = new Map(data.systems.map((s) => [s.id, s]));
  return (
    <div className="space-y-4">
      <p className="text-sm">
        If {vendor.name} were compromised, an attacker would reach <strong>{data.systems.length} of our systems</strong> ({data.criticalReach} critical) through{" "}
        {countOf(data.channels.length, "channel")}; {data.privilegedReach} of them through channels that can push code or run with admin
        rights{data.subSuppliers.some((s) => s.touchesChannels) ? `, and so would an attacker at ${data.subSuppliers.filter((s) => s.touchesChannels).map((s) => s.name).join(", ")}` : ""}.
      </p>
      <Card>
        <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Blast radius graph (the same facts are listed below)">
          <BlastRadiusGraph vendorName={vendor.name} data={data} />
        </div>
      </Card>
      <Card title="Channel by channel">
        <ul className="space-y-2 text-sm">
          {data.channels.map((c) => (
            <li key={c.id}>
              <span className="font-medium">{c.name}</span>
              {c.tool ? ` (${c.tool})` : ""} — {c.canPushCode ? "can push code or updates" : `${c.privilege.toLowerCase().replace("_", " ")} access`} to:{" "}
              {c.systemIds.length === 0
                ? "no recorded system"
                : c.systemIds.map((id, i) => (
                    <span key={id}>
                      {i > 0 && ", "}
                      {systemName.get(id)!.name} <TierBadge tier={systemName.get(id)!.criticality} />
                    </span>
                  ))}
            </li>
          ))}
        </ul>
        {data.subSuppliers.length > 0 && (
          <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">
            Fourth parties: {data.subSuppliers.map((s) => `${s.name}${s.touchesChannels ? " (operates or supplies these channels)" : ""}`).join(", ")}.
          </p>
        )}
      </Card>
    </div>
  );
}
