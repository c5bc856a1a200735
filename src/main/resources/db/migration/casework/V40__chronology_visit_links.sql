-- A visit's chronology entry now links to the visit itself (where what was said and seen is read back), not
-- only to its episode. Entries written before keep their event's key, 'VisitRecorded:{visit}:{child}', which
-- names the visit: point them at it too. Casework's own table only.
UPDATE chronology_entry
SET link = '/family-help/visits/' || split_part(source_event_id, ':', 2)
WHERE kind = 'VISIT' AND source_event_id LIKE 'VisitRecorded:%';
