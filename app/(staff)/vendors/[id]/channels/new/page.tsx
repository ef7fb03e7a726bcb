import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ChannelForm } from "@/components/channels/channel-form";
import { createChannelAction } from "@/lib/channels/actions";
import { listSystems } from "@/lib/systems/systems";
import { loadVendorPage } from "@/lib/vendors/page-data";

export const metadata: Metadata = { title: "New access channel" };

export default async function NewChannelPage({ params }: { params: Promise<{ id: string }> }) {
  const { actor, vendor, canEdit } = await loadVendorPage((await params).id);
  if (!canEdit) notFound();
  const systems = await listSystems(actor);
  return (
    <ChannelForm
      action={createChannelAction}
      initial={{ vendorId: vendor.id, direction: "VENDOR_PUSHES", alwaysOn: "on" }}
      systems={systems}
      submitLabel="Add channel"
    />
  );
}
