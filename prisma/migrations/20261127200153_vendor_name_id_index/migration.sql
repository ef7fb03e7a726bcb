-- CreateIndex
CREATE INDEX "Vendor_organizationId_name_id_idx" ON "Vendor"("organizationId", "name", "id");
