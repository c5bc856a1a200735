-- Areas compared: other areas' published measures, imported so that a board sees areas side by side. Counts only,
-- each 1 to 5 already suppressed as "c" by the area that made the file; nothing about any child.
CREATE TABLE compared_area (
  id            uuid PRIMARY KEY,
  area_code     text NOT NULL CHECK (area_code ~ '^[0-9]{3}$'),
  area_name     text NOT NULL,
  period_start  date NOT NULL,
  period_end    date NOT NULL CHECK (period_end >= period_start),
  file_name     text,
  imported_by   text NOT NULL,
  imported_at   timestamptz NOT NULL,
  UNIQUE (area_code, period_start, period_end)
);
COMMENT ON TABLE compared_area IS 'Another area''s published measures for a period, imported from its file. Sensitivity: none (aggregate figures).';
COMMENT ON COLUMN compared_area.id IS 'Import id.';
COMMENT ON COLUMN compared_area.area_code IS 'The area''s three-digit local authority code.';
COMMENT ON COLUMN compared_area.area_name IS 'The area''s name as its file gives it.';
COMMENT ON COLUMN compared_area.period_start IS 'First day of the period the figures cover.';
COMMENT ON COLUMN compared_area.period_end IS 'Last day of the period the figures cover.';
COMMENT ON COLUMN compared_area.file_name IS 'The name of the file imported.';
COMMENT ON COLUMN compared_area.imported_by IS 'Username of who imported it.';
COMMENT ON COLUMN compared_area.imported_at IS 'When it was imported; a later file for the same area and period replaces it.';

CREATE TABLE compared_area_figure (
  area_id      uuid NOT NULL REFERENCES compared_area (id) ON DELETE CASCADE,
  position     int NOT NULL,
  measure      text NOT NULL,
  title        text NOT NULL,
  numerator    text NOT NULL,
  denominator  text NOT NULL,
  value        text NOT NULL,
  pounds       text NOT NULL,
  PRIMARY KEY (area_id, position),
  UNIQUE (area_id, measure)
);
COMMENT ON TABLE compared_area_figure IS 'One measure of an imported area, as published (whole numbers, or c for 1 to 5). Sensitivity: none (aggregate figures).';
COMMENT ON COLUMN compared_area_figure.area_id IS 'The import.';
COMMENT ON COLUMN compared_area_figure.position IS 'Order in the file.';
COMMENT ON COLUMN compared_area_figure.measure IS 'The measure''s key, such as re-referrals.';
COMMENT ON COLUMN compared_area_figure.title IS 'The measure''s title as the file gives it.';
COMMENT ON COLUMN compared_area_figure.numerator IS 'The count meeting the measure, or c.';
COMMENT ON COLUMN compared_area_figure.denominator IS 'The count it is out of (empty for a count), or c.';
COMMENT ON COLUMN compared_area_figure.value IS 'The percentage for a rate, the count for a count, or c.';
COMMENT ON COLUMN compared_area_figure.pounds IS 'Money in whole pounds where the measure has it (empty otherwise), or c.';
