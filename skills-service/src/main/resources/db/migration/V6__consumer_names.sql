-- Applied ce_ids are recorded under <service>:<channel> in every service (support's EventIntake);
-- skills-service recorded its ticket consumer's as plain 'skills-service'.
update processed_events set consumer = 'skills-service:tickets' where consumer = 'skills-service';
