-- samsara-sync schema, version 2 (Postgres): the raw JSON as Samsara's
-- text (JSON), not JSONB, and compressed with LZ4.
--
-- Building JSONB (parsing each record into Postgres's binary form) and
-- compressing it with pglz took over half of the server's time of a page's
-- write: with JSON and LZ4, Postgres writes about twice as many records a
-- second (BENCHMARKS.md). `raw->>'member'` works on JSON as on JSONB; for a
-- JSONB operator or a GIN index, cast: `raw::jsonb`.
ALTER TABLE work_orders ALTER COLUMN raw TYPE JSON USING raw::json;
ALTER TABLE qualification_records ALTER COLUMN raw TYPE JSON USING raw::json;

-- A server built without LZ4 (or older than Postgres 14) keeps pglz.
DO $$
BEGIN
    ALTER TABLE work_orders ALTER COLUMN raw SET COMPRESSION lz4;
    ALTER TABLE qualification_records ALTER COLUMN raw SET COMPRESSION lz4;
EXCEPTION WHEN feature_not_supported OR syntax_error THEN
    RAISE NOTICE 'LZ4 is not available: the raw JSON stays compressed with pglz';
END
$$;
