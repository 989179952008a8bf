/**
 * Settings for every connection the app opens (the `options` startup parameter).
 *
 * max_parallel_workers_per_gather = 0: the app answers many small requests, each
 * of which should take one core at most. With parallel query on, PostgreSQL gave the
 * lookup's bucketed shingle scans (lib/lookup/shingle-buckets.ts) a Gather over two
 * workers for a LIMIT 100 that the first bucket meets in about a millisecond, and
 * starting and collecting them took 50-60 ms. None of the app's hot statements has a
 * parallel plan (bench/explain/).
 *
 * A DATABASE_URL with its own `options` parameter replaces these (pg lets the URL win).
 */
export const connectionOptions = "-c max_parallel_workers_per_gather=0";
