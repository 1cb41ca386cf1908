import TendCore

/// The tables, checks and grants of a desk in a database, as the statements `tend init` runs in
/// one transaction. What the database enforces here no client can get round:
///
/// - `commits` holds each acknowledged change under the next sequence (the file journal's
///   numbers); its actor is the session's role, set by the database, and an insert naming another
///   actor, or not taking the next sequence, is refused. Nobody is granted UPDATE or DELETE.
/// - `contacts` keeps customers' contact details apart from the history; only handlers and
///   supervisors are granted them. A trainee reads the history and nothing else.
/// - `snapshots` and `policies` (the policy with its roster, newest version wins) are written by
///   supervisors only; each row records who wrote it, from the session.
/// - Every commit notifies `tend_commits` with its sequence, delivered to listeners when it commits;
///   a change of someone's presence (the ticket they have open) notifies it with `presence`.
/// - What was recorded (the history, contacts, snapshots, the policy's versions, the desk's
///   identity) is never updated, deleted or truncated: a check refuses even the tables' owner.
enum DeskSchema {
    static let channel = "tend_commits"

    static func statements(roles: DeskRoles) -> [String] {
        let trainee = SQLText.identifier(roles.group(.trainee))
        let handler = SQLText.identifier(roles.group(.handler))
        let supervisor = SQLText.identifier(roles.group(.supervisor))
        let everyone = [trainee, handler, supervisor].joined(separator: ", ")
        let writers = [handler, supervisor].joined(separator: ", ")
        var sql = roles.all.map { group in
            """
            do $$ begin
                if not exists (select from pg_roles where rolname = \(SQLText.literal(group))) then
                    create role \(SQLText.identifier(group)) nologin;
                end if;
            end $$
            """
        }
        sql += [
            "create schema tend",
            "revoke all on schema tend from public",
            """
            create table tend.desk (
                only_row   boolean primary key default true check (only_row),
                identity   bytea not null check (length(identity) = 16),
                base_seq   bigint not null check (base_seq >= 0),
                demo       boolean not null default false,
                created_by text not null default session_user,
                created_at timestamptz not null default now())
            """,
            """
            create table tend.commits (
                seq       bigint primary key,
                commit_id uuid not null unique,
                actor     text not null default session_user,
                at        timestamptz not null default now(),
                payload   bytea not null)
            """,
            """
            create function tend.commit_check() returns trigger language plpgsql set search_path = pg_catalog, pg_temp as $$
            declare
                expected bigint;
            begin
                if new.actor is distinct from session_user then
                    raise exception 'a change is recorded as its session''s role (%), not as %', session_user, new.actor
                        using errcode = '42501';
                end if;
                select coalesce(max(seq), (select base_seq from tend.desk)) + 1 into expected from tend.commits;
                if new.seq is distinct from expected then
                    raise exception 'change % is not the next change (%)', new.seq, expected using errcode = '23505';
                end if;
                new.at := now();
                return new;
            end $$
            """,
            "create trigger commit_check before insert on tend.commits for each row execute function tend.commit_check()",
            """
            create function tend.commit_notify() returns trigger language plpgsql set search_path = pg_catalog, pg_temp as $$
            begin
                perform pg_notify('\(channel)', new.seq::text);
                return null;
            end $$
            """,
            "create trigger commit_notify after insert on tend.commits for each row execute function tend.commit_notify()",
            "create table tend.contacts (ticket integer primary key, contact text not null)",
            // A contact goes in only with the change that takes in its ticket: a transaction that
            // adds contacts must add a change too, so nobody can claim future ticket numbers.
            """
            create function tend.contact_check() returns trigger language plpgsql set search_path = pg_catalog, pg_temp as $$
            begin
                if not exists (select from tend.commits where xmin = xid(pg_current_xact_id()))
                   and not exists (select from tend.desk where xmin = xid(pg_current_xact_id())) then
                    raise exception 'a contact is recorded only with the change that takes in its ticket' using errcode = '42501';
                end if;
                return null;
            end $$
            """,
            """
            create constraint trigger contact_check after insert on tend.contacts deferrable initially deferred
            for each row execute function tend.contact_check()
            """,
            """
            create table tend.snapshots (
                seq        bigint primary key check (seq >= 0),
                id         uuid not null default gen_random_uuid(),
                written_by text not null default session_user,
                at         timestamptz not null default now(),
                desk       bytea not null)
            """,
            """
            create table tend.policies (
                version    bigint generated always as identity primary key,
                document   text not null,
                written_by text not null default session_user,
                at         timestamptz not null default now())
            """,
            """
            create function tend.stamp_writer() returns trigger language plpgsql set search_path = pg_catalog, pg_temp as $$
            begin
                new.written_by := session_user;
                new.at := now();
                return new;
            end $$
            """,
            // A snapshot's id is the database's: a copy cached elsewhere is known by it, even in a
            // cloned database that shares the desk's identity.
            """
            create function tend.snapshot_id() returns trigger language plpgsql set search_path = pg_catalog, pg_temp as $$
            begin
                new.id := gen_random_uuid();
                return new;
            end $$
            """,
            "create trigger stamp_writer before insert on tend.snapshots for each row execute function tend.stamp_writer()",
            "create trigger stamp_writer before insert on tend.policies for each row execute function tend.stamp_writer()",
            """
            create function tend.snapshot_check() returns trigger language plpgsql set search_path = pg_catalog, pg_temp as $$
            begin
                if new.seq > coalesce((select max(seq) from tend.commits), (select base_seq from tend.desk)) then
                    raise exception 'a snapshot cannot be ahead of the history (change %)', new.seq using errcode = '23514';
                end if;
                return new;
            end $$
            """,
            "create trigger snapshot_check before insert on tend.snapshots for each row execute function tend.snapshot_check()",
            "create trigger snapshot_id before insert on tend.snapshots for each row execute function tend.snapshot_id()",
            // Who has which ticket open, and whether they are typing a form on it: one row per
            // person, written only as themselves, read by everyone, announced on the same channel.
            """
            create table tend.presence (
                login  text primary key default session_user,
                ticket integer,
                typing boolean not null default false,
                at     timestamptz not null default now())
            """,
            """
            create function tend.presence_check() returns trigger language plpgsql set search_path = pg_catalog, pg_temp as $$
            begin
                if new.login is distinct from session_user or (tg_op = 'UPDATE' and old.login is distinct from session_user) then
                    raise exception 'presence is written only as oneself' using errcode = '42501';
                end if;
                new.at := now();
                perform pg_notify('\(channel)', 'presence');
                return new;
            end $$
            """,
            "create trigger presence_check before insert or update on tend.presence for each row execute function tend.presence_check()",
            // Whoever made the desk owns these tables, and an owner is granted everything: what
            // was recorded is guarded by a check that refuses the owner too. (An owner can still
            // drop the check on purpose, as the owner of any database can: keep that role for
            // administration, and work the desk as a person on the roster.)
            """
            create function tend.recorded_stays() returns trigger language plpgsql set search_path = pg_catalog, pg_temp as $$
            begin
                raise exception 'what the desk recorded (%) is never changed or removed', tg_table_name using errcode = '42501';
            end $$
            """,
        ] + ["commits", "contacts", "snapshots", "policies", "desk"].flatMap { table in [
            "create trigger recorded_stays before update or delete on tend.\(table) for each row execute function tend.recorded_stays()",
            "create trigger recorded_stays_whole before truncate on tend.\(table) for each statement execute function tend.recorded_stays()",
        ] } + [
            "grant usage on schema tend to \(everyone)",
            "grant select on tend.desk, tend.commits, tend.snapshots, tend.policies to \(everyone)",
            "grant insert on tend.commits to \(writers)",
            "grant select, insert on tend.contacts to \(writers)",
            "grant insert on tend.snapshots, tend.policies to \(supervisor)",
            "grant select, insert, update (ticket, typing) on tend.presence to \(everyone)",
        ]
        return sql
    }

    /// Only the desk's people may connect to its database; a transaction left open (a client
    /// that hung between its insert and its COMMIT) is ended rather than holding the next change
    /// number for ever.
    static func databaseSettings(database: String, roles: DeskRoles) -> [String] {
        let db = SQLText.identifier(database)
        return ["revoke connect, temporary on database \(db) from public",
                "grant connect on database \(db) to \(roles.all.map(SQLText.identifier).joined(separator: ", "))",
                "alter database \(db) set idle_in_transaction_session_timeout = '15s'"]
    }
}
