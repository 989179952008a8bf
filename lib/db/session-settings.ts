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

/**
 * The citation lookup's own connections (lib/db/client.ts `lookupDb`) add
 * plan_cache_mode = force_generic_plan. They carry the statements that find a quote
 * of three words or more by its shingles, and the alias read, all kept prepared
 * (statement-names.ts); under auto PostgreSQL still made a custom plan on most calls
 * (the sources' statement on every one), planning 1-2.5 ms a statement each time.
 * With one generic plan per statement text the lookup API answered ~1 ms sooner
 * (median of 240 paired calls, four runs: 0.3-1.2 ms). Not on the app's other
 * connections, where every parameterised statement would be planned without its
 * values: a short phrase's trigram statements, planned so, ran 2-3× slower.
 */
export const lookupConnectionOptions = `${connectionOptions} -c plan_cache_mode=force_generic_plan`;
