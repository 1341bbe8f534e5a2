-- Which job run analysed a call (null for a synchronous upload), so costs and verdicts add up per run.
alter table call_record add column analysed_run bigint;
create index ix_call_analysed_at on call_record (analysed_at);
