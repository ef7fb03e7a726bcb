import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/guard";
import { homePathFor } from "@/lib/auth/roles";

export default async function Home() {
  const actor = await getActor();
  redirect(actor ? homePathFor(actor.role) : "/sign-in");
}
