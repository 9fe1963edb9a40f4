-- Benchmark data: fills a Services Publics+ database with N realistic experiences ("Je donne mon avis").
--
--   psql -v stories=1000000 -v seed=0.42 -f deploy/bench/generate-stories.sql "postgresql://postgres@localhost:PORT/spplus"
--
-- Run it from the repository's root (it reads the procedure catalogue of the plugin) as a superuser (the
-- platform's tables are under row-level security), on a database the platform has migrated, with the
-- networks loaded; it adds to what is there. What it writes is what the platform itself writes, at once:
--   * stories in every moderation state: published as is, with light corrections or rewritten, rejected with a
--     reason, waiting for moderation, for the author's agreement or for the author's e-mail confirmation;
--   * for a published story, one case per network concerned (8 % concern two networks) in an entity of the
--     network's tree, with its qualification, its answer (draft, awaiting validation or published, after a
--     delay drawn from an exponential law of mean 7 days) and the author's rating; some improvement actions;
--   * the public read model (stories, answers, actions) and the dashboards' pre-aggregated figures.
-- The texts are French sentences drawn from templates (per network: its procedures and its usual subjects;
-- per feeling: what went well or wrong), over the 24 months before now; random but repeatable (seed).
\set ON_ERROR_STOP on
\if :{?stories}
\else
\set stories 10000
\endif
\if :{?seed}
\else
\set seed 0.42
\endif
\timing off
set client_min_messages = warning;
select setseed(:seed) \g /dev/null

-- ---------------------------------------------------------------------------------------------------------
-- Vocabulary
-- ---------------------------------------------------------------------------------------------------------
create temp table gen_network (tenant_id varchar(40) primary key, weight numeric, lo numeric, hi numeric,
                               unit_count int, subjects text[]);
insert into gen_network (tenant_id, weight, subjects)
select t.id, w.weight, w.subjects
from core_tenant t
join core_tenant_plugin p on p.tenant_id = t.id and p.plugin_id = 'experiences' and p.enabled
join (values
    ('caf', 25, array['ma demande de prime d''activité', 'mon aide personnalisée au logement', 'mon dossier de RSA',
        'la déclaration trimestrielle de ressources', 'un changement de situation familiale', 'mon allocation de rentrée scolaire',
        'un indu que l''on me réclame', 'le complément de libre choix du mode de garde', 'mon attestation de paiement']),
    ('assurance-maladie', 20, array['le remboursement de mes soins', 'ma carte Vitale', 'mes indemnités journalières',
        'mon changement de médecin traitant', 'la complémentaire santé solidaire', 'mon congé maternité',
        'une prise en charge à 100 %', 'mon attestation de droits', 'le remboursement de mes lunettes']),
    ('france-travail', 20, array['mon inscription comme demandeur d''emploi', 'mon allocation chômage', 'mon actualisation mensuelle',
        'mon rendez-vous avec mon conseiller', 'une formation financée', 'mon attestation employeur',
        'la radiation de mon dossier', 'mon projet de création d''entreprise', 'mon entretien de suivi']),
    ('dgfip', 15, array['ma déclaration de revenus', 'le prélèvement à la source', 'ma taxe foncière', 'un remboursement d''impôt',
        'mon avis d''imposition', 'la déclaration d''un bien immobilier', 'une demande de délai de paiement',
        'mon espace particulier sur impots.gouv.fr', 'une erreur sur mon taux de prélèvement']),
    ('ants', 12, array['ma carte d''identité', 'mon passeport', 'mon permis de conduire', 'le certificat d''immatriculation de ma voiture',
        'une pré-demande en ligne', 'le changement d''adresse sur ma carte grise', 'un duplicata de permis',
        'ma demande de titre de séjour', 'la déclaration de cession de mon véhicule']),
    ('gendarmerie', 8, array['un dépôt de plainte', 'une pré-plainte en ligne', 'l''opération tranquillité vacances',
        'une procuration de vote', 'un signalement de cambriolage', 'une déclaration de perte de papiers',
        'un accident de la route', 'un contrôle routier', 'la brigade numérique'])
) as w (tenant_id, weight, subjects) on w.tenant_id = t.id;
insert into gen_network (tenant_id, weight, subjects)
select t.id, 5, array['mon dossier', 'ma demande', 'une démarche en ligne', 'un rendez-vous', 'un courrier reçu']
from core_tenant t
join core_tenant_plugin p on p.tenant_id = t.id and p.plugin_id = 'experiences' and p.enabled
where t.id not in (select tenant_id from gen_network);

