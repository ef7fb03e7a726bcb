import type { Metadata } from "next";
import { Card, PageHeader } from "@/components/ui/page";
import { requireRole } from "@/lib/auth/guard";
import { reviewIntervals } from "@/lib/assessments/assessments";
import { ReviewIntervalsForm } from "./review-intervals-form";

export const metadata: Metadata = { title: "Review intervals" };

export default async function SettingsPage() {
  const actor = await requireRole("ADMIN");
  return (
    <>
      <PageHeader title="Review intervals" description="How often each tier of vendor is reassessed. A vendor's next review date follows its last completed assessment." />
      <Card>
        <ReviewIntervalsForm current={await reviewIntervals(actor)} />
      </Card>
    </>
  );
}
