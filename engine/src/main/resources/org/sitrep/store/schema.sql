-- sitrep store schema: one row per article, its actors, places, events and quotes, and the events
-- merged across articles. Child rows are replaced whole when an article is ingested again.
CREATE TABLE IF NOT EXISTS articles (
  id VARCHAR, url VARCHAR, headline VARCHAR, published TIMESTAMP, language VARCHAR, source VARCHAR,
  text VARCHAR, record JSON, ingested TIMESTAMP, content_hash VARCHAR);
-- Stores made before resumable ingest lack the hash of the input bytes: their articles are
-- simply extracted again once.
ALTER TABLE articles ADD COLUMN IF NOT EXISTS content_hash VARCHAR;
CREATE TABLE IF NOT EXISTS actors (
  article_id VARCHAR, id VARCHAR, name VARCHAR, kind VARCHAR, country VARCHAR, role VARCHAR,
  affiliation VARCHAR);
CREATE TABLE IF NOT EXISTS places (
  article_id VARCHAR, id VARCHAR, name VARCHAR, kind VARCHAR, country VARCHAR, admin1 VARCHAR,
  lat DOUBLE, lon DOUBLE, precision VARCHAR, gazetteer VARCHAR);
CREATE TABLE IF NOT EXISTS events (
  article_id VARCHAR, id VARCHAR, type VARCHAR, mode VARCHAR, cameo VARCHAR,
  acled_event_type VARCHAR, acled_sub_event_type VARCHAR,
  actor_id VARCHAR, actor_name VARCHAR, target_id VARCHAR, target_name VARCHAR,
  place_id VARCHAR, place_name VARCHAR, country VARCHAR, lat DOUBLE, lon DOUBLE, coord_precision VARCHAR,
  date VARCHAR, date_precision VARCHAR, day DATE, fatalities INTEGER, reported_by VARCHAR,
  polarity VARCHAR, evidence_text VARCHAR, evidence_start INTEGER, evidence_end INTEGER,
  confidence DOUBLE, merged_id VARCHAR);
CREATE TABLE IF NOT EXISTS quotes (
  article_id VARCHAR, n INTEGER, text VARCHAR, speaker_id VARCHAR, speaker_name VARCHAR,
  quoted_by VARCHAR, start_offset INTEGER, end_offset INTEGER);
CREATE TABLE IF NOT EXISTS merged_events (
  id VARCHAR, type VARCHAR, mode VARCHAR, polarity VARCHAR,
  acled_event_type VARCHAR, acled_sub_event_type VARCHAR,
  actor_name VARCHAR, target_name VARCHAR, place_name VARCHAR, country VARCHAR,
  lat DOUBLE, lon DOUBLE, coord_precision VARCHAR,
  day DATE, first_day DATE, last_day DATE, fatalities INTEGER, confidence DOUBLE,
  evidence_text VARCHAR, evidence_article VARCHAR, evidence_event VARCHAR, source_count INTEGER,
  search_text VARCHAR);
