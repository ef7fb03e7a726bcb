import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ChannelForm } from "@/components/channels/channel-form";
import { channelFormValues } from "@/components/channels/channel-values";
import { updateChannelAction } from "@/lib/channels/actions";
import { getChannel } from "@/lib/channels/channels";
import { listSystems } from "@/lib/systems/systems";
import { isRecordId } from "@/lib/validation";
import { loadVendorPage } from "@/lib/vendors/page-data";

export const metadata: Metadata = { title: "Edit access channel" };

export default async function EditChannelPage({ params }: { params: Promise<{ id: string; channelId: string }> }) {
  const { id, channelId } = await params;
  const { actor, vendor, canEdit } = await loadVendorPage(id);
  const channel = canEdit && isRecordId(channelId) ? await getChannel(actor, channelId) : null;
  if (!channel || channel.vendorId !== vendor.id) notFound();
  const systems = await listSystems(actor);
  return <ChannelForm action={updateChannelAction} initial={channelFormValues(channel)} systems={systems} submitLabel="Save channel" />;
}
