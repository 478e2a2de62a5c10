-- One row per (job, period): the replica that inserts it runs the job for that period; the
-- others see the conflict and skip. Rows older than a day are pruned by the jobs themselves.
create table scheduled_job_run (
  job          text        not null,
  period_start timestamptz not null,
  instance     text        not null,
  started_at   timestamptz not null,
  primary key (job, period_start)
);
