-- The escalation pass looks for open cases past their answer target that were not escalated yet. An escalated case
-- stays open until it is answered, and the former index kept it: every pass read them all again (94,000 entries at a
-- million stories, 77 ms, to find none). The index now holds only what the pass looks for.
drop index exp_case_due;
create index exp_case_escalation_due on exp_case (tenant_id, due_at)
    where status in ('NEW', 'IN_PROGRESS', 'AWAITING_VALIDATION') and escalated_at is null;