update gen_network n set lo = c.lo, hi = c.hi
from (select tenant_id, (sum(weight) over (order by tenant_id) - weight) / sum(weight) over () as lo,
             sum(weight) over (order by tenant_id) / sum(weight) over () as hi from gen_network) c
where c.tenant_id = n.tenant_id;

-- The entities that receive stories: every open entity below the network's head (local sites most of all).
create temp table gen_unit as
select u.tenant_id, u.id, u.name, u.departement_code,
       row_number() over (partition by u.tenant_id order by u.id) as k
from core_org_unit u join gen_network n on n.tenant_id = u.tenant_id
where u.open and u.depth > 0;
create index on gen_unit (tenant_id, k);
update gen_network n set unit_count = (select count(*) from gen_unit u where u.tenant_id = n.tenant_id);
delete from gen_network where unit_count = 0;

-- The procedure catalogue of the plugin: each network's procedures and the ones common to all.
create temp table gen_catalogue (reseau text, code text, libelle text, mots_cles text);
\copy gen_catalogue from 'plugins/experiences/src/main/resources/org/spplus/plugin/experiences/procedure/demarches.csv' with (format csv, delimiter ';', header true)
create temp table gen_procedure as
select n.tenant_id, c.code, c.libelle, row_number() over (partition by n.tenant_id order by c.code) as k
from gen_network n join gen_catalogue c on c.reseau = n.tenant_id or c.reseau = '*';
create index on gen_procedure (tenant_id, k);
create temp table gen_procedure_count as select tenant_id, count(*) as n from gen_procedure group by tenant_id;

create temp table gen_words (feeling text primary key, title_starts text[], sentences text[], endings text[]);
insert into gen_words values
('POSITIF',
 array['Accueil très efficace pour', 'Merci pour l''aide sur', 'Réponse rapide concernant', 'Un vrai soutien pour',
       'Démarche simple pour', 'Très bien accompagné pour', 'Agréablement surpris par le traitement de',
       'Écoute et conseils précieux pour'],
 array['L''agent a pris le temps de m''expliquer chaque étape sans jamais me presser.',
       'J''ai obtenu une réponse claire en moins d''une semaine, ce qui m''a beaucoup rassuré.',
       'Au téléphone, la conseillère a retrouvé mon dossier immédiatement et a réglé le problème.',
       'Le rendez-vous a commencé à l''heure et tous mes justificatifs ont été vérifiés sur place.',
       'Le formulaire en ligne était simple à remplir et l''accusé de réception est arrivé aussitôt.',
       'On m''a orienté vers le bon interlocuteur dès mon premier appel.',
       'La personne de l''accueil a été d''une grande patience avec ma mère qui ne parle pas bien français.',
       'Les explications écrites étaient compréhensibles, sans jargon administratif.',
       'Le versement est arrivé à la date annoncée, sans que j''aie à relancer.',
       'J''ai apprécié de pouvoir suivre l''avancement de mon dossier depuis mon espace personnel.',
       'Le conseiller m''a rappelé comme promis pour vérifier que tout était en ordre.',
       'L''accueil sans rendez-vous a été rapide malgré le monde présent ce matin-là.'],
 array['Un grand merci à toute l''équipe.', 'Je tenais à le faire savoir.', 'C''est un service public qui fonctionne.',
       'Continuez ainsi !', 'Je recommande de prendre rendez-vous, tout se passe bien.']),
