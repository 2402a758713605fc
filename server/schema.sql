-- ZeroPlan's shared store for a district (docs/server.md): the schema, the roles and the
-- row-level security policies, in one transaction. Run it once, as a superuser, on an empty
-- database:
--
--     psql -v ON_ERROR_STOP=1 -d zeroplan -f server/schema.sql
--
-- Plain SQL of PostgreSQL 15, nothing from an extension, so that a PostgreSQL-compatible
-- database (openGauss, KingbaseES) has a chance with it too.
--
-- Who may do what is decided by two things together: the group role a person's login role is
-- granted (zeroplan_reader, zeroplan_editor, zeroplan_reviewer, zeroplan_admin: what kind of
-- statement they may run at all), and their rows in zeroplan.memberships (which communities,
-- or which whole district, they may run it on). The policies below join the two; a person
-- with no membership sees nothing.

BEGIN;

SET LOCAL client_min_messages = warning;

CREATE SCHEMA zeroplan;

-- The group roles. NOLOGIN: nobody signs in as one; people's login roles are granted them.
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'zeroplan_reader') THEN
        CREATE ROLE zeroplan_reader NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'zeroplan_reviewer') THEN
        CREATE ROLE zeroplan_reviewer NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'zeroplan_editor') THEN
        CREATE ROLE zeroplan_editor NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'zeroplan_admin') THEN
        CREATE ROLE zeroplan_admin NOLOGIN;
    END IF;
END
$$;
-- Each role can do what the one before it can.
GRANT zeroplan_reader TO zeroplan_reviewer;
GRANT zeroplan_reviewer TO zeroplan_editor;
GRANT zeroplan_editor TO zeroplan_admin;

CREATE TABLE zeroplan.districts (
    id serial PRIMARY KEY,
    name text NOT NULL UNIQUE
);

CREATE TABLE zeroplan.communities (
    id serial PRIMARY KEY,
    district_id integer NOT NULL REFERENCES zeroplan.districts (id),
    name text NOT NULL,
    UNIQUE (district_id, name)
);

-- Who works on what: a login role on one community, or on a whole district (a district
-- officer). `role` narrows what the login's group role allows to that community or district:
-- an editor of community A is a reader of nothing else.
CREATE TABLE zeroplan.memberships (
    login name NOT NULL,
    community_id integer REFERENCES zeroplan.communities (id),
    district_id integer REFERENCES zeroplan.districts (id),
    role text NOT NULL CHECK (role IN ('reader', 'reviewer', 'editor', 'admin')),
    CHECK ((community_id IS NULL) <> (district_id IS NULL)),
    UNIQUE (login, community_id, district_id)
);

-- A community's plan as checked in: the JSON plan format (docs/plan-format.md), and its
-- revision, which every check-in raises by one. A check-in names the revision it started from
-- and is refused when another came in since (zeroplan.check_in).
CREATE TABLE zeroplan.plans (
    community_id integer PRIMARY KEY REFERENCES zeroplan.communities (id),
    revision integer NOT NULL DEFAULT 1 CHECK (revision >= 1),
    plan jsonb NOT NULL,
    checked_in_at timestamptz NOT NULL DEFAULT now(),
    checked_in_by name NOT NULL DEFAULT session_user
);

-- Every revision checked in, kept: the server's versions of a plan.
CREATE TABLE zeroplan.plan_revisions (
    community_id integer NOT NULL REFERENCES zeroplan.communities (id),
    revision integer NOT NULL,
    plan jsonb NOT NULL,
    checked_in_at timestamptz NOT NULL,
    checked_in_by name NOT NULL,
    PRIMARY KEY (community_id, revision)
);

-- Comments and review (docs/review.md): remarks and review marks, only ever added.
CREATE TABLE zeroplan.remarks (
    id uuid PRIMARY KEY,
    community_id integer NOT NULL REFERENCES zeroplan.communities (id),
    thread uuid NOT NULL,
    part text NOT NULL,
    key text,
    at timestamptz NOT NULL,
    author text,
    organisation text,
    kind text NOT NULL CHECK (kind IN ('comment', 'resolve', 'reopen')),
    text text,
    added_by name NOT NULL DEFAULT session_user
);

CREATE TABLE zeroplan.review_marks (
    id uuid PRIMARY KEY,
    community_id integer NOT NULL REFERENCES zeroplan.communities (id),
    measure text NOT NULL,
    state text NOT NULL CHECK (state IN ('draft', 'under_review', 'approved')),
    at timestamptz NOT NULL,
    author text,
    organisation text,
    added_by name NOT NULL DEFAULT session_user
);

-- The district roll-up's last result, so that a district opens without running every plan.
CREATE TABLE zeroplan.rollups (
    district_id integer PRIMARY KEY REFERENCES zeroplan.districts (id),
    computed_at timestamptz NOT NULL,
    result jsonb NOT NULL
);

-- What the signed-in person may do on a community: `roles` lists the membership roles that
-- count. SECURITY DEFINER so that the policies can read memberships, which people cannot
-- read whole; the search path is fixed so that nothing of the caller's is run in its stead.
CREATE FUNCTION zeroplan.may(community integer, roles text[]) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT EXISTS (
        SELECT 1
        FROM zeroplan.memberships m
        LEFT JOIN zeroplan.communities c ON c.id = community
        WHERE m.login = session_user
          AND m.role = ANY (roles)
          AND (m.community_id = community OR m.district_id = c.district_id))
$$;

CREATE FUNCTION zeroplan.may_see_district(district integer) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT EXISTS (
        SELECT 1
        FROM zeroplan.memberships m
        LEFT JOIN zeroplan.communities c ON c.id = m.community_id
        WHERE m.login = session_user
          AND (m.district_id = district OR c.district_id = district))
