-- Which incident events reach which groups' channels, by grade: editable by an admin. Seeded from
-- the plan's reporting lines and the response matrix (the groups it mobilizes per grade).
create table notification_rule (
    event      varchar(40) primary key,
    position   smallint    not null,
    -- Group codes per grade; UNGRADED: before the commander grades.
    ungraded   text[]      not null,
    general    text[]      not null,
    serious    text[]      not null,
    major      text[]      not null,
    version    bigint      not null default 0,
    updated_at timestamptz not null
);

-- The groups always told, then those the matrix mobilizes at the grade (when it counts), once
-- each, in that order.
create function pg_temp.rule_groups(fixed text[], grade text, mobilized boolean)
    returns text[] language sql as $$
    select array(
        select g from unnest(fixed || case when mobilized then coalesce(
            (select m.mobilized_groups from response_matrix m where m.grade = $2), '{}')
            else '{}'::text[] end) with ordinality as u(g, i)
        group by g order by min(i))
$$;

insert into notification_rule (event, position, ungraded, general, serious, major, updated_at)
select event, position, ungraded,
       pg_temp.rule_groups(fixed, 'GENERAL', mobilized),
       pg_temp.rule_groups(fixed, 'SERIOUS', mobilized),
       pg_temp.rule_groups(fixed, 'MAJOR', mobilized),
       now()
from (values
        ('reported', 1, array['COMMAND', 'TECHNICAL'], array['COMMAND', 'TECHNICAL'], false),
        ('acknowledged', 2, array['COMMAND'], array['COMMAND'], false),
        ('graded', 3, array['COMMAND', 'COMMUNICATIONS'], array['COMMAND', 'COMMUNICATIONS'], false),
        ('activated', 4, array[]::text[], array[]::text[], true),
        ('regraded', 5, array[]::text[], array[]::text[], true),
        ('status-update', 6, array['COMMAND', 'COMMUNICATIONS', 'TECHNICAL'],
            array['COMMUNICATIONS', 'COMMAND'], true),
        ('resolved', 7, array['COMMAND'], array['COMMAND'], true),
        ('reviewed', 8, array['COMMAND'], array['COMMAND'], false)
     ) as r(event, position, ungraded, fixed, mobilized);