('NEUTRE',
 array['Démarche correcte mais longue pour', 'Quelques difficultés avec', 'Des informations contradictoires sur',
       'Résultat obtenu, non sans peine, pour', 'Retour d''expérience sur', 'Avis mitigé sur le traitement de'],
 array['La démarche a abouti, mais il a fallu plusieurs semaines et deux relances.',
       'Le site internet donne des informations différentes de celles de l''accueil.',
       'L''agent était aimable, mais ne pouvait pas me dire quand mon dossier serait traité.',
       'J''ai dû envoyer deux fois les mêmes pièces justificatives avant qu''elles soient prises en compte.',
       'Le rendez-vous s''est bien passé, même si le délai pour l''obtenir était d''un mois.',
       'Les horaires d''ouverture sont réduits et peu pratiques quand on travaille.',
       'Le courrier reçu était difficile à comprendre, mais la conseillère me l''a expliqué au téléphone.',
       'La plateforme téléphonique répond, mais il faut patienter une vingtaine de minutes.',
       'Tout est finalement rentré dans l''ordre après un échange par messagerie.',
       'La dématérialisation simplifie certaines choses mais complique les autres.'],
 array['Il y a encore des progrès à faire.', 'Dans l''ensemble, cela reste correct.',
       'Une meilleure information éviterait bien des déplacements.', 'Je partage mon expérience pour que cela s''améliore.']),
('NEGATIF',
 array['Attente interminable pour', 'Aucune réponse concernant', 'Dossier bloqué depuis des mois pour',
       'Impossible de joindre quelqu''un pour', 'Parcours du combattant pour', 'Justificatifs perdus pour',
       'Erreur non corrigée sur', 'Rendez-vous introuvable pour'],
 array['J''ai attendu plus de quarante minutes au téléphone avant que la communication ne soit coupée.',
       'On m''a demandé trois fois les mêmes justificatifs, que j''avais pourtant déjà envoyés.',
       'Mon dossier est bloqué depuis trois mois sans aucune explication.',
       'Aucun rendez-vous n''est disponible avant six semaines, alors que ma situation est urgente.',
       'Les messages envoyés par mon espace personnel restent sans réponse.',
       'Le site affiche une erreur à la dernière étape et il faut tout recommencer.',
       'À l''accueil, on m''a renvoyé vers le site internet sans vouloir regarder mon dossier.',
       'Le courrier reçu ne dit pas quelle pièce manque ni à qui m''adresser.',
       'Chaque interlocuteur me donne une information différente.',
       'Mes droits ont été suspendus sans que j''en sois prévenu.',
       'Je me suis déplacé deux fois pour rien : le service était fermé sans affichage.',
       'Le numéro indiqué est surtaxé et sonne dans le vide.'],
 array['Je suis épuisé par ces démarches.', 'Je ne sais plus à qui m''adresser.',
       'J''espère que mon témoignage fera bouger les choses.', 'C''est inacceptable pour un service public.',
       'Je demande simplement que l''on traite mon dossier.']);

create temp table gen_answer_words (k int primary key, opening text, body text);
insert into gen_answer_words values
(1, 'Bonjour,', 'Nous vous remercions d''avoir pris le temps de partager votre expérience. Votre témoignage a été transmis au responsable du service concerné, qui a rappelé à l''équipe l''importance d''une information claire et complète.'),
(2, 'Madame, Monsieur,', 'Nous sommes désolés des difficultés que vous avez rencontrées. Après vérification, votre dossier a été traité et le paiement sera effectué dans les prochains jours. Nous avons renforcé l''accueil téléphonique aux heures d''affluence.'),
(3, 'Bonjour,', 'Merci pour votre retour positif, que nous avons partagé avec toute l''équipe de l''accueil. Vos encouragements nous aident à améliorer chaque jour la qualité du service.'),
(4, 'Madame, Monsieur,', 'Votre message a retenu toute notre attention. Un conseiller prendra contact avec vous afin de faire le point sur votre situation. Nous travaillons à réduire les délais de rendez-vous, notamment en ouvrant des créneaux supplémentaires.'),
(5, 'Bonjour,', 'Nous comprenons votre agacement. Les pièces demandées en double l''ont été à la suite d''une erreur de numérisation, désormais corrigée. Nous vous présentons nos excuses pour ce désagrément.'),
(6, 'Madame, Monsieur,', 'Nous vous remercions pour ce témoignage. Le formulaire en ligne a été modifié afin que l''étape qui vous a posé problème soit mieux expliquée.');

-- ---------------------------------------------------------------------------------------------------------
-- The stories, drawn first in a staging table
-- ---------------------------------------------------------------------------------------------------------
select nextval('exp_story_seq') as story_base \gset
select setval('exp_story_seq', :story_base + :stories + 100) \g /dev/null

