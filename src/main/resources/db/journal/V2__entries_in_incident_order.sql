-- An incident's entries are read in append order: with the id in the index, SQLite walks the index instead of
-- sorting all of an incident's rows in a temporary B-tree each time the timeline is opened or exported.
CREATE INDEX entries_incident_order ON entries (incident_id, id);
DROP INDEX entries_incident;
