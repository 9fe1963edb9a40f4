-- "J'ai vécu une expérience similaire" is counted once, on the public record (votes exist only for published
-- stories); the copy on the story was never read.
alter table exp_story drop column similar_count;