create unlogged table gen_story as
select i, :story_base + 50 + i as id,
       random() as r_net, random() as r_net2, random() as r_unit, random() as r_unit2, random() as r_state,
       random() as r_feel, random() as r_kind, random() as r_subject, random() as r_title,
       random() as r_age, random() as r_proc, random() as r_channels, random() as r_case, random() as r_delay,
       random() as r_rating, random() as r_action, random() as r_similar,
       (1 + floor(random() * 12))::int as s1, (1 + floor(random() * 12))::int as s2,
       (1 + floor(random() * 12))::int as s3, (1 + floor(random() * 4))::int as sentence_count,
       (1 + floor(random() * 5))::int as e1
from generate_series(1, :stories) as i;

alter table gen_story add column tenant1 varchar(40), add column tenant2 varchar(40), add column subject text,
    add column feeling varchar(8), add column author_kind varchar(24), add column status varchar(24),
    add column outcome varchar(24), add column submitted_at timestamptz, add column published_at timestamptz,
    add column title varchar(120), add column body varchar(1000);

update gen_story g set
    tenant1 = n.tenant_id,
    subject = n.subjects[1 + floor(g.r_subject * array_length(n.subjects, 1))::int],
    feeling = case when g.r_feel < 0.55 then 'NEGATIF' when g.r_feel < 0.85 then 'POSITIF' else 'NEUTRE' end,
    author_kind = case when g.r_kind < 0.80 then 'PARTICULIER' when g.r_kind < 0.88 then 'PROFESSIONNEL'
        when g.r_kind < 0.91 then 'ASSOCIATION' when g.r_kind < 0.96 then 'AIDANT' when g.r_kind < 0.97 then 'ELU'
        when g.r_kind < 0.98 then 'AGENT_PUBLIC' else 'AUTRE' end,
    -- 78 % published (as is, corrected, rewritten), 16 % rejected, the rest waiting for someone
    status = case when g.r_state < 0.78 then 'PUBLISHED' when g.r_state < 0.94 then 'REJECTED'
        when g.r_state < 0.97 then 'SUBMITTED' when g.r_state < 0.985 then 'REWRITE_PROPOSED' else 'AWAITING_EMAIL' end,
    outcome = case when g.r_state < 0.55 then 'AS_IS' when g.r_state < 0.74 then 'LIGHT_CORRECTIONS'
        when g.r_state < 0.78 then 'REWRITE' when g.r_state < 0.94 then 'REJECTED' end,
    submitted_at = now() - make_interval(secs => g.r_age * 730 * 86400)
from gen_network n
where g.r_net >= n.lo and g.r_net < n.hi;
-- rounding may leave the last draw (r_net = 1 - ε) without a network
update gen_story set tenant1 = (select tenant_id from gen_network order by hi desc limit 1),
    subject = 'mon dossier', feeling = 'NEUTRE', author_kind = 'PARTICULIER', status = 'PUBLISHED', outcome = 'AS_IS',
    submitted_at = now() - interval '30 days'
where tenant1 is null;
-- stories still waiting for someone are recent
update gen_story set submitted_at = now() - make_interval(secs => r_age * 5 * 86400)
where status in ('SUBMITTED', 'REWRITE_PROPOSED', 'AWAITING_EMAIL');
update gen_story set published_at = submitted_at + make_interval(secs => 3600 + r_delay * 2 * 86400)
where status = 'PUBLISHED';
update gen_story set published_at = now() - interval '1 hour' where published_at > now();
-- 8 % of published stories also concern a second network
update gen_story g set tenant2 = n.tenant_id
from gen_network n
where g.status = 'PUBLISHED' and g.r_net2 < 0.08 and n.tenant_id <> g.tenant1
  and (g.r_net2 * 12.5) >= n.lo and (g.r_net2 * 12.5) < n.hi;