$$;

-- Check-in with optimistic concurrency: the plan replaces the one of revision `base` and gets
-- revision base + 1, kept in plan_revisions as well; when another check-in came in since
-- `base`, nothing is written and the error's SQLSTATE is 40001 (serialization failure) with
-- the revision there is now in its detail, so that the client can merge. The first check-in
-- of a community names base 0. Runs with the caller's rights: the policies decide.
CREATE FUNCTION zeroplan.check_in(community integer, base integer, new_plan jsonb)
RETURNS integer LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    current integer;
BEGIN
    SELECT revision INTO current FROM zeroplan.plans WHERE community_id = community FOR UPDATE;
    IF coalesce(current, 0) <> base THEN
        RAISE EXCEPTION 'the plan of community % is at revision %, not %', community,
            coalesce(current, 0), base
            USING ERRCODE = '40001', DETAIL = coalesce(current, 0)::text;
    END IF;
    IF current IS NULL THEN
        INSERT INTO zeroplan.plans (community_id, revision, plan) VALUES (community, 1, new_plan);
    ELSE
        UPDATE zeroplan.plans
        SET revision = base + 1, plan = new_plan, checked_in_at = now(),
            checked_in_by = session_user
        WHERE community_id = community;
    END IF;
    INSERT INTO zeroplan.plan_revisions
    SELECT community_id, revision, plan, checked_in_at, checked_in_by
    FROM zeroplan.plans WHERE community_id = community;
    RETURN base + 1;
END
$$;

ALTER TABLE zeroplan.districts ENABLE ROW LEVEL SECURITY;
ALTER TABLE zeroplan.communities ENABLE ROW LEVEL SECURITY;
ALTER TABLE zeroplan.memberships ENABLE ROW LEVEL SECURITY;
ALTER TABLE zeroplan.plans ENABLE ROW LEVEL SECURITY;
ALTER TABLE zeroplan.plan_revisions ENABLE ROW LEVEL SECURITY;
ALTER TABLE zeroplan.remarks ENABLE ROW LEVEL SECURITY;
ALTER TABLE zeroplan.review_marks ENABLE ROW LEVEL SECURITY;
ALTER TABLE zeroplan.rollups ENABLE ROW LEVEL SECURITY;

CREATE POLICY see ON zeroplan.districts FOR SELECT USING (zeroplan.may_see_district(id));
CREATE POLICY see ON zeroplan.communities FOR SELECT
    USING (zeroplan.may(id, ARRAY['reader', 'reviewer', 'editor', 'admin']));
CREATE POLICY own ON zeroplan.memberships FOR SELECT USING (login = session_user);

CREATE POLICY see ON zeroplan.plans FOR SELECT
    USING (zeroplan.may(community_id, ARRAY['reader', 'reviewer', 'editor', 'admin']));
CREATE POLICY edit ON zeroplan.plans FOR INSERT
    WITH CHECK (zeroplan.may(community_id, ARRAY['editor', 'admin']));
CREATE POLICY change ON zeroplan.plans FOR UPDATE
    USING (zeroplan.may(community_id, ARRAY['editor', 'admin']))
    WITH CHECK (zeroplan.may(community_id, ARRAY['editor', 'admin']));

CREATE POLICY see ON zeroplan.plan_revisions FOR SELECT
    USING (zeroplan.may(community_id, ARRAY['reader', 'reviewer', 'editor', 'admin']));
CREATE POLICY edit ON zeroplan.plan_revisions FOR INSERT
    WITH CHECK (zeroplan.may(community_id, ARRAY['editor', 'admin']));

-- Reviewers comment but do not edit; nobody changes or removes a remark or a mark.
CREATE POLICY see ON zeroplan.remarks FOR SELECT
    USING (zeroplan.may(community_id, ARRAY['reader', 'reviewer', 'editor', 'admin']));
CREATE POLICY add ON zeroplan.remarks FOR INSERT
    WITH CHECK (zeroplan.may(community_id, ARRAY['reviewer', 'editor', 'admin']));
CREATE POLICY see ON zeroplan.review_marks FOR SELECT
    USING (zeroplan.may(community_id, ARRAY['reader', 'reviewer', 'editor', 'admin']));
CREATE POLICY add ON zeroplan.review_marks FOR INSERT
    WITH CHECK (zeroplan.may(community_id, ARRAY['reviewer', 'editor', 'admin']));

CREATE POLICY see ON zeroplan.rollups FOR SELECT USING (zeroplan.may_see_district(district_id));

-- What each group role may run at all; the policies then choose the rows.
REVOKE ALL ON SCHEMA zeroplan FROM PUBLIC;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA zeroplan FROM PUBLIC;
GRANT USAGE ON SCHEMA zeroplan TO zeroplan_reader;
GRANT SELECT ON ALL TABLES IN SCHEMA zeroplan TO zeroplan_reader;
GRANT EXECUTE ON FUNCTION zeroplan.may(integer, text[]), zeroplan.may_see_district(integer)
    TO zeroplan_reader;
GRANT INSERT ON zeroplan.remarks, zeroplan.review_marks TO zeroplan_reviewer;
GRANT INSERT, UPDATE ON zeroplan.plans TO zeroplan_editor;
GRANT INSERT ON zeroplan.plan_revisions TO zeroplan_editor;
GRANT EXECUTE ON FUNCTION zeroplan.check_in(integer, integer, jsonb) TO zeroplan_editor;
-- Districts, communities and memberships are set up by the database's owner (docs/server.md,
-- "People and their rights"), who is not subject to the policies.

COMMIT;
