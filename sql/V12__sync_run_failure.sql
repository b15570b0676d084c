-- Where a run that did not complete stopped and why, in one line, so that status can say it without parsing
-- Spring Batch's stack traces (cut at 2,500 characters, usually before the cause). Cleared when the run restarts.
ALTER TABLE raptor.sync_run
    ADD COLUMN failed_step text,
    ADD COLUMN error       text;
COMMENT ON COLUMN raptor.sync_run.failed_step IS 'The step of the latest execution that failed, stopped or was blocked by a safety limit; null when it completed.';
COMMENT ON COLUMN raptor.sync_run.error IS 'Why, in one line (the most telling cause, API keys masked); null when the run completed.';
