-- a lead converted into a tenant names it; at most one lead per tenant
ALTER TABLE sales_lead ADD COLUMN tenant_id VARCHAR(36);
CREATE UNIQUE INDEX ux_lead_tenant ON sales_lead (tenant_id);
