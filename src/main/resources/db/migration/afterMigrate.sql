-- Runs after every migration: Kith's application role may read and write its tables, but may only insert
-- into and read the audit trail. SQL names no schema, so the grants use the current one.
DO $$
BEGIN
  EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', current_schema(), '${app_role}');
  EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO %I', current_schema(), '${app_role}');
  EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO %I', current_schema(), '${app_role}');
  EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON audit_entry FROM %I', '${app_role}');
END $$;