update gen_story g set
    title = left(w.title_starts[1 + floor(g.r_title * array_length(w.title_starts, 1))::int] || ' ' || g.subject, 120),
    body = left(case g.author_kind when 'AIDANT' then 'J''accompagne un proche pour ' when 'PROFESSIONNEL'
                    then 'Pour mon entreprise, je me suis occupé de ' when 'ASSOCIATION'
                    then 'Notre association aide les familles du quartier, et nous avons suivi ' else 'Je vous écris au sujet de ' end
        || g.subject || '. ' || w.sentences[1 + (g.s1 - 1) % array_length(w.sentences, 1)]
        || case when g.sentence_count > 1 then ' ' || w.sentences[1 + (g.s2 - 1) % array_length(w.sentences, 1)] else '' end
        || case when g.sentence_count > 2 then ' ' || w.sentences[1 + (g.s3 - 1) % array_length(w.sentences, 1)] else '' end
        || case when g.sentence_count > 3 then ' ' || w.sentences[1 + (g.s1 + g.s2) % array_length(w.sentences, 1)] else '' end
        || ' ' || w.endings[1 + (g.e1 - 1) % array_length(w.endings, 1)], 1000)
from gen_words w where w.feeling = g.feeling;

-- ---------------------------------------------------------------------------------------------------------
-- Stories and what the citizen chose in the wizard
-- ---------------------------------------------------------------------------------------------------------
insert into exp_story (id, status, title, body, author_kind, feeling, departement_code, postal_code, author_email,
                       email_confirmed_at, moderation_outcome, published_title, published_body, rejection_reason,
                       moderator_message, moderated_at, proposed_title, proposed_body, origin, submission_key,
                       submitted_at, published_at, created_at, updated_at)
select g.id, g.status, g.title, g.body, g.author_kind, g.feeling, u.departement_code,
       case when u.departement_code ~ '^[0-9]{2}$' then u.departement_code || lpad((g.i % 1000)::text, 3, '0') end,
       'usager' || g.i || '@exemple.fr',
       case when g.status <> 'AWAITING_EMAIL' then g.submitted_at + interval '5 minutes' end,
       g.outcome,
       case when g.status = 'PUBLISHED' then g.title end,
       case when g.status = 'PUBLISHED' then g.body end,
       case when g.status = 'REJECTED' then (array['hors-sujet', 'situation-individuelle', 'pas-une-experience',
           'propos-injurieux', 'mise-en-cause-agent', 'donnees-personnelles'])[1 + (g.i % 6)] end,
       case when g.status = 'REJECTED' then 'Votre récit ne peut pas être publié en l''état : il décrit une situation '
           || 'individuelle. Nous vous invitons à contacter directement le service concerné.' end,
       case when g.status in ('PUBLISHED', 'REJECTED') then coalesce(g.published_at, g.submitted_at + interval '1 day') end,
       case when g.status = 'REWRITE_PROPOSED' then g.title end,
       case when g.status = 'REWRITE_PROPOSED' then g.body end,
       case when g.i % 10 = 0 then 'bouton' else 'portail' end,
       md5('bench-' || :seed || '-' || g.id),
       g.submitted_at, g.published_at, g.submitted_at, coalesce(g.published_at, g.submitted_at)
from gen_story g
join gen_network n on n.tenant_id = g.tenant1
join gen_unit u on u.tenant_id = g.tenant1 and u.k = 1 + floor(g.r_unit * n.unit_count)::int;

insert into exp_story_target (story_id, tenant_id, unit_id, unit_name)
select g.id, g.tenant1, u.id, u.name from gen_story g
join gen_network n on n.tenant_id = g.tenant1
join gen_unit u on u.tenant_id = g.tenant1 and u.k = 1 + floor(g.r_unit * n.unit_count)::int
union all
select g.id, g.tenant2, u.id, u.name from gen_story g
join gen_network n on n.tenant_id = g.tenant2
join gen_unit u on u.tenant_id = g.tenant2 and u.k = 1 + floor(g.r_unit2 * n.unit_count)::int;

-- one or two channels, the second with its own feeling
insert into exp_story_channel (story_id, channel, feeling)
select g.id, c.channel, c.feeling from gen_story g
cross join lateral (
    select (array['accueil-physique', 'telephone', 'site-internet', 'telephone', 'courrier', 'email',
                  'application-mobile', 'accueil-physique', 'site-internet', 'visio'])[1 + floor(g.r_channels * 10)::int] as channel,
           g.feeling as feeling
    union
    select (array['site-internet', 'email', 'telephone', 'courrier'])[1 + floor(g.r_similar * 4)::int],
           (array['POSITIF', 'NEUTRE', 'NEGATIF'])[1 + (g.i % 3)]
    where g.r_channels < 0.45
) c
on conflict do nothing;

