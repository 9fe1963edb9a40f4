-- A transfer made by the platform's moderation says so to the receiving network ("Modération", never a
-- moderator's name); null for the networks' own transfers and for publications.
alter table exp_delivery add column sent_by varchar(320);
