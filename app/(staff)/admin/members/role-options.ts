import { roleLabels, type Role } from "@/lib/auth/roles";

export const roleOptions = (Object.keys(roleLabels) as Role[]).map((value) => ({ value, label: roleLabels[value] }));
