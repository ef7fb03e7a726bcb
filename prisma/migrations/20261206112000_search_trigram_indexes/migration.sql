-- Search (lib/search): accent- and case-insensitive contains-matches, served by trigram indexes.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;

-- unaccent() is only STABLE (its dictionary could be changed), so an index cannot use it directly. This wrapper names
-- the dictionary and the schema, so it does not depend on the search_path (pg_restore runs with an empty one).
CREATE FUNCTION "immutable_unaccent"(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;

CREATE INDEX "Vendor_name_trgm_idx" ON "Vendor" USING gin ("immutable_unaccent"("name") gin_trgm_ops);
CREATE INDEX "Vendor_legalName_trgm_idx" ON "Vendor" USING gin ("immutable_unaccent"("legalName") gin_trgm_ops);
CREATE INDEX "Vendor_lei_trgm_idx" ON "Vendor" USING gin ("lei" gin_trgm_ops);
CREATE INDEX "System_name_trgm_idx" ON "System" USING gin ("immutable_unaccent"("name") gin_trgm_ops);
CREATE INDEX "AccessChannel_name_trgm_idx" ON "AccessChannel" USING gin ("immutable_unaccent"("name") gin_trgm_ops);
CREATE INDEX "AccessChannel_tool_trgm_idx" ON "AccessChannel" USING gin ("immutable_unaccent"("tool") gin_trgm_ops);
CREATE INDEX "Product_kevProduct_trgm_idx" ON "Product" USING gin ("immutable_unaccent"("kevProduct") gin_trgm_ops);
CREATE INDEX "Product_kevVendor_trgm_idx" ON "Product" USING gin ("immutable_unaccent"("kevVendor") gin_trgm_ops);
CREATE INDEX "VulnerabilityRecord_cveId_trgm_idx" ON "VulnerabilityRecord" USING gin ("cveId" gin_trgm_ops);
CREATE INDEX "Finding_title_trgm_idx" ON "Finding" USING gin ("immutable_unaccent"("title") gin_trgm_ops);
CREATE INDEX "QuestionnaireTemplate_name_trgm_idx" ON "QuestionnaireTemplate" USING gin ("immutable_unaccent"("name") gin_trgm_ops);
