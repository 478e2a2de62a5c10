-- People the platform knows: recorded from their verified token when they sign in.
create table person (
    subject       varchar(255) primary key,
    username      varchar(255) not null,
    display_name  varchar(255) not null,
    roles         text[]       not null default '{}',
    first_seen_at timestamptz  not null,
    last_seen_at  timestamptz  not null
);
