-- The catalog-query floor: the same set-based pg_catalog queries autogen's introspect readers
-- (RelationReader, ColumnReader, ConstraintReader, IndexReader, SequenceReader) run, in one psql
-- session, with the schema name bound to 'public'. Keep in step with those readers.
BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY;
SELECT c.relname,
       greatest(c.reltuples, 0)::bigint AS estimated_rows,
       pg_catalog.pg_total_relation_size(c.oid) AS total_bytes,
       (c.relkind = 'r'
        AND pg_catalog.pg_relation_size(c.oid) = 0
        AND pg_catalog.has_table_privilege(c.oid, 'SELECT')) AS certainly_empty
  FROM pg_catalog.pg_class c
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
 WHERE n.nspname = 'public'
   AND c.relkind IN ('r', 'p')
   AND NOT c.relispartition
 ORDER BY c.relname
;
SELECT c.relname,
       a.attname,
       pg_catalog.format_type(a.atttypid, a.atttypmod) AS type_text,
       a.attnotnull,
       CASE WHEN a.attgenerated = '' THEN pg_catalog.pg_get_expr(d.adbin, d.adrelid) END
         AS default_text,
       a.attidentity
  FROM pg_catalog.pg_attribute a
  JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
 WHERE n.nspname = 'public'
   AND c.relkind IN ('r', 'p')
   AND a.attnum > 0
   AND NOT a.attisdropped
 ORDER BY c.relname, a.attnum
;
SELECT cl.relname,
       co.conname,
       co.contype,
       ARRAY(SELECT a.attname::text
               FROM unnest(co.conkey) WITH ORDINALITY AS k(attnum, ord)
               JOIN pg_catalog.pg_attribute a
                 ON a.attrelid = co.conrelid AND a.attnum = k.attnum
              ORDER BY k.ord) AS columns,
       rc.relname AS referenced_table,
       ARRAY(SELECT a.attname::text
               FROM unnest(co.confkey) WITH ORDINALITY AS k(attnum, ord)
               JOIN pg_catalog.pg_attribute a
                 ON a.attrelid = co.confrelid AND a.attnum = k.attnum
              ORDER BY k.ord) AS referenced_columns,
       co.confdeltype,
       co.confupdtype,
       CASE WHEN co.contype = 'c' THEN pg_catalog.pg_get_constraintdef(co.oid) END
         AS check_definition
  FROM pg_catalog.pg_constraint co
  JOIN pg_catalog.pg_class cl ON cl.oid = co.conrelid
  JOIN pg_catalog.pg_namespace n ON n.oid = cl.relnamespace
  LEFT JOIN pg_catalog.pg_class rc ON rc.oid = co.confrelid
 WHERE n.nspname = 'public'
   AND cl.relkind IN ('r', 'p')
   AND co.contype IN ('p', 'u', 'f', 'c')
   AND co.conparentid = 0
 ORDER BY cl.relname, co.conname
;
SELECT table_name, index_name, indisunique, columns, plain,
       CASE WHEN NOT plain THEN pg_catalog.pg_get_indexdef(indexrelid) END AS definition
  FROM (SELECT t.relname AS table_name,
               i.relname AS index_name,
               x.indexrelid,
               x.indisunique,
               ARRAY(SELECT a.attname::text
                       FROM unnest(x.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
                       JOIN pg_catalog.pg_attribute a
                         ON a.attrelid = x.indrelid AND a.attnum = k.attnum
                      ORDER BY k.ord) AS columns,
               (am.amname = 'btree'
                AND x.indpred IS NULL
                AND x.indexprs IS NULL
                AND x.indnatts = x.indnkeyatts
                AND NOT EXISTS (SELECT 1 FROM unnest(x.indoption::int2[]) AS o(flags)
                                 WHERE o.flags <> 0)
                AND NOT EXISTS (SELECT 1
                                  FROM unnest(x.indclass::oid[]) AS k(opclass)
                                  JOIN pg_catalog.pg_opclass oc ON oc.oid = k.opclass
                                 WHERE NOT oc.opcdefault)) AS plain
          FROM pg_catalog.pg_index x
          JOIN pg_catalog.pg_class i ON i.oid = x.indexrelid
          JOIN pg_catalog.pg_class t ON t.oid = x.indrelid
          JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace
          JOIN pg_catalog.pg_am am ON am.oid = i.relam
         WHERE n.nspname = 'public'
           AND t.relkind IN ('r', 'p')
           AND NOT EXISTS (SELECT 1
                             FROM pg_catalog.pg_constraint co
                            WHERE co.conindid = x.indexrelid
                              AND co.conrelid = x.indrelid
                              AND co.contype IN ('p', 'u', 'x'))) AS found
 ORDER BY table_name, index_name
;
SELECT c.relname, s.seqstart, s.seqincrement
  FROM pg_catalog.pg_sequence s
  JOIN pg_catalog.pg_class c ON c.oid = s.seqrelid
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
 WHERE n.nspname = 'public'
   AND NOT EXISTS (SELECT 1
                     FROM pg_catalog.pg_depend d
                    WHERE d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                      AND d.objid = c.oid
                      AND d.deptype = 'i')
 ORDER BY c.relname
;
ROLLBACK;
