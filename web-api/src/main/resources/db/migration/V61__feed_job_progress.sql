-- When a feed job last moved (records read, stored or failed): a job without progress for a while is marked
-- STALLED with its counts instead of showing PROCESSING forever (issue 16).
alter table feed_job add column progressed_at timestamptz not null default now();
