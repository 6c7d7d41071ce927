-- The device and inventory-user lists page by cursor in (name, external id) order: an index in
-- that order serves every page without a sort, whatever the list's size.
-- Runs unchanged on H2 2.x and PostgreSQL 15.
CREATE INDEX ix_device_name_id ON device (tenant_id, name, external_id);
DROP INDEX ix_device_name;
CREATE INDEX ix_inventory_user_name_id ON inventory_user (tenant_id, name, external_id);
DROP INDEX ix_inventory_user_name;
