-- Settings of the Children in Need census return, which an administrator changes: whether the export includes the
-- 2026-27 PreProceedingsandFGDM block (the DfE's published 2026 schema predates it; off, the export follows that
-- schema; on, it follows the DfE's 2026 sample and Kith's extension of the schema).
CREATE TABLE census_setting (
  id                      smallint PRIMARY KEY CHECK (id = 1),
  pre_proceedings_block   boolean NOT NULL DEFAULT false,
  changed_by              text,
  changed_at              timestamptz,
  version                 bigint NOT NULL DEFAULT 0
);
INSERT INTO census_setting (id) VALUES (1);

COMMENT ON TABLE census_setting IS 'The one row of the CIN census return settings. Sensitivity: not personal (configuration).';
COMMENT ON COLUMN census_setting.id IS 'Always 1: there is one row. Sensitivity: not personal.';
COMMENT ON COLUMN census_setting.pre_proceedings_block IS 'Whether the CIN census export includes the 2026-27 PreProceedingsandFGDM block per episode. Sensitivity: not personal.';
COMMENT ON COLUMN census_setting.changed_by IS 'Who last changed the setting (display name). Sensitivity: personal (staff).';
COMMENT ON COLUMN census_setting.changed_at IS 'When the setting was last changed. Sensitivity: not personal.';
COMMENT ON COLUMN census_setting.version IS 'Optimistic lock version. Sensitivity: not personal.';
