-- A story enters the public table when it is published, so its rows lie in publication order, the order in which
-- the public lists and the full-text search walk them (a search reads a few pages for the stories it skips instead
-- of one page per story). Its later updates (answer count, first answer, "similar" count) touch no indexed column:
-- with room left in each page they stay in place (heap-only tuples) and the order holds.
alter table exp_public_story set (fillfactor = 90);
