import type { Metadata } from "next";
import { channelKindLabels, privilegeLabels } from "@/components/channels/labels";
import { ChannelToggle } from "@/components/channels/channel-toggle";
import { TierBadge } from "@/components/vendors/tier-badge";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/page";
import { Badge } from "@/components/ui/badge";
import { listChannelsForVendor } from "@/lib/channels/channels";
import { canPushCode, hygieneGaps } from "@/lib/channels/exposure";
import { loadVendorPage } from "@/lib/vendors/page-data";

export const metadata: Metadata = { title: "Access channels" };

export default async function VendorChannelsPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> }) {
  const { actor, vendor, canEdit } = await loadVendorPage((await params).id);
  const [channels, { saved }] = await Promise.all([listChannelsForVendor(actor, vendor.id), searchParams]);
  return (
    <div className="space-y-4">
      {saved && <Alert tone="success">{saved === "created" ? "Channel added." : "Channel saved."}</Alert>}
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm text-slate-600 dark:text-slate-400">Every way {vendor.name} can reach into our systems, and what guards it.</p>
        {canEdit && <ButtonLink href={`/vendors/${vendor.id}/channels/new`}>Add channel</ButtonLink>}
      </div>
      {channels.length === 0 ? (
        <EmptyState title="No access channels recorded">
          Remote maintenance, update push, VPN, API, SSO, agents, file transfer: record each way this vendor connects to us.
        </EmptyState>
      ) : (
        <ul className="space-y-3">
          {channels.map((c) => {
            const gaps = hygieneGaps(c);
            return (
              <li key={c.id} className={`rounded-lg border bg-white p-4 dark:bg-slate-900 ${c.disabledAt ? "border-dashed border-slate-300 opacity-75 dark:border-slate-700" : "border-slate-200 dark:border-slate-800"}`}>
                <div className="flex flex-wrap items-start justify-between gap-3">
                  <div>
                    <h2 className="font-semibold">
                      {c.name} {c.disabledAt && <Badge>Disabled</Badge>}
                    </h2>
                    <p className="text-sm text-slate-600 dark:text-slate-400">
                      {channelKindLabels[c.kind]}
                      {c.tool && ` · ${c.tool}${c.toolVersion ? ` ${c.toolVersion}` : ""}`}
                    </p>
                  </div>
                  <div className="flex flex-wrap items-center gap-2">
                    <Badge tone={c.privilege === "CODE_EXECUTION" || c.privilege === "ADMIN" ? "red" : "slate"}>{privilegeLabels[c.privilege]}</Badge>
                    {canPushCode(c) && <Badge tone="red">Can push code</Badge>}
                    {canEdit && (
                      <>
                        <ButtonLink href={`/vendors/${vendor.id}/channels/${c.id}/edit`} variant="secondary">
                          Edit
                        </ButtonLink>
                        <ChannelToggle channelId={c.id} name={c.name} disabled={!!c.disabledAt} />
                      </>
                    )}
                  </div>
                </div>
                {c.disabledAt && (
                  <p className="mt-2 text-sm">
                    Disabled on {c.disabledAt.toISOString().slice(0, 10)}: {c.disabledReason}
                  </p>
                )}
                <div className="mt-3 grid gap-3 text-sm md:grid-cols-2">
                  <div>
                    <h3 className="text-xs font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">Reaches</h3>
                    {c.systems.length === 0 ? (
                      <p className="text-slate-600 dark:text-slate-400">No systems linked</p>
                    ) : (
                      <ul className="mt-1 flex flex-wrap gap-2">
                        {c.systems.map(({ system }) => (
                          <li key={system.id} className="flex items-center gap-1">
                            {system.name} <TierBadge tier={system.criticality} />
                          </li>
                        ))}
                      </ul>
                    )}
                  </div>
                  <div>
                    <h3 className="text-xs font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">Gaps</h3>
                    <p className={gaps.length ? "text-red-800 dark:text-red-300" : "text-emerald-800 dark:text-emerald-300"}>
                      {gaps.length ? gaps.join(", ") : "MFA, monitoring, just-in-time access and a tested emergency disconnect are in place"}
                    </p>
                  </div>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
