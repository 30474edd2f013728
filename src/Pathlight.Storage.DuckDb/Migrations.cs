using DuckDB.NET.Data;

namespace Pathlight.Storage.DuckDb;

/// <summary>
/// The store's schema, as an ordered list of migrations. A migration once released is never edited: changes
/// are new migrations appended to the list, so every store can be upgraded from whatever version it has.
/// </summary>
internal static class Migrations
{
    /// <summary>A schema change; <paramref name="Then"/> fills new tables from existing data, in the same transaction.</summary>
    internal sealed record Migration(int Version, string Name, string Sql, Action<DuckDBConnection>? Then = null);

    internal static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "journeys and facts", """
            CREATE TABLE journeys (
                id VARCHAR PRIMARY KEY,
                name VARCHAR NOT NULL,
                definition VARCHAR NOT NULL,
                loaded_at TIMESTAMP NOT NULL
            );
            CREATE TABLE stages (
                journey_id VARCHAR NOT NULL,
                id VARCHAR NOT NULL,
                name VARCHAR NOT NULL,
                position INTEGER NOT NULL,
                PRIMARY KEY (journey_id, id)
            );
            CREATE TABLE touchpoints (
                journey_id VARCHAR NOT NULL,
                id VARCHAR NOT NULL,
                name VARCHAR NOT NULL,
                stage_id VARCHAR NOT NULL,
                position INTEGER NOT NULL,
                channel VARCHAR NOT NULL,
                owner VARCHAR,
                intentional BOOLEAN NOT NULL,
                purpose VARCHAR,
                expected_score DOUBLE,
                kpi_name VARCHAR,
                kpi_kind VARCHAR,
                kpi_measure VARCHAR,
                kpi_target DOUBLE,
                kpi_higher_is_better BOOLEAN,
                PRIMARY KEY (journey_id, id)
            );
            CREATE TABLE interactions (
                id VARCHAR PRIMARY KEY,
                journey_id VARCHAR NOT NULL,
                touchpoint_id VARCHAR NOT NULL,
                channel VARCHAR,
                ts TIMESTAMP NOT NULL,
                customer_id VARCHAR,
                success BOOLEAN,
                duration_seconds DOUBLE,
                value DOUBLE,
                attributes JSON
            );
            CREATE TABLE responses (
                id VARCHAR PRIMARY KEY,
                journey_id VARCHAR NOT NULL,
                touchpoint_id VARCHAR,
                ts TIMESTAMP NOT NULL,
                customer_id VARCHAR,
                nps TINYINT,
                csat TINYINT,
                ces TINYINT,
                expectation TINYINT,
                reality TINYINT,
                expectations_met BOOLEAN,
                would_return BOOLEAN,
                would_recommend BOOLEAN,
                comment VARCHAR,
                attributes JSON
            );
            CREATE TABLE cases (
                id VARCHAR PRIMARY KEY,
                journey_id VARCHAR NOT NULL,
                touchpoint_id VARCHAR,
                customer_id VARCHAR,
                channel VARCHAR,
                category VARCHAR,
                opened_at TIMESTAMP NOT NULL,
                resolved_at TIMESTAMP,
                contacts INTEGER NOT NULL,
                first_contact_resolution BOOLEAN,
                reopened BOOLEAN,
                attributes JSON
            );
            CREATE TABLE outcomes (
                id VARCHAR PRIMARY KEY,
                journey_id VARCHAR NOT NULL,
                customer_id VARCHAR NOT NULL,
                kind VARCHAR NOT NULL,
                ts TIMESTAMP NOT NULL,
                value DOUBLE,
                attributes JSON
            );
            """),
        new(2, "api keys and settings", """
            CREATE TABLE api_keys (
                id VARCHAR PRIMARY KEY,
                name VARCHAR,
                role VARCHAR NOT NULL,
                secret_hash VARCHAR NOT NULL,
                created_at TIMESTAMP NOT NULL,
                revoked_at TIMESTAMP
            );
            CREATE TABLE settings (
                name VARCHAR PRIMARY KEY,
                value VARCHAR NOT NULL
            );
            """),
        new(3, "webhooks", """
            CREATE TABLE webhooks (
                id VARCHAR PRIMARY KEY,
                url VARCHAR NOT NULL,
                secret VARCHAR NOT NULL,
                events VARCHAR NOT NULL,
                created_at TIMESTAMP NOT NULL,
                disabled_at TIMESTAMP
            );
            CREATE TABLE webhook_deliveries (
                id VARCHAR PRIMARY KEY,
                webhook_id VARCHAR NOT NULL,
                journey_id VARCHAR NOT NULL,
                event VARCHAR NOT NULL,
                event_key VARCHAR NOT NULL,
                payload JSON,
                status VARCHAR NOT NULL,
                attempts INTEGER NOT NULL,
                next_attempt_at TIMESTAMP,
                last_status_code INTEGER,
                last_error VARCHAR,
                created_at TIMESTAMP NOT NULL,
                delivered_at TIMESTAMP,
                UNIQUE (webhook_id, event_key)
            );
            CREATE TABLE webhook_attempts (
                delivery_id VARCHAR NOT NULL,
                attempt INTEGER NOT NULL,
                attempted_at TIMESTAMP NOT NULL,
                status_code INTEGER,
                error VARCHAR,
                duration_ms BIGINT NOT NULL,
                PRIMARY KEY (delivery_id, attempt)
            );
            CREATE TABLE webhook_at_risk (
                webhook_id VARCHAR NOT NULL,
                journey_id VARCHAR NOT NULL,
                customer_id VARCHAR NOT NULL,
                event_key VARCHAR NOT NULL,
                since TIMESTAMP NOT NULL,
                PRIMARY KEY (webhook_id, journey_id, customer_id)
            );
            """),
        new(4, "identities", """
            CREATE SEQUENCE identity_ids START 1;
            CREATE SEQUENCE identity_event_ids START 1;
            CREATE TABLE identities (
                id BIGINT PRIMARY KEY,
                journey_id VARCHAR NOT NULL,
                kind VARCHAR NOT NULL,
                value VARCHAR NOT NULL,
                customer_key VARCHAR NOT NULL,
                first_seen TIMESTAMP NOT NULL,
                shared BOOLEAN NOT NULL,
                UNIQUE (journey_id, kind, value)
            );
            CREATE TABLE fact_identifiers (
                journey_id VARCHAR NOT NULL,
                fact_kind VARCHAR NOT NULL,
                fact_id VARCHAR NOT NULL,
                identity_id BIGINT NOT NULL,
                PRIMARY KEY (fact_kind, fact_id, identity_id)
            );
            CREATE TABLE identity_links (
                journey_id VARCHAR NOT NULL,
                a BIGINT NOT NULL,
                b BIGINT NOT NULL,
                fact_kind VARCHAR NOT NULL,
                fact_id VARCHAR NOT NULL,
                linked_at TIMESTAMP NOT NULL,
                PRIMARY KEY (a, b)
            );
            CREATE TABLE identity_events (
                id BIGINT PRIMARY KEY,
                journey_id VARCHAR NOT NULL,
                happened_at TIMESTAMP NOT NULL,
                event VARCHAR NOT NULL,
                customer_key VARCHAR NOT NULL,
                merged_key VARCHAR,
                a_id BIGINT,
                b_id BIGINT,
                fact_kind VARCHAR,
                fact_id VARCHAR,
                detail VARCHAR
            );
            CREATE TABLE erasures (
                id VARCHAR PRIMARY KEY,
                erased_at TIMESTAMP NOT NULL,
                reason VARCHAR NOT NULL,
                journeys INTEGER NOT NULL,
                interactions BIGINT NOT NULL,
                responses BIGINT NOT NULL,
                cases BIGINT NOT NULL,
                outcomes BIGINT NOT NULL,
                identifiers BIGINT NOT NULL
            );
            ALTER TABLE interactions ADD COLUMN identity_id BIGINT;
            ALTER TABLE responses ADD COLUMN identity_id BIGINT;
            ALTER TABLE cases ADD COLUMN identity_id BIGINT;
            ALTER TABLE outcomes ADD COLUMN identity_id BIGINT;
            ALTER TABLE outcomes ALTER COLUMN customer_id DROP NOT NULL;
            INSERT INTO identities (id, journey_id, kind, value, customer_key, first_seen, shared)
            SELECT nextval('identity_ids'), journey_id, 'customer_id', customer_id, customer_id, now()::TIMESTAMP, false
            FROM (SELECT DISTINCT journey_id, customer_id FROM (
                SELECT journey_id, customer_id FROM interactions UNION ALL SELECT journey_id, customer_id FROM responses
                UNION ALL SELECT journey_id, customer_id FROM cases UNION ALL SELECT journey_id, customer_id FROM outcomes)
                WHERE customer_id IS NOT NULL ORDER BY ALL);
            UPDATE interactions SET identity_id = i.id FROM identities i
                WHERE i.journey_id = interactions.journey_id AND i.kind = 'customer_id' AND i.value = interactions.customer_id;
            ALTER TABLE interactions RENAME TO fact_interactions;
            UPDATE responses SET identity_id = i.id FROM identities i
                WHERE i.journey_id = responses.journey_id AND i.kind = 'customer_id' AND i.value = responses.customer_id;
            ALTER TABLE responses RENAME TO fact_responses;
            UPDATE cases SET identity_id = i.id FROM identities i
                WHERE i.journey_id = cases.journey_id AND i.kind = 'customer_id' AND i.value = cases.customer_id;
            ALTER TABLE cases RENAME TO fact_cases;
            UPDATE outcomes SET identity_id = i.id FROM identities i
                WHERE i.journey_id = outcomes.journey_id AND i.kind = 'customer_id' AND i.value = outcomes.customer_id;
            ALTER TABLE outcomes RENAME TO fact_outcomes;
            CREATE VIEW interactions AS SELECT f.id, f.journey_id, f.touchpoint_id, f.channel, f.ts, i.customer_key AS customer_id, f.success, f.duration_seconds, f.value, f.attributes
                FROM fact_interactions f LEFT JOIN identities i ON i.id = f.identity_id;
            CREATE VIEW responses AS SELECT f.id, f.journey_id, f.touchpoint_id, f.ts, i.customer_key AS customer_id, f.nps, f.csat, f.ces, f.expectation, f.reality, f.expectations_met, f.would_return, f.would_recommend, f.comment, f.attributes
                FROM fact_responses f LEFT JOIN identities i ON i.id = f.identity_id;
            CREATE VIEW cases AS SELECT f.id, f.journey_id, f.touchpoint_id, i.customer_key AS customer_id, f.channel, f.category, f.opened_at, f.resolved_at, f.contacts, f.first_contact_resolution, f.reopened, f.attributes
                FROM fact_cases f LEFT JOIN identities i ON i.id = f.identity_id;
            CREATE VIEW outcomes AS SELECT f.id, f.journey_id, i.customer_key AS customer_id, f.kind, f.ts, f.value, f.attributes
                FROM fact_outcomes f LEFT JOIN identities i ON i.id = f.identity_id;
            """),
        new(5, "aggregates", """
            CREATE TABLE response_aggregates (
                journey_id VARCHAR NOT NULL,
                touchpoint_id VARCHAR NOT NULL,
                day DATE NOT NULL,
                segment VARCHAR NOT NULL,
                responses BIGINT NOT NULL,
                nps_0 BIGINT NOT NULL, nps_1 BIGINT NOT NULL, nps_2 BIGINT NOT NULL, nps_3 BIGINT NOT NULL, nps_4 BIGINT NOT NULL, nps_5 BIGINT NOT NULL,
                nps_6 BIGINT NOT NULL, nps_7 BIGINT NOT NULL, nps_8 BIGINT NOT NULL, nps_9 BIGINT NOT NULL, nps_10 BIGINT NOT NULL,
                csat_1 BIGINT NOT NULL, csat_2 BIGINT NOT NULL, csat_3 BIGINT NOT NULL, csat_4 BIGINT NOT NULL, csat_5 BIGINT NOT NULL,
                ces_1 BIGINT NOT NULL, ces_2 BIGINT NOT NULL, ces_3 BIGINT NOT NULL, ces_4 BIGINT NOT NULL, ces_5 BIGINT NOT NULL, ces_6 BIGINT NOT NULL, ces_7 BIGINT NOT NULL,
                gap_n BIGINT NOT NULL, gap_sum BIGINT NOT NULL, gap_sum_sq BIGINT NOT NULL,
                score_n BIGINT NOT NULL, score_sum BIGINT NOT NULL, score_sum_sq BIGINT NOT NULL,
                expectation_n BIGINT NOT NULL, expectation_sum BIGINT NOT NULL, expectation_sum_sq BIGINT NOT NULL,
                expectations_met_yes BIGINT NOT NULL, expectations_met_no BIGINT NOT NULL,
                would_return_yes BIGINT NOT NULL, would_return_no BIGINT NOT NULL, would_recommend_yes BIGINT NOT NULL, would_recommend_no BIGINT NOT NULL,
                PRIMARY KEY (journey_id, touchpoint_id, day, segment)
            );
            CREATE TABLE interaction_aggregates (
                journey_id VARCHAR NOT NULL,
                touchpoint_id VARCHAR NOT NULL,
                day DATE NOT NULL,
                segment VARCHAR NOT NULL,
                interactions BIGINT NOT NULL, success_yes BIGINT NOT NULL, success_no BIGINT NOT NULL,
                duration_n BIGINT NOT NULL, duration_sum DOUBLE NOT NULL, duration_sum_sq DOUBLE NOT NULL,
                value_n BIGINT NOT NULL, value_sum DOUBLE NOT NULL, value_sum_sq DOUBLE NOT NULL,
                PRIMARY KEY (journey_id, touchpoint_id, day, segment)
            );
            CREATE TABLE interaction_value_counts (
                journey_id VARCHAR NOT NULL,
                touchpoint_id VARCHAR NOT NULL,
                day DATE NOT NULL,
                segment VARCHAR NOT NULL,
                measure VARCHAR NOT NULL,
                value DOUBLE NOT NULL,
                n BIGINT NOT NULL,
                PRIMARY KEY (journey_id, touchpoint_id, day, segment, measure, value)
            );
            CREATE TABLE aggregate_layouts (
                journey_id VARCHAR PRIMARY KEY,
                segments VARCHAR NOT NULL,
                value_counts VARCHAR NOT NULL
            );
            """,
            // Stores made before this version get the aggregates of the facts they hold.
            AggregateMaintenance.BuildAll),
    ];

    internal static int Latest => All[^1].Version;
}
