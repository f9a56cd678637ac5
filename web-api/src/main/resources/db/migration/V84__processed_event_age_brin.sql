-- Every consumer transaction claims its events in processed_event (5 consumers per feed vacancy), and the only
-- reader of processed_at is the clean-up every 6 hours (delete ... where processed_at < now() - retention). Rows
-- arrive in processed_at order, so a BRIN index serves that range delete, while each claim no longer inserts into a
-- second B-tree: measured on PostgreSQL 17, 2,000-claim batches, -20 % to -27 % statement time and -19 % WAL per
-- claim (issue 16, round 15).
drop index processed_event_age;
create index processed_event_age on processed_event using brin (processed_at);
