-- Issue 18: why a feed job stalled as a kind and its numbers, so the admin page says it in the reader's language
-- (message keeps the English sentence, as the log has it). Cleared together with the message when progress resumes.
alter table feed_job add column stall_kind text;
alter table feed_job add column stall_minutes integer;
alter table feed_job add column stall_lag bigint;
alter table feed_job add constraint feed_job_stall_kind
    check (stall_kind is null or stall_kind in ('READING', 'LAG_UNKNOWN', 'CAUGHT_UP', 'BEHIND'));