-- one procedure of the network's catalogue for most stories, two for some
insert into exp_story_procedure (story_id, code, label, tenant_id)
select g.id, p.code, p.libelle, g.tenant1 from gen_story g
join gen_procedure_count pc on pc.tenant_id = g.tenant1
join gen_procedure p on p.tenant_id = g.tenant1 and p.k = 1 + floor(g.r_proc * pc.n)::int
where g.r_proc < 0.9
union
select g.id, p.code, p.libelle, g.tenant1 from gen_story g
join gen_procedure_count pc on pc.tenant_id = g.tenant1
join gen_procedure p on p.tenant_id = g.tenant1 and p.k = 1 + floor(g.r_similar * pc.n)::int
where g.r_proc < 0.3;

-- ---------------------------------------------------------------------------------------------------------
-- Each network's case, answer and action for the published stories
-- ---------------------------------------------------------------------------------------------------------
select nextval('exp_case_seq') as case_base \gset
create unlogged table gen_case as
select :case_base + 50 + row_number() over (order by t.story_id, t.tenant_id) as id, t.tenant_id, t.story_id,
       t.unit_id, t.unit_name, g.published_at as received_at, g.feeling, g.i, g.r_case, g.r_delay, g.r_rating,
       g.r_action,
       -- a case received more than a month ago is answered in 90 % of cases; recent ones are still being handled
       case when g.published_at < now() - interval '30 days' and g.r_case < 0.90 then 'ANSWERED'
            when g.published_at >= now() - interval '30 days' and g.r_case < 0.45 then 'ANSWERED'
            when g.r_case < 0.94 then 'IN_PROGRESS' when g.r_case < 0.97 then 'AWAITING_VALIDATION'
            else 'NEW' end as status
from exp_story_target t join gen_story g on g.id = t.story_id
where g.status = 'PUBLISHED';
alter table gen_case add column answered_at timestamptz;
update gen_case set answered_at = received_at + make_interval(secs => 3600 + (-ln(1 - r_delay * 0.999)) * 7 * 86400)
where status = 'ANSWERED';
update gen_case set answered_at = now() - interval '10 minutes' where answered_at > now();
create index on gen_case (story_id);
select setval('exp_case_seq', :case_base + 100 + (select count(*) from gen_case)) \g /dev/null

-- the tables below are under row-level security (forced): the superuser running this script bypasses it
insert into exp_case (id, tenant_id, story_id, unit_id, status, received_at, due_at, answered_at, escalated_at,
                      tags, channels, improvement_note, updated_at)
select c.id, c.tenant_id, c.story_id, c.unit_id, c.status, c.received_at, c.received_at + interval '7 days',
       c.answered_at,
       case when coalesce(c.answered_at, now()) > c.received_at + interval '7 days' then c.received_at + interval '7 days' end,
       case when c.status = 'ANSWERED' then
           (array['accessibilite', 'information-explication', 'relation', 'reactivite', 'simplicite-complexite'])[1 + (c.i % 5)]
           || ':' || c.feeling || ','
           || (array['information-explication', 'reactivite', 'relation'])[1 + (c.i % 3)] || ':' || c.feeling
       else '' end,
       '', case when c.r_action < 0.05 then 'Clarifier le courrier de demande de pièces' end,
       coalesce(c.answered_at, c.received_at)
from gen_case c;

select nextval('exp_answer_seq') as answer_base \gset
select setval('exp_answer_seq', :answer_base + 100 + (select count(*) from gen_case)) \g /dev/null
insert into exp_answer (id, tenant_id, case_id, body, courtesy, signature, answer_status, state, submitted_at,
                        published_at, updated_at)
select :answer_base + 50 + (c.id - :case_base), c.tenant_id, c.id,
       a.opening || E'\n\n' || a.body, 'Nous restons à votre disposition. Bien cordialement,', 'L''équipe de ' || c.unit_name,
       case when c.feeling = 'POSITIF' then 'Remerciements' else 'Réponse apportée' end,
       case c.status when 'ANSWERED' then 'PUBLISHED' when 'AWAITING_VALIDATION' then 'SUBMITTED' else 'DRAFT' end,
       case when c.status in ('ANSWERED', 'AWAITING_VALIDATION') then coalesce(c.answered_at, now()) - interval '1 hour' end,
       c.answered_at, coalesce(c.answered_at, c.received_at + interval '1 day')
