-- CreateIndex
CREATE INDEX "AdvisoryRequest_vendorId_idx" ON "AdvisoryRequest"("vendorId");

-- CreateIndex
CREATE INDEX "AlarmAcceptance_vendorId_idx" ON "AlarmAcceptance"("vendorId");

-- CreateIndex
CREATE INDEX "Assessment_templateVersionId_idx" ON "Assessment"("templateVersionId");

-- CreateIndex
CREATE INDEX "Finding_assessmentId_idx" ON "Finding"("assessmentId");

-- CreateIndex
CREATE INDEX "Membership_vendorId_idx" ON "Membership"("vendorId");

-- CreateIndex
CREATE INDEX "PatchSla_productId_idx" ON "PatchSla"("productId");

-- CreateIndex
CREATE INDEX "Session_membershipId_idx" ON "Session"("membershipId");

-- CreateIndex
CREATE INDEX "SubSupplier_subVendorId_idx" ON "SubSupplier"("subVendorId");
