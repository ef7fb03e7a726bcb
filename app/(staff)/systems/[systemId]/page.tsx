import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page";
import { requireRole } from "@/lib/auth/guard";
import { EDITOR_ROLES } from "@/lib/auth/roles";
import { getSystem } from "@/lib/systems/systems";
import { isRecordId } from "@/lib/validation";
import { SystemForm } from "../system-forms";

export const metadata: Metadata = { title: "Edit system" };

export default async function EditSystemPage({ params }: { params: Promise<{ systemId: string }> }) {
  const actor = await requireRole(...EDITOR_ROLES);
  const { systemId } = await params;
  const system = isRecordId(systemId) ? await getSystem(actor, systemId) : null;
  if (!system) notFound();
  return (
    <>
      <PageHeader title={system.name} description="Edit the system's description, criticality and owner." crumbs={[{ href: "/systems", label: "Systems" }]} />
      <div className="max-w-xl rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
        <SystemForm initial={{ id: system.id, name: system.name, description: system.description ?? "", criticality: system.criticality, owner: system.owner ?? "" }} />
      </div>
    </>
  );
}