from gen_case c
join gen_answer_words a on a.k = 1 + (c.i % 6)
where c.status in ('ANSWERED', 'AWAITING_VALIDATION', 'IN_PROGRESS');

-- the public read model of the published stories, answers and actions
insert into exp_public_story (story_id, title, body, feeling, author_label, author_kind, departement_code,
                              tenant_ids, unit_ids, channels, procedures, written_at, published_at, first_answer_at,
                              answer_count, similar_count)
select s.id, s.published_title, s.published_body, s.feeling, 'Un usager', s.author_kind, s.departement_code,
       (select array_agg(distinct t.tenant_id) from exp_story_target t where t.story_id = s.id),
       (select coalesce(array_agg(distinct t.unit_id), '{}') from exp_story_target t where t.story_id = s.id),
       (select coalesce(array_agg(ch.channel order by ch.channel), '{}') from exp_story_channel ch where ch.story_id = s.id),
       (select coalesce(array_agg(p.code order by p.code), '{}') from exp_story_procedure p where p.story_id = s.id),
       s.submitted_at, s.published_at,
       (select min(c.answered_at) from gen_case c where c.story_id = s.id),
       (select count(*) from gen_case c where c.story_id = s.id and c.status = 'ANSWERED'),
       case when g.r_similar < 0.2 then floor(g.r_similar * 40)::int else 0 end
from exp_story s join gen_story g on g.id = s.id
where s.status = 'PUBLISHED';

insert into exp_public_story_network (tenant_id, published_at, story_id)
select t.tenant_id, g.published_at, g.id
from gen_story g join lateral (select distinct tenant_id from exp_story_target t where t.story_id = g.id) t on true
where g.status = 'PUBLISHED';

select nextval('exp_public_answer_seq') as public_answer_base \gset
select setval('exp_public_answer_seq', :public_answer_base + 100 + (select count(*) from gen_case)) \g /dev/null
insert into exp_public_answer (id, story_id, tenant_id, case_id, unit_name, network_name, body, courtesy, signature,
                               published_at, useful, rated_at)
select :public_answer_base + 50 + (c.id - :case_base), c.story_id, c.tenant_id, c.id, c.unit_name, t.name, a.body,
       a.courtesy, a.signature, c.answered_at,
       case when c.r_rating < 0.28 then true when c.r_rating < 0.40 then false end,
       case when c.r_rating < 0.40 then c.answered_at + interval '2 days' end
from gen_case c
join core_tenant t on t.id = c.tenant_id
join exp_answer a on a.case_id = c.id
where c.status = 'ANSWERED';

select nextval('exp_action_seq') as action_base \gset
select setval('exp_action_seq', :action_base + 100 + (select count(*) from gen_case)) \g /dev/null
insert into exp_action (id, tenant_id, case_id, story_id, unit_id, description, status, action_date, state,
                        created_at, published_at, updated_at)
select :action_base + 50 + (c.id - :case_base), c.tenant_id, c.id, c.story_id, c.unit_id,
       (array['Le courrier de demande de pièces a été réécrit en langage clair.',
              'Des créneaux de rendez-vous supplémentaires sont ouverts le samedi matin.',
              'Les horaires de l''accueil sont désormais affichés sur la porte et en ligne.',
              'Un rappel systématique des usagers est mis en place après 48 heures sans réponse.',
              'Le formulaire en ligne indique maintenant la liste des pièces attendues.'])[1 + (c.i % 5)],
       case when c.r_action < 0.02 then 'PLANNED' else 'DONE' end,
       (c.answered_at + interval '10 days')::date, 'PUBLISHED', c.answered_at, c.answered_at, c.answered_at
from gen_case c
where c.status = 'ANSWERED' and c.r_action < 0.05;

insert into exp_public_action (id, story_id, tenant_id, unit_name, network_name, description, status, action_date,
                               published_at)
select a.id, a.story_id, a.tenant_id, c.unit_name, t.name, a.description, a.status, a.action_date, a.published_at
from exp_action a join gen_case c on c.id = a.case_id join core_tenant t on t.id = a.tenant_id;

-- ---------------------------------------------------------------------------------------------------------
-- The dashboards' figures, as the platform counts them (month of receipt, in Paris time, subtree totals)
-- ---------------------------------------------------------------------------------------------------------
create temp table gen_figure as
select c.tenant_id, c.unit_id, date_trunc('month', c.received_at at time zone 'Europe/Paris')::date as month,
       f.metric, f.key, count(*) as value
from gen_case c
cross join lateral (
    select 'received' as metric, '' as key
    union all select 'feeling', c.feeling
    union all select 'answered', '' where c.status = 'ANSWERED'
    union all select 'delay', least(61, greatest(0, floor(extract(epoch from c.answered_at - c.received_at) / 86400)))::int::text
        where c.status = 'ANSWERED'
    union all select 'escalated', '' where coalesce(c.answered_at, now()) > c.received_at + interval '7 days'
    union all select 'useful', 'true' where c.status = 'ANSWERED' and c.r_rating < 0.28
    union all select 'useful', 'false' where c.status = 'ANSWERED' and c.r_rating >= 0.28 and c.r_rating < 0.40
    union all select 'channel', ch.channel || ':' || coalesce(ch.feeling, '') from exp_story_channel ch where ch.story_id = c.story_id
    union all select 'procedure', p.code from exp_story_procedure p where p.story_id = c.story_id
) f
group by 1, 2, 3, 4, 5;
-- each entity's counters count its whole subtree: the entity's own figures are added to every ancestor
insert into exp_figure (tenant_id, unit_id, month, metric, key, value)
select f.tenant_id, a.id, f.month, f.metric, f.key, sum(f.value)
from gen_figure f
join core_org_unit u on u.id = f.unit_id
join core_org_unit a on a.tenant_id = u.tenant_id and left(u.path, length(a.path)) = a.path
group by f.tenant_id, a.id, f.month, f.metric, f.key
on conflict (tenant_id, unit_id, month, metric, key) do update set value = exp_figure.value + excluded.value;

-- the cases waiting for an answer now, counted up each tree (the dashboards' stock)
insert into exp_open_cases (tenant_id, unit_id, value)
select c.tenant_id, a.id, count(*)
from gen_case c
join core_org_unit u on u.id = c.unit_id
join core_org_unit a on a.tenant_id = u.tenant_id and left(u.path, length(a.path)) = a.path
where c.status in ('NEW', 'IN_PROGRESS', 'AWAITING_VALIDATION')
group by c.tenant_id, a.id
on conflict (tenant_id, unit_id) do update set value = exp_open_cases.value + excluded.value;

insert into exp_moderation_figure (tenant_id, month, outcome, value)
select t.tenant_id, date_trunc('month', s.moderated_at at time zone 'Europe/Paris')::date, s.moderation_outcome, count(*)
from exp_story s join gen_story g on g.id = s.id join exp_story_target t on t.story_id = s.id
where s.moderation_outcome is not null
group by 1, 2, 3
on conflict (tenant_id, month, outcome) do update set value = exp_moderation_figure.value + excluded.value;

select count(*) filter (where status = 'PUBLISHED') as published, count(*) filter (where status = 'REJECTED') as rejected,
       count(*) filter (where status not in ('PUBLISHED', 'REJECTED')) as waiting
from gen_story \gset
select count(*) as cases, count(*) filter (where status = 'ANSWERED') as answered from gen_case \gset
\echo 'generated' :stories 'stories:' :published 'published,' :rejected 'rejected,' :waiting 'waiting;' :cases 'cases,' :answered 'answered'
drop table gen_story;
drop table gen_case;
-- in production a story enters the public table when it is published, so its rows lie in publication order (see
-- the migration that leaves room in its pages); the stories generated here were inserted in random order of
-- publication, and a second run adds older ones: put them back in the order production would have them
cluster exp_public_story using exp_public_story_latest;
-- as after a bulk load in production: the visibility map and the statistics are up to date, and the pages written
-- are on disk, so that the measures that follow do not run beside the autovacuum of the new rows
vacuum (analyze);
checkpoint;
